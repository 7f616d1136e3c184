using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.VCard.Mapping;

namespace LeadKit.VCard;

/// <summary>
/// Maps between a card and a lead: <see cref="ToLead"/> makes an unsaved lead of a card and reports
/// every property that has no place in it (or whose value is not valid for its field), never
/// dropping one silently; <see cref="ToVCard"/> makes a card of a lead's fields. The mapping table
/// is in <c>docs/vcard.md</c>.
/// </summary>
public static partial class VCardLeadMapping
{
    /// <summary>Makes a card of a lead's (or business contact's) fields that vCard holds.</summary>
    /// <param name="record">The lead or business contact.</param>
    /// <param name="version">The version the card is for (it decides how a mailing address is marked preferred).</param>
    /// <returns>The card: FN, N, ORG, TITLE, EMAIL, TEL, ADR, URL, NOTE and PHOTO as the record has them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static VCard ToVCard(ContactRecord record, VCardVersion version = VCardVersion.Version40)
    {
        ArgumentNullException.ThrowIfNull(record);
        var properties = new List<VCardProperty>();
        var name = record.Name;
        properties.Add(VCardProperty.Text("FN", name.FullName));
        properties.Add(VCardProperty.Structured("N", new[] { name.Last, name.First, name.Middle, name.Prefix, name.Suffix }.Select(p => new[] { p ?? string.Empty })));
        if (record.CompanyName is { } company)
        {
            properties.Add(VCardProperty.Structured("ORG", [[company]]));
        }

        if (record.JobTitle is { } title)
        {
            properties.Add(VCardProperty.Text("TITLE", title));
        }

        foreach (var email in record.Emails)
        {
            properties.Add(VCardProperty.Text("EMAIL", email.Address.Value, Types(Kinds.EmailTypes(email.Kind))));
        }

        foreach (var phone in record.Phones)
        {
            properties.Add(VCardProperty.Text("TEL", phone.Number, Types(Kinds.PhoneTypes(phone.Kind))));
        }

        foreach (var address in record.Addresses)
        {
            var types = Kinds.AddressTypes(address.Kind).ToList();
            var parameters = new List<VCardParameter>();
            if (address.IsMailing)
            {
                if (version == VCardVersion.Version40)
                {
                    parameters.Add(new VCardParameter("PREF", "1"));
                }
                else
                {
                    types.Add("pref");
                }
            }

            parameters.AddRange(Types(types));
            string[] components = [address.PoBox ?? string.Empty, string.Empty, address.Street ?? string.Empty, address.City ?? string.Empty, address.State ?? string.Empty, address.PostalCode ?? string.Empty, address.Country ?? string.Empty];
            properties.Add(VCardProperty.Structured("ADR", components.Select(c => new[] { c }), parameters));
        }

        if (record.WebPage is { } webPage)
        {
            properties.Add(VCardProperty.Text("URL", webPage.OriginalString));
        }

        if (record.Comments is { } comments)
        {
            properties.Add(VCardProperty.Text("NOTE", comments));
        }

        if (record.Photo is { } photo)
        {
            properties.Add(VCardProperty.Binary("PHOTO", photo.Content.Span, photo.MediaType));
        }

        return new VCard(version, properties);
    }

    private static VCardParameter[] Types(IReadOnlyCollection<string> types) => types.Count == 0 ? [] : [new VCardParameter("TYPE", types)];
}
