using System.Collections.Generic;
using LeadKit.Contacts;
using LeadKit.Leads;

namespace LeadKit.Conversion;

/// <summary>A lead that was converted, the business contact it became, and the values that had no place on it (kept on the lead).</summary>
public sealed class ConvertedLead
{
    internal ConvertedLead(LeadId lead, ContactId contact, IReadOnlyList<CustomFieldMapping> unmapped)
    {
        Lead = lead;
        Contact = contact;
        Unmapped = unmapped;
    }

    /// <summary>Gets the lead (it stays, linked to the contact through <see cref="Lead.ConvertedTo"/>).</summary>
    public LeadId Lead { get; }

    /// <summary>Gets the business contact it became (linked back through <see cref="BusinessContact.ConvertedFrom"/>).</summary>
    public ContactId Contact { get; }

    /// <summary>Gets the custom-field values that had no place on the contact.</summary>
    public IReadOnlyList<CustomFieldMapping> Unmapped { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Lead} → {Contact}";
}
