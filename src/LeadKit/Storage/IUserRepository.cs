using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>The users who share one workspace's database.</summary>
public interface IUserRepository
{
    /// <summary>Adds a user to the workspace.</summary>
    /// <param name="user">The user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the user is staged.</returns>
    /// <exception cref="ConcurrencyConflictException">A user with that identifier exists (in this or another workspace).</exception>
    Task AddAsync(WorkspaceUser user, CancellationToken cancellationToken = default);

    /// <summary>Replaces a user's name or active flag.</summary>
    /// <param name="user">The edited user.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    /// <exception cref="RecordNotFoundException">The workspace has no such user.</exception>
    Task ReplaceAsync(WorkspaceUser user, CancellationToken cancellationToken = default);

    /// <summary>Reads a user of this workspace.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The user, or <see langword="null"/> when the workspace has no such user.</returns>
    Task<WorkspaceUser?> FindAsync(UserId id, CancellationToken cancellationToken = default);

    /// <summary>Streams the workspace's users, by display name.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The users.</returns>
    IAsyncEnumerable<WorkspaceUser> ListAsync(CancellationToken cancellationToken = default);
}
