using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>The sales opportunities of one workspace.</summary>
public interface IOpportunityRepository
{
    /// <summary>Adds opportunities; each must be linked to a record of the workspace.</summary>
    /// <param name="opportunities">The opportunities.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when they are staged.</returns>
    /// <exception cref="WorkspaceViolationException">One is linked to a record outside the workspace.</exception>
    Task AddAsync(IReadOnlyCollection<Opportunity> opportunities, CancellationToken cancellationToken = default);

    /// <summary>Reads one opportunity.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The opportunity, or <see langword="null"/>.</returns>
    Task<Opportunity?> FindAsync(OpportunityId id, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored opportunity with an edited value of the same identifier.</summary>
    /// <param name="opportunity">The edited opportunity.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    /// <exception cref="RecordNotFoundException">No opportunity has that identifier in the workspace.</exception>
    Task ReplaceAsync(Opportunity opportunity, CancellationToken cancellationToken = default);

    /// <summary>Deletes an opportunity.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether it existed.</returns>
    Task<bool> DeleteAsync(OpportunityId id, CancellationToken cancellationToken = default);

    /// <summary>Streams a record's opportunities, oldest first.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The opportunities.</returns>
    IAsyncEnumerable<Opportunity> ListForAsync(RecordReference record, CancellationToken cancellationToken = default);

    /// <summary>Moves every opportunity of one record to another in one set-based step.</summary>
    /// <param name="source">The record they belong to now.</param>
    /// <param name="target">The record they move to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many moved.</returns>
    Task<int> RelinkAsync(RecordReference source, RecordReference target, CancellationToken cancellationToken = default);
}
