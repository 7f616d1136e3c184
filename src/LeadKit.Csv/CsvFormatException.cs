using System;

namespace LeadKit.Csv;

/// <summary>
/// Thrown when a CSV file cannot be read or written as asked: malformed quoting under the default
/// <see cref="CsvMalformedRowPolicy.Refuse"/>, a limit of <see cref="CsvReadOptions"/> exceeded,
/// bytes invalid in the encoding, an empty file, or a character the writer's encoding cannot hold.
/// <see cref="Problem"/> names the row (as a spreadsheet numbers it) and, when known, the column.
/// </summary>
public sealed class CsvFormatException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, and where.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public CsvFormatException(CsvProblem problem, Exception? innerException = null)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).Message, innerException)
    {
        Problem = problem;
    }

    /// <summary>Gets what is wrong, and where.</summary>
    public CsvProblem Problem { get; }

    /// <summary>Gets the kind of problem (shortcut for <c>Problem.Kind</c>).</summary>
    public CsvProblemKind Kind => Problem.Kind;

    /// <summary>Gets the row as a spreadsheet numbers it (header = 1), or 0 when not tied to a row.</summary>
    public long RowNumber => Problem.RowNumber;

    /// <summary>Gets the 1-based column, or <see langword="null"/>.</summary>
    public int? ColumnNumber => Problem.ColumnNumber;
}
