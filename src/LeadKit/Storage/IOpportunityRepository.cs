using LeadKit.History;

namespace LeadKit.Storage;

/// <summary>
/// The sales opportunities of one workspace. A record's opportunities are listed oldest first by
/// <see cref="Opportunity.CreatedAt"/>, then identifier.
/// </summary>
public interface IOpportunityRepository : ILinkedItemRepository<Opportunity, OpportunityId>;
