using LeadKit.Leads;
using NodaTime;

namespace LeadKit.History;

/// <summary>A business note about a record.</summary>
public sealed record BusinessNote : HistoryItem
{
    /// <summary>Creates a note.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="record">The record it is about.</param>
    /// <param name="subject">The subject (required).</param>
    /// <param name="body">The text.</param>
    /// <param name="createdAt">When it was written.</param>
    /// <param name="createdBy">Who wrote it.</param>
    public BusinessNote(HistoryItemId id, RecordReference record, string subject, string? body, Instant createdAt, UserId? createdBy = null)
        : base(id, record, subject, body, createdAt, createdBy)
    {
    }

    /// <inheritdoc />
    public override Instant OccurredAt => CreatedAt;

    /// <inheritdoc />
    public override HistoryItem RelinkTo(RecordReference record) => new BusinessNote(Id, record, Subject, Body, CreatedAt, CreatedBy);
}
