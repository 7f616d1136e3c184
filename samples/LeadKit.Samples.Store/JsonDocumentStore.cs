using LeadKit.Leads;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Samples.Store;

/// <summary>
/// A complete <see cref="ILeadKitStore"/> over one immutable dictionary of documents: every workspace's
/// records (as LeadKit JSON), items, users and settings under keys like <c>Lead/{id}</c>. A unit of
/// work stages each change as a function from one state to the next; committing replays them on the
/// latest state under a lock, so a change that no longer fits (a moved version) throws and nothing of
/// the unit is written. Swap the dictionary for files or a key-value database to make it durable.
/// </summary>
/// <param name="clock">The clock that stamps creations and changes.</param>
public sealed class JsonDocumentStore(IClock clock) : ILeadKitStore
{
    private readonly Lock _gate = new();
    private readonly List<Workspace> _workspaces = [];

    /// <summary>Gets the clock that stamps creations and changes.</summary>
    public IClock Clock { get; } = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <summary>Gets the committed documents (replaced, never changed, by each commit).</summary>
    internal Documents State { get; private set; } = Documents.Empty;

    /// <inheritdoc />
    public Task<Workspace> CreateWorkspaceAsync(string name, CancellationToken cancellationToken = default)
    {
        var workspace = new Workspace(WorkspaceId.New(), name, Clock.GetCurrentInstant());
        lock (_gate)
        {
            _workspaces.Add(workspace);
        }

        return Task.FromResult(workspace);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<Workspace> ListWorkspacesAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _workspaces.ToArray().ToAsyncEnumerable();
        }
    }

    /// <inheritdoc />
    public Task<IUnitOfWork> BeginAsync(WorkspaceId workspace, UserId? actingUser = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _workspaces.Exists(w => w.Id == workspace)
                ? Task.FromResult<IUnitOfWork>(new DocumentUnitOfWork(this, workspace, actingUser))
                : throw new RecordNotFoundException(nameof(Workspace), workspace.ToString());
        }
    }

    /// <summary>Replays a unit of work's changes on the latest documents: all of them, or none when one throws.</summary>
    internal void Commit(IEnumerable<Func<Documents, Documents>> changes)
    {
        lock (_gate)
        {
            State = changes.Aggregate(State, (state, change) => change(state));
        }
    }
}

/// <summary>One stored value and the workspace it belongs to (keys are unique across workspaces, as identifiers must be).</summary>
internal sealed record Document(WorkspaceId Workspace, object Value);
