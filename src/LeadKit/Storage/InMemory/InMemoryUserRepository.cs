using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;

namespace LeadKit.Storage.InMemory;

internal sealed class InMemoryUserRepository(InMemoryUnitOfWork unitOfWork) : IUserRepository, IStagedChanges
{
    private readonly InMemoryEntityChanges<Guid, WorkspaceUser> _changes = new(s => s.Users, nameof(WorkspaceUser));

    public Task AddAsync(WorkspaceUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        if (Current(user.Id.Value) is not null || unitOfWork.Store.ExistsInAnyWorkspace(s => s.Users, user.Id.Value))
        {
            throw new ConcurrencyConflictException(nameof(WorkspaceUser), user.Id.ToString(), 0, 1);
        }

        _changes.StageAdd(user.Id.Value, user);
        return Task.CompletedTask;
    }

    public Task ReplaceAsync(WorkspaceUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        _ = Current(user.Id.Value) ?? throw new RecordNotFoundException(nameof(WorkspaceUser), user.Id.ToString());
        _changes.StageReplace(user.Id.Value, user);
        return Task.CompletedTask;
    }

    public Task<WorkspaceUser?> FindAsync(UserId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Current(id.Value));
    }

    /// <summary>The workspace's users as this unit of work sees them (its own changes included).</summary>
    internal List<WorkspaceUser> Snapshot() => [.. _changes.Merge(unitOfWork.Store.Read(unitOfWork.Workspace, s => s.Users.ToList()))];

    public async IAsyncEnumerable<WorkspaceUser> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var all = _changes.Merge(unitOfWork.Store.Read(unitOfWork.Workspace, s => s.Users.ToList()));
        foreach (var user in all.OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Id))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return user;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    void IStagedChanges.Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces) =>
        _changes.Verify(state, k => k.ToString("D"));

    void IStagedChanges.Apply(InMemoryWorkspaceState state) => _changes.Apply(state);

    internal bool Exists(UserId id) => Current(id.Value) is not null;

    private WorkspaceUser? Current(Guid key) =>
        _changes.TryGetPending(key, out var value) ? value : unitOfWork.Store.Read(unitOfWork.Workspace, s => s.Users.GetValueOrDefault(key));
}
