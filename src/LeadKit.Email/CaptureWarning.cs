using System;

namespace LeadKit.Email;

/// <summary>
/// Something found (or not found) while capturing a lead from an e-mail that the user should
/// check before saving the lead: its kind, for code, and a message naming the header and value, for people.
/// </summary>
public sealed class CaptureWarning : IEquatable<CaptureWarning>
{
    /// <summary>Creates a warning.</summary>
    /// <param name="kind">What the warning is about.</param>
    /// <param name="message">A sentence for people, naming the header and the value concerned.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is blank.</exception>
    public CaptureWarning(CaptureWarningKind kind, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        Message = message;
    }

    /// <summary>Gets what the warning is about.</summary>
    public CaptureWarningKind Kind { get; }

    /// <summary>Gets the warning for people, e.g. <c>No display name: the name "Ann Lee" was taken from the address's local part "ann.lee".</c>.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(CaptureWarning? other) =>
        other is not null && Kind == other.Kind && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CaptureWarning);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Returns the kind and the message, e.g. <c>NameFromAddress: No display name: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}: {Message}";
}
