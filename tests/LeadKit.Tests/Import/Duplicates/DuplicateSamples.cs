using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Tests.Import.Duplicates;

/// <summary>Builds the leads the duplicate tests key and index.</summary>
internal static class DuplicateSamples
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 27, 9, 0));

    internal static Lead Lead(string name, string? company = null, IEnumerable<string>? emails = null, IEnumerable<string>? phones = null)
    {
        var lead = LeadKit.Leads.Lead.Create(PersonName.Parse(name), Clock);
        lead.SetCompanyName(company);
        foreach (var email in emails ?? [])
        {
            lead.AddEmail(EmailEntry.Business(email));
        }

        foreach (var phone in phones ?? [])
        {
            lead.AddPhone(new PhoneNumber(PhoneKind.Business, phone));
        }

        return lead;
    }

    internal static MatchKey Email(string value) => new(DuplicateRule.Email, value);

    internal static MatchKey Phone(string value) => new(DuplicateRule.Phone, value);

    internal static MatchKey NameAndCompany(string value) => new(DuplicateRule.NameAndCompany, value);
}
