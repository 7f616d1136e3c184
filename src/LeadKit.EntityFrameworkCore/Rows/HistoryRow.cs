using System;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>
/// A row of <c>history_items</c>. The link columns (<see cref="RecordKind"/>, <see cref="RecordId"/>)
/// are authoritative over the document's own link, so relinking is a two-column UPDATE.
/// </summary>
internal sealed class HistoryRow
{
    public Guid Id { get; set; }

    public Guid WorkspaceId { get; set; }

    public int RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public string ItemType { get; set; } = string.Empty;

    public Instant OccurredAt { get; set; }

    public Instant CreatedAt { get; set; }

    public string Document { get; set; } = string.Empty;
}
