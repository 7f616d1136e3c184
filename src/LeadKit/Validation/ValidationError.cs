using System;

namespace LeadKit.Validation;

/// <summary>
/// One reason a value was refused: where (a property path such as <c>Emails[1].Address</c>),
/// a stable error code (such as <c>LeadKit.EmailAddress.Syntax</c>) that hosts can localise, and
/// an English message.
/// </summary>
public sealed record ValidationError
{
    /// <summary>Creates a validation error.</summary>
    /// <param name="propertyPath">The path of the refused property, relative to the validated object; empty for the object itself.</param>
    /// <param name="errorCode">The stable error code, <c>LeadKit.&lt;Type&gt;.&lt;Rule&gt;</c>.</param>
    /// <param name="message">A human-readable explanation.</param>
    /// <param name="attemptedValue">The refused value, rendered as text, when there is one.</param>
    public ValidationError(string propertyPath, string errorCode, string message, string? attemptedValue = null)
    {
        PropertyPath = propertyPath ?? throw new ArgumentNullException(nameof(propertyPath));
        ErrorCode = errorCode ?? throw new ArgumentNullException(nameof(errorCode));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        AttemptedValue = attemptedValue;
    }

    /// <summary>Gets the path of the refused property, e.g. <c>Emails[1].Address</c>; empty for the object itself.</summary>
    public string PropertyPath { get; }

    /// <summary>Gets the stable error code, e.g. <c>LeadKit.Lead.NameRequired</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>Gets the human-readable explanation.</summary>
    public string Message { get; }

    /// <summary>Gets the refused value rendered as text, or <see langword="null"/>.</summary>
    public string? AttemptedValue { get; }

    /// <summary>Returns a copy whose path is prefixed with <paramref name="prefix"/> (e.g. <c>Emails[1]</c>).</summary>
    /// <param name="prefix">The path of the object that contains the refused one.</param>
    /// <returns>The same error located inside <paramref name="prefix"/>.</returns>
    public ValidationError Within(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
        {
            return this;
        }

        var path = PropertyPath.Length == 0 ? prefix : PropertyPath.StartsWith('[') ? prefix + PropertyPath : prefix + "." + PropertyPath;
        return new ValidationError(path, ErrorCode, Message, AttemptedValue);
    }

    /// <inheritdoc />
    public override string ToString() => PropertyPath.Length == 0 ? $"{Message} ({ErrorCode})" : $"{PropertyPath}: {Message} ({ErrorCode})";
}
