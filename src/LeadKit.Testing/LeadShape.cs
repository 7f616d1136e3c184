using System.Collections.Generic;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;

namespace LeadKit.Testing;

/// <summary>A lead as immutable data: its own fields plus the shared content. Builds an equal, independent <see cref="Lead"/> on demand.</summary>
internal sealed record LeadShape(LeadId Id, ContactId? ConvertedTo, RecordContent Content)
{
    public static LeadShape Of(Lead lead) => new(lead.Id, lead.ConvertedTo, RecordContent.Of(lead));

    public Lead Build(CustomFieldSchema schema)
    {
        var lead = Lead.Restore(Id, Content.Name, Content.CreatedAt, Content.CreatedBy);
        Content.ApplyShared(lead);
        Content.ApplyCustomFields(lead, schema);
        if (ConvertedTo is { } contact)
        {
            lead.MarkConverted(contact);
        }

        Content.ApplyAudit(lead);
        return lead;
    }

    public IEnumerable<LeadShape> Shrink(CustomFieldSchema schema)
    {
        if (ConvertedTo is not null)
        {
            yield return this with { ConvertedTo = null };
        }

        foreach (var content in Content.Shrink(schema, RecordKind.Lead))
        {
            yield return this with { Content = content };
        }
    }
}
