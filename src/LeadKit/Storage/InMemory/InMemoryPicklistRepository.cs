using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;

namespace LeadKit.Storage.InMemory;

/// <summary>
/// The workspace's picklists in memory. Changes are staged as the operations themselves (replace a
/// list, add an entry) and replayed on the committed lists at commit, so that an add made by one
/// unit of work never overwrites an add committed meanwhile by another.
/// </summary>
internal sealed class InMemoryPicklistRepository(InMemoryUnitOfWork unitOfWork) : IPicklistRepository, IStagedChanges
{
    private readonly List<(PicklistKind Kind, Picklist? Replacement, string? Entry)> _pending = [];

    public Task<Picklist> GetAsync(PicklistKind kind, CancellationToken cancellationToken = default)
    {
        Check(kind);
        cancellationToken.ThrowIfCancellationRequested();
        var committed = unitOfWork.Store.Read(unitOfWork.Workspace, s => s.Picklists.GetValueOrDefault(kind));
        return Task.FromResult(Replay(kind, committed ?? Picklist.DefaultFor(kind)));
    }

    public Task SaveAsync(PicklistKind kind, Picklist entries, CancellationToken cancellationToken = default)
    {
        Check(kind);
        ArgumentNullException.ThrowIfNull(entries);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        _pending.Add((kind, entries, null));
        return Task.CompletedTask;
    }

    public async Task<bool> AddAsync(PicklistKind kind, string entry, CancellationToken cancellationToken = default)
    {
        Check(kind);
        var name = Picklist.CheckEntry(entry, nameof(Picklist), LeadSource.MaxLength);
        var current = await GetAsync(kind, cancellationToken).ConfigureAwait(false);
        if (current.Contains(name))
        {
            return false;
        }

        unitOfWork.EnsureOpen();
        _pending.Add((kind, null, name));
        return true;
    }

    void IStagedChanges.Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces)
    {
    }

    void IStagedChanges.Apply(InMemoryWorkspaceState state)
    {
        foreach (var kind in (ReadOnlySpan<PicklistKind>)[PicklistKind.LeadSources, PicklistKind.Ratings])
        {
            if (_pending.Exists(p => p.Kind == kind))
            {
                state.Picklists[kind] = Replay(kind, state.Picklists.GetValueOrDefault(kind) ?? Picklist.DefaultFor(kind));
            }
        }
    }

    private static void Check(PicklistKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown picklist kind.");
        }
    }

    private Picklist Replay(PicklistKind kind, Picklist list)
    {
        foreach (var (pendingKind, replacement, entry) in _pending)
        {
            if (pendingKind != kind)
            {
                continue;
            }

            list = replacement ?? (list.Contains(entry!) ? list : list.Add(entry!));
        }

        return list;
    }
}
