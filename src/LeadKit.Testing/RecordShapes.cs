using System.Collections.Generic;
using System.Linq;
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

/// <summary>A business contact as immutable data: its own fields plus the shared content. Builds an equal, independent <see cref="BusinessContact"/> on demand.</summary>
internal sealed record ContactShape(ContactId Id, LeadId? ConvertedFrom, ContactDetails Details, RecordContent Content)
{
    public static ContactShape Of(BusinessContact contact) => new(contact.Id, contact.ConvertedFrom, contact.Details, RecordContent.Of(contact));

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

        contact.SetDetails(Details);
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

        foreach (var details in ValueShrinkers.ContactDetails(Details).Take(2))
        {
            yield return this with { Details = details };
        }

        foreach (var content in Content.Shrink(schema, RecordKind.BusinessContact))
        {
            yield return this with { Content = content };
        }
    }
}
