using System;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.History;

/// <summary>
/// A communication-history item linked to a lead or business contact: a business note, a phone
/// log, an appointment or a task. Every item has a subject, an optional body and instants.
/// Items are immutable: editing one produces a new value with the same identifier. Every item is an
/// <see cref="IHistoryEntry"/> for scoring rules' history conditions: notes, phone logs, appointments
/// and tasks are communication of their kind; an <see cref="ActivityEntry"/> (system activity) has no kind.
/// </summary>
public abstract record HistoryItem : IHistoryEntry
{
    /// <summary>The longest subject accepted.</summary>
    public const int MaxSubjectLength = 255;

    /// <summary>The longest body accepted.</summary>
    public const int MaxBodyLength = 1_000_000;

    private protected HistoryItem(HistoryItemId id, RecordReference record, string subject, string? body, Instant createdAt, UserId? createdBy)
    {
        Id = id;
        Record = record;
        Subject = subject?.Trim() ?? string.Empty;
        Body = string.IsNullOrWhiteSpace(body) ? null : body;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        if (Subject.Length == 0)
        {
            throw Preconditions.Invalid(GetType().Name, nameof(Subject), "LeadKit.HistoryItem.SubjectRequired", "A history item needs a subject.");
        }

        if (Subject.Length > MaxSubjectLength)
        {
            throw Preconditions.Invalid(GetType().Name, nameof(Subject), "LeadKit.HistoryItem.SubjectTooLong", $"A subject has at most {MaxSubjectLength} characters.");
        }

        if (Body is { Length: > MaxBodyLength })
        {
            throw Preconditions.Invalid(GetType().Name, nameof(Body), "LeadKit.HistoryItem.BodyTooLong", $"A body has at most {MaxBodyLength} characters.");
        }
    }

    /// <summary>Gets the item's identifier.</summary>
    public HistoryItemId Id { get; }

    /// <summary>Gets the record the item is linked to.</summary>
    public RecordReference Record { get; }

    /// <summary>Gets the subject.</summary>
    public string Subject { get; }

    /// <summary>Gets the body text.</summary>
    public string? Body { get; }

    /// <summary>Gets when the item was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets who created the item.</summary>
    public UserId? CreatedBy { get; }

    /// <summary>Gets the instant the item is about, for ordering a record's history (e.g. an appointment's start).</summary>
    public abstract Instant OccurredAt { get; }

    /// <inheritdoc />
    HistoryKind? IHistoryEntry.Kind => this switch
    {
        BusinessNote => HistoryKind.Note,
        PhoneLog => HistoryKind.PhoneLog,
        Appointment => HistoryKind.Appointment,
        TaskItem => HistoryKind.Task,
        _ => null,
    };

    /// <summary>Returns a copy of this item linked to another record (used when a lead becomes a contact).</summary>
    /// <param name="record">The record to link to.</param>
    /// <returns>The copy, with the same identifier.</returns>
    public abstract HistoryItem RelinkTo(RecordReference record);
}
