using System;

namespace LeadKit.Excel;

/// <summary>
/// Something wrong with one row that the reader recovered from (the row is still returned), or the
/// reason an <see cref="XlsxFormatException"/> was thrown.
/// </summary>
public sealed record XlsxProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="rowNumber">The row as Excel numbers it, or 0 when the problem is not tied to a row.</param>
    /// <param name="columnNumber">The 1-based column (A = 1), or <see langword="null"/> when the problem is the whole row's or the file's.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="message">What is wrong, in words, naming the row and column.</param>
    /// <exception cref="ArgumentOutOfRangeException">The row is negative or the column below 1.</exception>
    /// <exception cref="ArgumentException">The message is blank.</exception>
    public XlsxProblem(long rowNumber, int? columnNumber, XlsxProblemKind kind, string message)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowNumber);
        if (columnNumber is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(columnNumber), columnNumber, "Columns are numbered from 1.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        RowNumber = rowNumber;
        ColumnNumber = columnNumber;
        Kind = kind;
        Message = message;
    }

    /// <summary>Gets the row as Excel numbers it (the sheet's own row number); 0 when the problem is not tied to a row.</summary>
    public long RowNumber { get; }

    /// <summary>Gets the 1-based column (A = 1, B = 2…), or <see langword="null"/> when the problem is the whole row's or the file's.</summary>
    public int? ColumnNumber { get; }

    /// <summary>Gets what is wrong.</summary>
    public XlsxProblemKind Kind { get; }

    /// <summary>Gets what is wrong, in words.</summary>
    public string Message { get; }
}
