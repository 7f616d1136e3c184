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
/// A thread-safe, in-process <see cref="ILeadKitStore"/> with the same semantics as the database
/// stores: workspaces isolated from each other, optimistic concurrency on every record, and
/// all-or-nothing units of work. For tests, and for hosts that bring their own persistence.
/// </summary>
public sealed class InMemoryLeadKitStore : ILeadKitStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<WorkspaceId, InMemoryWorkspaceState> _workspaces = [];
    private readonly List<Workspace> _workspaceList = [];
    private InMemoryKeyValues _keyValues = InMemoryKeyValues.Empty;

    /// <summary>Creates an empty store.</summary>
    /// <param name="clock">The clock that stamps creations and changes.</param>
    public InMemoryLeadKitStore(IClock clock)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Gets the clock that stamps creations and changes.</summary>
    public IClock Clock { get; }

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<Workspace> CreateWorkspaceAsync(string name, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var workspace = new Workspace(WorkspaceId.New(), name, Clock.GetCurrentInstant());
        lock (_gate)
        {
            _workspaces.Add(workspace.Id, new InMemoryWorkspaceState());
            _workspaceList.Add(workspace);
        }

        return Task.FromResult(workspace);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Workspace> ListWorkspacesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Workspace[] snapshot;
        lock (_gate)
        {
            snapshot = [.. _workspaceList];
        }

        foreach (var workspace in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return workspace;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IUnitOfWork> BeginAsync(WorkspaceId workspace, UserId? actingUser = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_workspaces.ContainsKey(workspace))
            {
                throw new RecordNotFoundException(nameof(Workspace), workspace.ToString());
            }
        }

        return Task.FromResult<IUnitOfWork>(new InMemoryUnitOfWork(this, workspace, actingUser));
    }

    /// <summary>Gets the committed values of the small repositories (users, settings, reports, operations, assignment rules): a snapshot, replaced by each commit.</summary>
    internal InMemoryKeyValues KeyValues => Volatile.Read(ref _keyValues);

    /// <summary>Runs <paramref name="action"/> on a workspace's committed state under the store's lock.</summary>
    internal T Read<T>(WorkspaceId workspace, Func<InMemoryWorkspaceState, T> action)
    {
        lock (_gate)
        {
            return action(_workspaces[workspace]);
        }
    }

    /// <summary>Tells whether any workspace holds an entry with that key (identifiers are unique across workspaces).</summary>
    internal bool ExistsInAnyWorkspace<T>(Func<InMemoryWorkspaceState, Dictionary<Guid, T>> select, Guid key)
    {
        lock (_gate)
        {
            return _workspaces.Values.Any(w => select(w).ContainsKey(key));
        }
    }

    /// <summary>
    /// Commits a unit of work atomically under the store's lock: checks its record and item changes,
    /// replays its changes of the small repositories on the latest values, then applies both; when a
    /// check or a replayed change throws, nothing is written.
    /// </summary>
    internal void Commit(WorkspaceId workspace, IReadOnlyList<IStagedChanges> changes, IReadOnlyList<Func<InMemoryKeyValues, InMemoryKeyValues>> keyValueChanges)
    {
        lock (_gate)
        {
            var state = _workspaces[workspace];
            var ids = _workspaces.Where(w => w.Key != workspace).Select(w => w.Value).ToArray();
            foreach (var change in changes)
            {
                change.Verify(state, ids);
            }

            var keyValues = keyValueChanges.Aggregate(_keyValues, (values, change) => change(values));
            foreach (var change in changes)
            {
                change.Apply(state);
            }

            Volatile.Write(ref _keyValues, keyValues);
        }
    }
}
