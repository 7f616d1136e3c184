using System;

namespace LeadKit.VCard;

/// <summary>
/// Something the reader tolerated in a card and did not take as written: a junk line, an unknown
/// charset, undecodable base64, a skipped nested card, a missing <c>VERSION</c> or <c>END:VCARD</c>.
/// </summary>
public sealed record VCardIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="lineNumber">The 1-based physical line.</param>
    /// <param name="propertyName">The property concerned, if any.</param>
    /// <param name="message">What was found and what the reader did with it.</param>
    public VCardIssue(int lineNumber, string? propertyName, string message)
    {
        LineNumber = lineNumber;
        PropertyName = propertyName;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Gets the 1-based physical line.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the property concerned, or <see langword="null"/>.</summary>
    public string? PropertyName { get; }

    /// <summary>Gets what was found and what the reader did with it.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => PropertyName is null ? $"line {LineNumber}: {Message}" : $"line {LineNumber} ({PropertyName}): {Message}";
}
