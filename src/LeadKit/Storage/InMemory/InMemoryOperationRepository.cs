using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;

namespace LeadKit.Storage.InMemory;

/// <summary>Recorded operations in memory: summaries and their entries, staged until the unit of work commits.</summary>
internal sealed class InMemoryOperationRepository(InMemoryUnitOfWork unitOfWork) : IOperationRepository, IStagedChanges
{
    private readonly Dictionary<OperationId, OperationSummary> _summaries = [];
    private readonly Dictionary<OperationId, List<OperationUndoEntry>> _entries = [];
    private readonly HashSet<RecordReference> _forgotten = [];

    public Task AddAsync(OperationSummary operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        if (_summaries.ContainsKey(operation.Id) || Committed(operation.Id) is not null)
        {
            throw new ConcurrencyConflictException("Operation", operation.Id.ToString(), 0, 1);
        }

        _summaries[operation.Id] = operation;
        return Task.CompletedTask;
    }

    public Task AddEntriesAsync(OperationId operation, IReadOnlyList<OperationUndoEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        if (!_entries.TryGetValue(operation, out var list))
        {
            _entries[operation] = list = [];
        }

        list.AddRange(entries);
        return Task.CompletedTask;
    }

    public Task<OperationSummary?> FindAsync(OperationId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_summaries.GetValueOrDefault(id) ?? Committed(id));
    }

    public Task<IReadOnlyList<OperationUndoEntry>> ReadEntriesAsync(OperationId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var committed = unitOfWork.Store.Read(unitOfWork.Workspace, s => s.OperationEntries.TryGetValue(id, out var e) ? e.Where(x => !_forgotten.Contains(x.Record)).ToList() : []);
        if (_entries.TryGetValue(id, out var staged))
        {
            committed.AddRange(staged);
        }

        return Task.FromResult<IReadOnlyList<OperationUndoEntry>>(committed);
    }

    public Task<IReadOnlyList<OperationSummary>> ListAsync(int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var committed = unitOfWork.Store.Read(unitOfWork.Workspace, s => s.Operations.Values.ToList());
        var all = committed.Where(o => !_summaries.ContainsKey(o.Id)).Concat(_summaries.Values);
        return Task.FromResult<IReadOnlyList<OperationSummary>>([.. all.OrderByDescending(o => o.At).ThenByDescending(o => o.Id.Value).Take(limit)]);
    }

    public async Task MarkUndoneAsync(OperationId id, OperationId undoneBy, CancellationToken cancellationToken = default)
    {
        unitOfWork.EnsureOpen();
        var summary = await FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new RecordNotFoundException("Operation", id.ToString());
        _summaries[id] = summary with { UndoneBy = undoneBy };
    }

    public Task<int> ForgetRecordAsync(RecordReference record, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        var removed = 0;
        foreach (var list in _entries.Values)
        {
            removed += list.RemoveAll(e => e.Record == record);
        }

        removed += unitOfWork.Store.Read(unitOfWork.Workspace, s => s.OperationEntries.Values.Sum(list => list.Count(e => e.Record == record)));
        _forgotten.Add(record);
        return Task.FromResult(removed);
    }

    void IStagedChanges.Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces)
    {
    }

    void IStagedChanges.Apply(InMemoryWorkspaceState state)
    {
        foreach (var list in state.OperationEntries.Values)
        {
            list.RemoveAll(e => _forgotten.Contains(e.Record));
        }

        foreach (var (id, summary) in _summaries)
        {
            state.Operations[id] = summary;
        }

        foreach (var (id, entries) in _entries)
        {
            if (!state.OperationEntries.TryGetValue(id, out var list))
            {
                state.OperationEntries[id] = list = [];
            }

            list.AddRange(entries);
        }
    }

    private OperationSummary? Committed(OperationId id) =>
        unitOfWork.Store.Read(unitOfWork.Workspace, s => s.Operations.GetValueOrDefault(id));
}
