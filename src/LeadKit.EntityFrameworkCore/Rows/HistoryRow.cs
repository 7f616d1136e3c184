using NodaTime;

namespace LeadKit.EntityFrameworkCore.Rows;

/// <summary>A row of <c>history_items</c>.</summary>
internal sealed class HistoryRow : LinkedItemRow
{
    public string ItemType { get; set; } = string.Empty;

    public Instant OccurredAt { get; set; }
}
