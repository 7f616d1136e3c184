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
/// <remarks>
/// <para>The rules every store keeps (the store contract kit checks each):</para>
/// <list type="bullet">
/// <item><description><b>All or nothing.</b> <see cref="CommitAsync"/> writes every staged change or none;
/// disposing without committing writes none. A unit of work commits at most once (a second commit is
/// refused).</description></item>
/// <item><description><b>A failed call did not happen.</b> A repository call that throws stages nothing of
/// itself, and the unit of work stays usable.</description></item>
/// <item><description><b>Read your writes.</b> Every repository of the unit of work sees what it has staged
/// (records, items, users, settings), and later units of work see what it committed.</description></item>
/// <item><description><b>Nothing is half-changed in memory.</b> The record objects a caller passes to a
/// repository's <c>AddAsync</c>/<c>UpdateAsync</c> get their new <see cref="Leads.ContactRecord.Version"/>,
/// <see cref="Leads.ContactRecord.ModifiedAt"/> and <see cref="Leads.ContactRecord.ModifiedBy"/> only when
/// <see cref="CommitAsync"/> succeeds (<see cref="StagedSaves"/> keeps the marks until then). A failed write,
/// a failed commit or a unit of work disposed without committing leaves them exactly as they were, versions
/// included.</description></item>
/// <item><description><b>Conflicts are surfaced.</b> A change that no longer fits what another unit of work
/// committed (a moved version, an identifier taken meanwhile) throws <see cref="ConcurrencyConflictException"/>
/// from the call or from the commit, and nothing of the unit of work is written.</description></item>
/// </list>
/// </remarks>
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

    /// <summary>Gets the workspace's picklists (lead sources and ratings).</summary>
    IPicklistRepository Picklists { get; }

    /// <summary>Gets the workspace's saved reports.</summary>
    ISavedReportRepository SavedReports { get; }

    /// <summary>Gets the workspace's recorded operations and their undo entries.</summary>
    IOperationRepository Operations { get; }

    /// <summary>Gets the workspace's assignment rules and their round-robin turns.</summary>
    IAssignmentRuleRepository AssignmentRules { get; }

    /// <summary>
    /// Writes every staged change atomically, then marks the caller's saved record objects (new
    /// version and modified stamps). On any failure (for example a
    /// <see cref="ConcurrencyConflictException"/>) nothing is written, no object is marked, and the
    /// exception propagates. A unit of work commits at most once.
    /// </summary>
    /// <param name="cancellationToken">Cancels the commit (before it is durable).</param>
    /// <returns>A task that completes when the changes are durable.</returns>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
