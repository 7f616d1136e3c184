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
/// <remarks>
/// <para>The rules every store keeps (the store contract kit, <c>LeadKit.Testing.Stores</c>, checks each):</para>
/// <list type="bullet">
/// <item><description><b>Workspaces are isolated.</b> A unit of work reads, changes and refers to its own
/// workspace only: a record, item, user or setting of another workspace is not found, not listed and not
/// changed through it, and a reference to one is a <see cref="WorkspaceViolationException"/>.</description></item>
/// <item><description><b>Identifiers are unique across workspaces.</b> Adding a record, item or user
/// with an identifier another workspace holds is a <see cref="ConcurrencyConflictException"/>.</description></item>
/// <item><description><b>Concurrent units of work lose no update.</b> Of two units of work that save the
/// same record version, one commits and the other gets a <see cref="ConcurrencyConflictException"/>
/// whose actual version is the newer one.</description></item>
/// <item><description>The store is thread-safe; its units of work are not (one per logical
/// operation).</description></item>
/// </list>
/// <para>
/// The rules of a unit of work and of each repository are on <see cref="IUnitOfWork"/>,
/// <see cref="IRecordRepository{TRecord, TId}"/> and <see cref="ILinkedItemRepository{TItem, TId}"/>; the
/// <c>docs/storage.md</c> guide lists them, with a minimal sample store that keeps them (<c>samples/LeadKit.Samples.Store</c>).
/// </para>
/// </remarks>
public interface ILeadKitStore
{
    /// <summary>Creates the database and applies pending migrations (idempotent).</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    /// <remarks>Has a default that does nothing, for a store with nothing to create.</remarks>
    Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

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
