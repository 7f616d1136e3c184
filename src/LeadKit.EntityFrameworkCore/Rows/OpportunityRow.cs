using System;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>A row of <c>opportunities</c>; the product lines live in the document. The link columns are authoritative, as for history.</summary>
internal sealed class OpportunityRow
{
    public Guid Id { get; set; }

    public Guid WorkspaceId { get; set; }

    public int RecordKind { get; set; }

    public Guid RecordId { get; set; }

    public int Stage { get; set; }

    public int Probability { get; set; }

    public string CurrencyCode { get; set; } = string.Empty;

    public Instant CreatedAt { get; set; }

    public string Document { get; set; } = string.Empty;
}
