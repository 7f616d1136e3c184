using System.Collections.Generic;
using System.Linq;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;

namespace LeadKit.Testing;

/// <summary>A business contact as immutable data: its own fields plus the shared content. Builds an equal, independent <see cref="BusinessContact"/> on demand.</summary>
internal sealed record ContactShape(ContactId Id, LeadId? ConvertedFrom, RecordContent Content)
{
    public static ContactShape Of(BusinessContact contact) => new(contact.Id, contact.ConvertedFrom, RecordContent.Of(contact));

    public BusinessContact Build(CustomFieldSchema schema)
    {
        BusinessContact contact;
        if (ConvertedFrom is { } leadId)
        {
            // ConvertedFrom has no public setter: conversion is the only way to set it.
            var lead = Lead.Restore(leadId, Content.Name, Content.CreatedAt, Content.CreatedBy);
            Content.ApplyShared(lead);
            contact = BusinessContact.FromLead(lead, Id, Content.CreatedAt, Content.CreatedBy);
        }
        else
        {
            contact = BusinessContact.Restore(Id, Content.Name, Content.CreatedAt, Content.CreatedBy);
            Content.ApplyShared(contact);
        }

        Content.ApplyCustomFields(contact, schema);
        Content.ApplyAudit(contact);
        return contact;
    }

    public IEnumerable<ContactShape> Shrink(CustomFieldSchema schema)
    {
        if (ConvertedFrom is not null)
        {
            yield return this with { ConvertedFrom = null };
        }

        foreach (var content in Content.Shrink(schema, RecordKind.BusinessContact))
        {
            yield return this with { Content = content };
        }
    }
}
