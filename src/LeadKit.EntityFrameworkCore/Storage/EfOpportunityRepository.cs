using System;
using System.Linq.Expressions;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Storage;
using Microsoft.EntityFrameworkCore.Query;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>Opportunities on EF Core (<c>opportunities</c>; product lines live in the document), listed by when they were created.</summary>
internal sealed class EfOpportunityRepository(EfUnitOfWork unit)
    : EfLinkedItemRepository<Opportunity, OpportunityId, OpportunityRow>(unit), IOpportunityRepository
{
    protected override string Table => "opportunities";

    protected override string ItemNoun => "Opportunity";

    protected override string CollectionNoun => "Opportunities";

    protected override Expression<Func<OpportunityRow, Instant>> OrderKey => r => r.CreatedAt;

    protected override Guid Key(OpportunityId id) => id.Value;

    protected override Guid Key(Opportunity item) => item.Id.Value;

    protected override RecordReference RecordOf(Opportunity item) => item.Record;

    protected override Opportunity RelinkTo(Opportunity item, RecordReference record) => item.RelinkTo(record);

    protected override OpportunityRow NewRow(Opportunity item) => new()
    {
        Stage = (int)item.Stage,
        Probability = item.Probability,
        CurrencyCode = item.CurrencyCode,
        CreatedAt = item.CreatedAt,
    };

    protected override void SetOwnColumns(UpdateSettersBuilder<OpportunityRow> setters, OpportunityRow row) =>
        setters.SetProperty(r => r.Stage, row.Stage).SetProperty(r => r.Probability, row.Probability).SetProperty(r => r.CurrencyCode, row.CurrencyCode);
}
