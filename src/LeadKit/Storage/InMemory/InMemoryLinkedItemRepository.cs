using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Storage.InMemory;

/// <summary>
/// The in-memory repository of one type of item linked to a record (history items, opportunities):
/// reads see the committed state plus this unit of work's staged changes; every item must be
/// linked to a record of the workspace. A derived class names the item's facts.
/// </summary>
/// <typeparam name="TItem">The item type.</typeparam>
/// <typeparam name="TId">Its identifier type.</typeparam>
internal abstract class InMemoryLinkedItemRepository<TItem, TId> : ILinkedItemRepository<TItem, TId>, IStagedChanges
    where TItem : class
    where TId : struct
{
    /// <summary>The name of the property by which every linked item names its record.</summary>
    private const string LinkField = "Record";

    private static readonly string TypeName = typeof(TItem).Name;

    private readonly InMemoryUnitOfWork _unitOfWork;
    private readonly InMemoryEntityChanges<Guid, TItem> _changes;

    protected InMemoryLinkedItemRepository(InMemoryUnitOfWork unitOfWork)
    {
        _unitOfWork = unitOfWork;
        _changes = new(Select, TypeName);
    }

    /// <summary>Gets how one item is named in messages ("History item").</summary>
    protected abstract string ItemNoun { get; }

    /// <summary>Gets how the items of a record are named in messages ("History").</summary>
    protected abstract string CollectionNoun { get; }

    public Task AddAsync(IReadOnlyCollection<TItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        cancellationToken.ThrowIfCancellationRequested();
        _unitOfWork.EnsureOpen();
        foreach (var item in items)
        {
            CheckRecord(item);
            if (Current(Key(item)) is not null || _unitOfWork.Store.ExistsInAnyWorkspace(Select, Key(item)))
            {
                throw new ConcurrencyConflictException(TypeName, IdText(item), 0, 1);
            }
        }

        foreach (var item in items)
        {
            _changes.StageAdd(Key(item), item);
        }

        return Task.CompletedTask;
    }

    public Task<TItem?> FindAsync(TId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Current(Key(id)));
    }

    public Task ReplaceAsync(TItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        cancellationToken.ThrowIfCancellationRequested();
        _unitOfWork.EnsureOpen();
        _ = Current(Key(item)) ?? throw new RecordNotFoundException(TypeName, IdText(item));
        CheckRecord(item);
        _changes.StageReplace(Key(item), item);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(TId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _unitOfWork.EnsureOpen();
        if (Current(Key(id)) is null)
        {
            return Task.FromResult(false);
        }

        _changes.StageRemove(Key(id));
        return Task.FromResult(true);
    }

    public async IAsyncEnumerable<TItem> ListForAsync(RecordReference record, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in All().Where(i => RecordOf(i) == record).OrderBy(OrderKey).ThenBy(i => Key(i)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<IReadOnlyDictionary<RecordReference, IReadOnlyList<TItem>>> ListForManyAsync(IReadOnlyCollection<RecordReference> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        cancellationToken.ThrowIfCancellationRequested();
        var wanted = records.ToHashSet();
        var found = All().Where(i => wanted.Contains(RecordOf(i))).OrderBy(OrderKey).ThenBy(i => Key(i)).ToLookup(RecordOf);
        IReadOnlyDictionary<RecordReference, IReadOnlyList<TItem>> result = wanted.ToDictionary(r => r, r => (IReadOnlyList<TItem>)[.. found[r]]);
        return Task.FromResult(result);
    }

    public Task<int> RelinkAsync(RecordReference source, RecordReference target, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _unitOfWork.EnsureOpen();
        if (!_unitOfWork.RecordExists(target))
        {
            throw new WorkspaceViolationException(LinkField, $"{CollectionNoun} cannot move to {target}: no such record in this workspace.");
        }

        var moved = All().Where(i => RecordOf(i) == source).ToList();
        foreach (var item in moved)
        {
            _changes.StageReplace(Key(item), RelinkTo(item, target));
        }

        return Task.FromResult(moved.Count);
    }

    public Task<int> RelinkItemsAsync(IReadOnlyCollection<TId> items, RecordReference target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        cancellationToken.ThrowIfCancellationRequested();
        _unitOfWork.EnsureOpen();
        if (!_unitOfWork.RecordExists(target))
        {
            throw new WorkspaceViolationException(LinkField, $"{CollectionNoun} cannot move to {target}: no such record in this workspace.");
        }

        var moved = 0;
        foreach (var key in items.Select(Key).Distinct())
        {
            if (Current(key) is { } item && RecordOf(item) != target)
            {
                _changes.StageReplace(key, RelinkTo(item, target));
                moved++;
            }
        }

        return Task.FromResult(moved);
    }

    void IStagedChanges.Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces) =>
        _changes.Verify(state, k => k.ToString("D"));

    void IStagedChanges.Apply(InMemoryWorkspaceState state) => _changes.Apply(state);

    /// <summary>Selects the workspace's committed items of this type.</summary>
    /// <param name="state">A workspace's committed state.</param>
    /// <returns>The items by key.</returns>
    protected abstract Dictionary<Guid, TItem> Select(InMemoryWorkspaceState state);

    /// <summary>Gets the key of an identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The key.</returns>
    protected abstract Guid Key(TId id);

    /// <summary>Gets an item's key.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The key.</returns>
    protected abstract Guid Key(TItem item);

    /// <summary>Gets the record an item is linked to.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The record.</returns>
    protected abstract RecordReference RecordOf(TItem item);

    /// <summary>Gets a copy of an item linked to another record.</summary>
    /// <param name="item">The item.</param>
    /// <param name="record">The record to link to.</param>
    /// <returns>The copy, with the same identifier.</returns>
    protected abstract TItem RelinkTo(TItem item, RecordReference record);

    /// <summary>Gets the instant a record's items are listed by, oldest first.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The instant.</returns>
    protected abstract Instant OrderKey(TItem item);

    private string IdText(TItem item) => Key(item).ToString("D");

    private TItem? Current(Guid key) =>
        _changes.TryGetPending(key, out var value) ? value : _unitOfWork.Store.Read(_unitOfWork.Workspace, s => Select(s).GetValueOrDefault(key));

    private List<TItem> All() => [.. _changes.Merge(_unitOfWork.Store.Read(_unitOfWork.Workspace, s => Select(s).ToList()))];

    private void CheckRecord(TItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_unitOfWork.RecordExists(RecordOf(item)))
        {
            throw new WorkspaceViolationException(LinkField, $"{ItemNoun} {IdText(item)} is linked to {RecordOf(item)}, which is not a record of this workspace.");
        }
    }
}
