using System;
using System.Collections.Generic;
using LeadKit.History;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Storage.InMemory;

/// <summary>Opportunities in memory, listed by when they were created.</summary>
internal sealed class InMemoryOpportunityRepository(InMemoryUnitOfWork unitOfWork)
    : InMemoryLinkedItemRepository<Opportunity, OpportunityId>(unitOfWork), IOpportunityRepository
{
    protected override string ItemNoun => "Opportunity";

    protected override string CollectionNoun => "Opportunities";

    protected override Dictionary<Guid, Opportunity> Select(InMemoryWorkspaceState state) => state.Opportunities;

    protected override Guid Key(OpportunityId id) => id.Value;

    protected override Guid Key(Opportunity item) => item.Id.Value;

    protected override RecordReference RecordOf(Opportunity item) => item.Record;

    protected override Opportunity RelinkTo(Opportunity item, RecordReference record) => item.RelinkTo(record);

    protected override Instant OrderKey(Opportunity item) => item.CreatedAt;
}
