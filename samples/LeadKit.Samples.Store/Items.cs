using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Samples.Store;

/// <summary>
/// Items linked to a record (immutable values, stored as they are) under <c>{table}/{id}</c>. Reading
/// many records' items and moving all of a record's items are the interfaces' defaults.
/// </summary>
internal class Items<TItem, TId>(DocumentUnitOfWork unit, string table, Func<TItem, Guid> idOf, Func<TItem, RecordReference> recordOf, Func<TItem, Instant> orderOf, Func<TItem, RecordReference, TItem> relink)
    where TItem : class
    where TId : struct
{
    private static readonly string TypeName = typeof(TItem).Name;

    public Task AddAsync(IReadOnlyCollection<TItem> items, CancellationToken cancellationToken = default)
    {
        var added = items.ToList();
        return unit.Staged(s => added.Aggregate(s, (state, item) => state.ContainsKey($"{table}/{idOf(item)}")
            ? throw new ConcurrencyConflictException(TypeName, idOf(item).ToString(), 0, 1)
            : Put(state, item)));
    }

    public Task<TItem?> FindAsync(TId id, CancellationToken cancellationToken = default) => Task.FromResult(unit.Get<TItem>(unit.Current, $"{table}/{id}"));

    public Task ReplaceAsync(TItem item, CancellationToken cancellationToken = default) => unit.Staged(s => unit.Get<TItem>(s, $"{table}/{idOf(item)}") is null
        ? throw new RecordNotFoundException(TypeName, idOf(item).ToString())
        : Put(s, item));

    public async Task<bool> DeleteAsync(TId id, CancellationToken cancellationToken = default)
    {
        var found = unit.Get<TItem>(unit.Current, $"{table}/{id}") is not null;
        if (found)
        {
            await unit.Staged(s => unit.Set(s, $"{table}/{id}", null)).ConfigureAwait(false);
        }

        return found;
    }

    public IAsyncEnumerable<TItem> ListForAsync(RecordReference record, CancellationToken cancellationToken = default) =>
        unit.Values<TItem>($"{table}/").Where(i => recordOf(i) == record).OrderBy(orderOf).ThenBy(idOf).ToAsyncEnumerable();

    public Task<int> RelinkItemsAsync(IReadOnlyCollection<TId> items, RecordReference target, CancellationToken cancellationToken = default)
    {
        CheckRecord(unit.Current, target);
        var moved = items.Distinct().Select(id => unit.Get<TItem>(unit.Current, $"{table}/{id}")).OfType<TItem>().Where(i => recordOf(i) != target).Select(i => relink(i, target)).ToList();
        unit.Change(s => moved.Aggregate(s, Put));
        return Task.FromResult(moved.Count);
    }

    private Documents Put(Documents state, TItem item) => unit.Set(CheckRecord(state, recordOf(item)), $"{table}/{idOf(item)}", item);

    private Documents CheckRecord(Documents state, RecordReference record) => unit.Exists(state, record)
        ? state
        : throw new WorkspaceViolationException("Record", $"{TypeName} cannot be linked to {record}: it is not a record of this workspace.");
}

/// <summary>The communication history, oldest first.</summary>
internal sealed class HistoryItems(DocumentUnitOfWork unit)
    : Items<HistoryItem, HistoryItemId>(unit, "history", i => i.Id.Value, i => i.Record, i => i.OccurredAt, (i, r) => i.RelinkTo(r)), IHistoryRepository;

/// <summary>The opportunities, oldest first.</summary>
internal sealed class OpportunityItems(DocumentUnitOfWork unit)
    : Items<Opportunity, OpportunityId>(unit, "opportunity", o => o.Id.Value, o => o.Record, o => o.CreatedAt, (o, r) => o.RelinkTo(r)), IOpportunityRepository;
