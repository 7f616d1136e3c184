using System;
using System.Collections.Generic;
using System.Globalization;
using LeadKit.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Benchmarks;

/// <summary>Deterministic, realistic leads for the benchmarks (same data in every run).</summary>
public static class SampleLeads
{
    private static readonly string[] First = ["Ann", "Bob", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hiro", "Ines", "Jonas"];
    private static readonly string[] Last = ["Lee", "Martin", "Novak", "O'Brien", "Petit", "Quinn", "Rossi", "Schmidt", "Tanaka", "Urban"];
    private static readonly string[] Companies = ["Contoso", "Fabrikam", "Northwind", "Tailspin", "Wingtip", "Adventure Works"];

    public static FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 27, 9, 0));

    public static List<Lead> Create(int count)
    {
        var leads = new List<Lead>(count);
        for (var i = 0; i < count; i++)
        {
            var first = First[i % First.Length];
            var last = Last[(i / First.Length) % Last.Length];
            var lead = Lead.Create(PersonName.FromParts(null, first, null, last + i.ToString(CultureInfo.InvariantCulture), null), Clock);
            lead.SetCompanyName(Companies[i % Companies.Length]);
            lead.SetJobTitle("Buyer");
            lead.AddEmail(EmailEntry.Business($"{first.ToLowerInvariant()}.{i}@example.com"));
            lead.AddPhone(new PhoneNumber(PhoneKind.Business, "+33 1 23 45 " + (i % 10000).ToString("D4", CultureInfo.InvariantCulture)));
            lead.SetSource(new LeadSource(Picklist.DefaultLeadSources[i % Picklist.DefaultLeadSources.Count]));
            leads.Add(lead);
        }

        return leads;
    }
}
