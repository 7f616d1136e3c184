using System;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>
/// The columns history items and opportunities share: the item as a JSON document, and the link
/// columns (<see cref="RecordKind"/>, <see cref="RecordId"/>), which are authoritative over the
/// document's own link, so relinking is a two-column UPDATE.
/// </summary>
internal abstract class LinkedItemRow
{
    public Guid Id { get; set; }

    public Guid WorkspaceId { get; set; }

    public int RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public Instant CreatedAt { get; set; }

    public string Document { get; set; } = string.Empty;
}
