using System;
using System.Threading;
using System.Threading.Tasks;

namespace LeadKit.Storage;

/// <summary>
/// A transaction boundary over one workspace: everything staged through its repositories is
/// written by <see cref="CommitAsync"/> all together, or not at all. Disposing without
/// committing discards every staged change. A unit of work is not thread-safe; use one per
/// logical operation.
/// </summary>
public interface IUnitOfWork : IAsyncDisposable
{
    /// <summary>Gets the workspace this unit of work reads and writes.</summary>
    WorkspaceId Workspace { get; }

    /// <summary>Gets the workspace's leads.</summary>
    ILeadRepository Leads { get; }

    /// <summary>Gets the workspace's business contacts.</summary>
    IBusinessContactRepository Contacts { get; }

    /// <summary>Gets the workspace's communication history.</summary>
    IHistoryRepository History { get; }

    /// <summary>Gets the workspace's opportunities.</summary>
    IOpportunityRepository Opportunities { get; }

    /// <summary>Gets the users who share the workspace.</summary>
    IUserRepository Users { get; }

    /// <summary>Gets the workspace's user-defined field definitions.</summary>
    ICustomFieldRepository CustomFields { get; }

    /// <summary>Gets the workspace's scoring profile.</summary>
    IScoringProfileRepository ScoringProfiles { get; }

    /// <summary>Gets the workspace's saved reports.</summary>
    ISavedReportRepository SavedReports { get; }

    /// <summary>Gets the workspace's recorded operations and their undo entries.</summary>
    IOperationRepository Operations { get; }

    /// <summary>
    /// Writes every staged change atomically. On any failure (for example a
    /// <see cref="ConcurrencyConflictException"/>) nothing is written and the exception propagates.
    /// A unit of work commits at most once.
    /// </summary>
    /// <param name="cancellationToken">Cancels the commit (before it is durable).</param>
    /// <returns>A task that completes when the changes are durable.</returns>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
