using System;
using NodaTime;

namespace LeadKit.Email;

/// <summary>
/// Which message a lead draft came from: its Message-ID, subject and date, each when present.
/// Kept with the draft so the user can find the e-mail again; not copied into the lead.
/// </summary>
public sealed class EmailMessageInfo : IEquatable<EmailMessageInfo>
{
    /// <summary>Creates the description of a message.</summary>
    /// <param name="messageId">The Message-ID without angle brackets; blank means none.</param>
    /// <param name="subject">The subject, decoded; blank means none.</param>
    /// <param name="sentAt">When the message says it was sent (its <c>Date:</c> header).</param>
    public EmailMessageInfo(string? messageId, string? subject, Instant? sentAt)
    {
        MessageId = string.IsNullOrWhiteSpace(messageId) ? null : messageId.Trim();
        Subject = string.IsNullOrWhiteSpace(subject) ? null : subject.Trim();
        SentAt = sentAt;
    }

    /// <summary>Gets the Message-ID, without angle brackets, or <see langword="null"/>.</summary>
    public string? MessageId { get; }

    /// <summary>Gets the subject, or <see langword="null"/>.</summary>
    public string? Subject { get; }

    /// <summary>Gets when the message says it was sent, or <see langword="null"/> when it has no (readable) <c>Date:</c> header.</summary>
    public Instant? SentAt { get; }

    /// <inheritdoc />
    public bool Equals(EmailMessageInfo? other) =>
        other is not null
        && string.Equals(MessageId, other.MessageId, StringComparison.Ordinal)
        && string.Equals(Subject, other.Subject, StringComparison.Ordinal)
        && SentAt == other.SentAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EmailMessageInfo);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(MessageId is null ? 0 : StringComparer.Ordinal.GetHashCode(MessageId), Subject is null ? 0 : StringComparer.Ordinal.GetHashCode(Subject), SentAt);

    /// <inheritdoc />
    public override string ToString() => $"<{MessageId}> \"{Subject}\" {SentAt}";
}
