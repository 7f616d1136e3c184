using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>
/// The sales opportunities of one workspace. A record's opportunities are listed oldest first by
/// <see cref="Opportunity.CreatedAt"/>, then identifier.
/// </summary>
public interface IOpportunityRepository : ILinkedItemRepository<Opportunity, OpportunityId>
{
    /// <summary>Moves every item of one record to another: by default, <see cref="ILinkedItemRepository{TItem, TId}.RelinkItemsAsync"/> of the items listed for <paramref name="source"/>.</summary>
    /// <param name="source">The record the items belong to now.</param>
    /// <param name="target">The record they move to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many items moved (all of <paramref name="source"/>'s).</returns>
    Task<int> ILinkedItemRepository<Opportunity, OpportunityId>.RelinkAsync(RecordReference source, RecordReference target, CancellationToken cancellationToken) =>
        LinkedItems.RelinkAllAsync(this, i => i.Id, source, target, cancellationToken);
}
