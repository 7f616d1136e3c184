using System;

namespace LeadKit.VCard;

/// <summary>
/// Thrown when a vCard stream is refused: it is not a vCard file, or it breaks one of the reader's
/// limits (<see cref="VCardReaderOptions"/>). The message names the line, the property when there is
/// one, and the option that would let the stream through.
/// </summary>
/// <remarks>
/// Everything else the reader meets in real files (junk lines, unknown encodings or charsets,
/// undecodable base64, a missing <c>END:VCARD</c>) is tolerated and listed in <see cref="VCard.Issues"/>.
/// </remarks>
public sealed class VCardFormatException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">Why the stream was refused.</param>
    /// <param name="message">What was refused, where, and how to let it through.</param>
    /// <param name="lineNumber">The 1-based physical line where the problem was found.</param>
    /// <param name="propertyName">The property concerned, if any.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public VCardFormatException(VCardFormatError error, string message, int lineNumber, string? propertyName = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
        LineNumber = lineNumber;
        PropertyName = propertyName;
    }

    /// <summary>Gets why the stream was refused.</summary>
    public VCardFormatError Error { get; }

    /// <summary>Gets the 1-based physical line where the problem was found.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the name of the property concerned (e.g. <c>PHOTO</c>), or <see langword="null"/>.</summary>
    public string? PropertyName { get; }
}
