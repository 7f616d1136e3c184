using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.VCard.Mapping;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.VCard;

/// <summary>
/// Maps between a card and a lead: <see cref="ToLead"/> makes an unsaved lead of a card and reports
/// every property that has no place in it (or whose value is not valid for its field), never
/// dropping one silently; <see cref="ToVCard"/> makes a card of a lead's fields. The mapping table
/// is in <c>docs/vcard.md</c>.
/// </summary>
public static partial class VCardLeadMapping
{
    /// <summary>Makes a card of a lead's (or business contact's) fields that vCard holds (the table is in <c>docs/vcard.md</c>).</summary>
    /// <param name="record">The lead or business contact.</param>
    /// <param name="version">The version the card is for: it decides how a mailing address is marked preferred, and which property holds the anniversary, the spouse and the instant-messaging address.</param>
    /// <returns>
    /// The card: FN, N, NICKNAME, X-PHONETIC-*, ORG (company; department), TITLE, ROLE, EMAIL, TEL,
    /// ADR, URL, IMPP (X-MS-IMADDRESS in 2.1), BDAY, ANNIVERSARY (X-ANNIVERSARY in 3.0,
    /// X-MS-ANNIVERSARY in 2.1), RELATED;TYPE=spouse (X-MS-SPOUSE before 4.0), X-MS-MANAGER,
    /// X-MS-ASSISTANT, NOTE and PHOTO, as the record has them.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static VCard ToVCard(ContactRecord record, VCardVersion version = VCardVersion.Version40)
    {
        ArgumentNullException.ThrowIfNull(record);
        var properties = new List<VCardProperty>();
        var name = record.Name;
        properties.Add(VCardProperty.Text("FN", name.FullName));
        properties.Add(VCardProperty.Structured("N", new[] { name.Last, name.First, name.Middle, name.Prefix, name.Suffix }.Select(p => new[] { p ?? string.Empty })));
        Add(properties, "NICKNAME", record.Nickname);
        Add(properties, "X-PHONETIC-FIRST-NAME", record.PhoneticName?.First);
        Add(properties, "X-PHONETIC-LAST-NAME", record.PhoneticName?.Last);
        Add(properties, "X-PHONETIC-ORG", record.PhoneticName?.Company);
        if (record.CompanyName is not null || record.Department is not null)
        {
            string[][] org = record.Department is { } department ? [[record.CompanyName ?? string.Empty], [department]] : [[record.CompanyName!]];
            properties.Add(VCardProperty.Structured("ORG", org));
        }

        Add(properties, "TITLE", record.JobTitle);
        Add(properties, "ROLE", record.Profession);

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

        Add(properties, version == VCardVersion.Version21 ? "X-MS-IMADDRESS" : "IMPP", record.ImAddress);
        Add(properties, "BDAY", Date(record.Birthday, version));
        Add(properties, version switch { VCardVersion.Version21 => "X-MS-ANNIVERSARY", VCardVersion.Version30 => "X-ANNIVERSARY", _ => "ANNIVERSARY" }, Date(record.Anniversary, version));
        if (record.Spouse is { } spouse)
        {
            properties.Add(version == VCardVersion.Version40
                ? VCardProperty.Text("RELATED", spouse, [new VCardParameter("TYPE", "spouse"), new VCardParameter("VALUE", "text")])
                : VCardProperty.Text("X-MS-SPOUSE", spouse));
        }

        Add(properties, "X-MS-MANAGER", record.ManagerName);
        Add(properties, "X-MS-ASSISTANT", record.AssistantName);
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

    private static void Add(List<VCardProperty> properties, string name, string? value)
    {
        if (value is not null)
        {
            properties.Add(name == "NICKNAME" ? VCardProperty.Structured(name, [[value]]) : VCardProperty.Text(name, value));
        }
    }

    /// <summary>A date as the version writes it: <c>1980-03-21</c> in 3.0, <c>19800321</c> in 2.1 and 4.0.</summary>
    private static string? Date(LocalDate? date, VCardVersion version) =>
        date is not { } value ? null
        : LocalDatePattern.CreateWithInvariantCulture(version == VCardVersion.Version30 ? "uuuu'-'MM'-'dd" : "uuuuMMdd").Format(value);

    private static VCardParameter[] Types(IReadOnlyCollection<string> types) => types.Count == 0 ? [] : [new VCardParameter("TYPE", types)];
}
