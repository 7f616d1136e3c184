using System;

namespace LeadKit.Excel;

/// <summary>
/// Thrown when an <c>.xlsx</c> file cannot be read or written as asked: it is not a workbook or is
/// damaged, a limit of <see cref="XlsxReadOptions"/> is exceeded (zip bombs included), the sheet is
/// missing or empty, or a table breaks one of Excel's own limits when written.
/// <see cref="Problem"/> names the row (as Excel numbers it) and, when known, the column.
/// </summary>
public sealed class XlsxFormatException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, and where.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public XlsxFormatException(XlsxProblem problem, Exception? innerException = null)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).Message, innerException)
    {
        Problem = problem;
    }

    /// <summary>Gets what is wrong, and where.</summary>
    public XlsxProblem Problem { get; }

    /// <summary>Gets the kind of problem (shortcut for <c>Problem.Kind</c>).</summary>
    public XlsxProblemKind Kind => Problem.Kind;

    /// <summary>Gets the row as Excel numbers it, or 0 when not tied to a row.</summary>
    public long RowNumber => Problem.RowNumber;

    /// <summary>Gets the 1-based column (A = 1), or <see langword="null"/>.</summary>
    public int? ColumnNumber => Problem.ColumnNumber;
}
