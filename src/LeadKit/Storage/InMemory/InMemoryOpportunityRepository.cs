using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Storage.InMemory;

internal sealed class InMemoryOpportunityRepository(InMemoryUnitOfWork unitOfWork) : IOpportunityRepository, IStagedChanges
{
    private readonly InMemoryEntityChanges<Guid, Opportunity> _changes = new(s => s.Opportunities, nameof(Opportunity));

    public Task AddAsync(IReadOnlyCollection<Opportunity> opportunities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opportunities);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        foreach (var opportunity in opportunities)
        {
            CheckRecord(opportunity);
            if (Current(opportunity.Id.Value) is not null || unitOfWork.Store.ExistsInAnyWorkspace(s => s.Opportunities, opportunity.Id.Value))
            {
                throw new ConcurrencyConflictException(nameof(Opportunity), opportunity.Id.ToString(), 0, 1);
            }
        }

        foreach (var opportunity in opportunities)
        {
            _changes.StageAdd(opportunity.Id.Value, opportunity);
        }

        return Task.CompletedTask;
    }

    public Task<Opportunity?> FindAsync(OpportunityId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Current(id.Value));
    }

    public Task ReplaceAsync(Opportunity opportunity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        _ = Current(opportunity.Id.Value) ?? throw new RecordNotFoundException(nameof(Opportunity), opportunity.Id.ToString());
        CheckRecord(opportunity);
        _changes.StageReplace(opportunity.Id.Value, opportunity);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(OpportunityId id, CancellationToken cancellationToken = default)
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

    public async IAsyncEnumerable<Opportunity> ListForAsync(RecordReference record, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in All().Where(i => i.Record == record).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id))
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
            throw new WorkspaceViolationException(nameof(Opportunity.Record), $"Opportunities cannot move to {target}: no such record in this workspace.");
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

    private Opportunity? Current(Guid key) =>
        _changes.TryGetPending(key, out var value) ? value : unitOfWork.Store.Read(unitOfWork.Workspace, s => s.Opportunities.GetValueOrDefault(key));

    private List<Opportunity> All() => [.. _changes.Merge(unitOfWork.Store.Read(unitOfWork.Workspace, s => s.Opportunities.ToList()))];

    private void CheckRecord(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        if (!unitOfWork.RecordExists(opportunity.Record))
        {
            throw new WorkspaceViolationException(nameof(Opportunity.Record), $"Opportunity {opportunity.Id} is linked to {opportunity.Record}, which is not a record of this workspace.");
        }
    }
}
