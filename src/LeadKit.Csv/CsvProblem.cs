using System;

namespace LeadKit.Csv;

/// <summary>
/// Something wrong with one row that the reader recovered from (the row is still returned), or the
/// reason a <see cref="CsvFormatException"/> was thrown.
/// </summary>
public sealed record CsvProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="rowNumber">The row as a spreadsheet numbers it (the header is row 1).</param>
    /// <param name="columnNumber">The 1-based column, or <see langword="null"/> when the problem is the whole row's.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="message">What is wrong, in words, naming the row and column.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is not positive.</exception>
    /// <exception cref="ArgumentException">The message is blank.</exception>
    public CsvProblem(long rowNumber, int? columnNumber, CsvProblemKind kind, string message)
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

    /// <summary>Gets the row as a spreadsheet numbers it: the header is row 1, a multi-line cell stays in one row; 0 when the problem is not tied to a row.</summary>
    public long RowNumber { get; }

    /// <summary>Gets the 1-based column, or <see langword="null"/> when the problem is the whole row's.</summary>
    public int? ColumnNumber { get; }

    /// <summary>Gets what is wrong.</summary>
    public CsvProblemKind Kind { get; }

    /// <summary>Gets what is wrong, in words.</summary>
    public string Message { get; }
}
