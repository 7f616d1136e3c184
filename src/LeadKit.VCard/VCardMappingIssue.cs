using System;

namespace LeadKit.VCard;

/// <summary>One thing the card-to-lead mapping did not take as it was: which property, where, and why.</summary>
public sealed record VCardMappingIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="kind">What kind of issue it is.</param>
    /// <param name="propertyName">The property concerned (e.g. <c>EMAIL</c>), or <see langword="null"/>.</param>
    /// <param name="lineNumber">The 1-based line of the property in the file; 0 when the card was built in code.</param>
    /// <param name="message">What was found and what the mapping did with it.</param>
    /// <param name="value">The value concerned, as text, when there is one.</param>
    /// <param name="errorCode">The validation error code (e.g. <c>LeadKit.EmailAddress.Syntax</c>) for <see cref="VCardMappingIssueKind.InvalidValue"/>.</param>
    public VCardMappingIssue(VCardMappingIssueKind kind, string? propertyName, int lineNumber, string message, string? value = null, string? errorCode = null)
    {
        Kind = kind;
        PropertyName = propertyName;
        LineNumber = lineNumber;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Value = value;
        ErrorCode = errorCode;
    }

    /// <summary>Gets what kind of issue it is.</summary>
    public VCardMappingIssueKind Kind { get; }

    /// <summary>Gets the property concerned, or <see langword="null"/>.</summary>
    public string? PropertyName { get; }

    /// <summary>Gets the 1-based line of the property; 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>Gets what was found and what the mapping did with it.</summary>
    public string Message { get; }

    /// <summary>Gets the value concerned, or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>Gets the validation error code, or <see langword="null"/>.</summary>
    public string? ErrorCode { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {PropertyName ?? "-"} (line {LineNumber}): {Message}";
}
