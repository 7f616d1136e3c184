using System;
using System.Collections.Generic;
using LeadKit.History;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Storage.InMemory;

/// <summary>History items in memory, listed by when they occurred.</summary>
internal sealed class InMemoryHistoryRepository(InMemoryUnitOfWork unitOfWork)
    : InMemoryLinkedItemRepository<HistoryItem, HistoryItemId>(unitOfWork), IHistoryRepository
{
    protected override string ItemNoun => "History item";

    protected override string CollectionNoun => "History";

    protected override Dictionary<Guid, HistoryItem> Select(InMemoryWorkspaceState state) => state.History;

    protected override Guid Key(HistoryItemId id) => id.Value;

    protected override Guid Key(HistoryItem item) => item.Id.Value;

    protected override RecordReference RecordOf(HistoryItem item) => item.Record;

    protected override HistoryItem RelinkTo(HistoryItem item, RecordReference record) => item.RelinkTo(record);

    protected override Instant OrderKey(HistoryItem item) => item.OccurredAt;
}
