using LeadKit.History;

namespace LeadKit.Storage;

/// <summary>
/// The communication history of one workspace's records. A record's history is listed oldest
/// first by <see cref="HistoryItem.OccurredAt"/>, then identifier.
/// </summary>
public interface IHistoryRepository : ILinkedItemRepository<HistoryItem, HistoryItemId>;
