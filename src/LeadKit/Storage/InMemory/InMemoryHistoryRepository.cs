using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Storage.InMemory;

internal sealed class InMemoryHistoryRepository(InMemoryUnitOfWork unitOfWork) : IHistoryRepository, IStagedChanges
{
    private readonly InMemoryEntityChanges<Guid, HistoryItem> _changes = new(s => s.History, nameof(HistoryItem));

    public Task AddAsync(IReadOnlyCollection<HistoryItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        foreach (var item in items)
        {
            CheckRecord(item);
            if (Current(item.Id.Value) is not null || unitOfWork.Store.ExistsInAnyWorkspace(s => s.History, item.Id.Value))
            {
                throw new ConcurrencyConflictException(nameof(HistoryItem), item.Id.ToString(), 0, 1);
            }
        }

        foreach (var item in items)
        {
            _changes.StageAdd(item.Id.Value, item);
        }

        return Task.CompletedTask;
    }

    public Task<HistoryItem?> FindAsync(HistoryItemId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Current(id.Value));
    }

    public Task ReplaceAsync(HistoryItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        _ = Current(item.Id.Value) ?? throw new RecordNotFoundException(nameof(HistoryItem), item.Id.ToString());
        CheckRecord(item);
        _changes.StageReplace(item.Id.Value, item);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(HistoryItemId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        if (Current(id.Value) is null)
        {
            return Task.FromResult(false);
        }

        _changes.StageRemove(id.Value);
        return Task.FromResult(true);
    }

    public async IAsyncEnumerable<HistoryItem> ListForAsync(RecordReference record, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in All().Where(i => i.Record == record).OrderBy(i => i.OccurredAt).ThenBy(i => i.Id))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<int> RelinkAsync(RecordReference source, RecordReference target, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        if (!unitOfWork.RecordExists(target))
        {
            throw new WorkspaceViolationException(nameof(HistoryItem.Record), $"History cannot move to {target}: no such record in this workspace.");
        }

        var moved = All().Where(i => i.Record == source).ToList();
        foreach (var item in moved)
        {
            _changes.StageReplace(item.Id.Value, item.RelinkTo(target));
        }

        return Task.FromResult(moved.Count);
    }

    void IStagedChanges.Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces) =>
        _changes.Verify(state, k => k.ToString("D"));

    void IStagedChanges.Apply(InMemoryWorkspaceState state) => _changes.Apply(state);

    private HistoryItem? Current(Guid key) =>
        _changes.TryGetPending(key, out var value) ? value : unitOfWork.Store.Read(unitOfWork.Workspace, s => s.History.GetValueOrDefault(key));

    private List<HistoryItem> All() => [.. _changes.Merge(unitOfWork.Store.Read(unitOfWork.Workspace, s => s.History.ToList()))];

    private void CheckRecord(HistoryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!unitOfWork.RecordExists(item.Record))
        {
            throw new WorkspaceViolationException(nameof(HistoryItem.Record), $"History item {item.Id} is linked to {item.Record}, which is not a record of this workspace.");
        }
    }
}
