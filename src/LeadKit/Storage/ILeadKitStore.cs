using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>
/// A LeadKit database: its workspaces, and units of work opened for one workspace at a time.
/// Implemented in memory by <see cref="InMemory.InMemoryLeadKitStore"/> and on EF Core (SQLite,
/// PostgreSQL) by the LeadKit.EntityFrameworkCore package; hosts may bring their own.
/// </summary>
public interface ILeadKitStore
{
    /// <summary>Creates the database and applies pending migrations (idempotent).</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a workspace.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new workspace.</returns>
    Task<Workspace> CreateWorkspaceAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Streams the workspaces, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The workspaces.</returns>
    IAsyncEnumerable<Workspace> ListWorkspacesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a unit of work on one workspace. Nothing of another workspace can be read, changed
    /// or referenced through it.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="actingUser">The user making the changes (recorded as modified-by), if known.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The unit of work; dispose it.</returns>
    /// <exception cref="RecordNotFoundException">The workspace does not exist.</exception>
    Task<IUnitOfWork> BeginAsync(WorkspaceId workspace, UserId? actingUser = null, CancellationToken cancellationToken = default);
}
