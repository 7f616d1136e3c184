using System;

namespace LeadKit.Import;

/// <summary>
/// A file cannot be imported at all: it is not in the format it was read as, or it breaks a limit.
/// Says where — the row (as a spreadsheet or text editor shows it) and, when known, the column.
/// Errors confined to one row do not throw: they reject that row (<see cref="ImportRow.Problems"/>).
/// </summary>
public sealed class ImportFormatException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="format">The format being read.</param>
    /// <param name="row">The row (or, for JSON, the array element) at fault, from 1; <see langword="null"/> when not known.</param>
    /// <param name="message">What is wrong, in English.</param>
    /// <param name="innerException">The parser's error, if any.</param>
    public ImportFormatException(string format, long? row, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Format = format;
        Row = row;
    }

    /// <summary>Gets the format being read.</summary>
    public string Format { get; }

    /// <summary>Gets the row at fault, if known.</summary>
    public long? Row { get; }
}
