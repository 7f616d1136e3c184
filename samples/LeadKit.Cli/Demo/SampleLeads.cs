using System;
using System.Collections.Generic;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Cli.Demo;

/// <summary>
/// The demo's sample data, built with the domain API: twenty leads with names, companies, e-mail
/// addresses, phone numbers, sources from <see cref="Picklist.DefaultLeadSources"/>, ratings from
/// <see cref="Picklist.DefaultRatings"/>, a few manual scores and assignments to the demo's users.
/// Companies are the well-known fictitious ones; phone numbers are in the 555-01xx range kept for fiction.
/// </summary>
internal static class SampleLeads
{
    /// <summary>The demo's owner.</summary>
    public const string Owner = "Alex Morgan";

    /// <summary>The demo's other users.</summary>
    public static IReadOnlyList<string> OtherUsers { get; } = ["Priya Raman", "Diego Santos", "Hannah Keller"];

    // Name, title, company, web domain, phone, source, rating, manual stars, assignee (index into
    // the users, owner first; -1 for nobody).
    private static readonly Sample[] Samples =
    [
        new("Ann Lee", "Purchasing Manager", "Northwind Traders", "northwindtraders.example", "+1 206 555 0101", "Trade Show", "Excellent", 5, 1),
        new("Dr. Marcus Bell", "Chief Medical Officer", "Humongous Insurance", "humongousinsurance.example", "+1 312 555 0102", "Seminar", "Good", 4, 2),
        new("Sofia Alvarez", "Operations Director", "Contoso Ltd", "contoso.example", "+44 20 7946 0103", "Web", "Good", null, 3),
        new("Kenji Watanabe", "IT Manager", "Fabrikam Inc", "fabrikam.example", "+1 425 555 0104", "Partner", "Average", 3, 1),
        new("Olivia Chen", "Head of Procurement", "Adventure Works", "adventure-works.example", "+1 503 555 0105", "E-mail Campaign", "Excellent", null, 0),
        new("Liam O'Connor", "Store Owner", "Tailspin Toys", "tailspintoys.example", "+353 1 555 0106", "Word-of-Mouth", "Fair", 2, 2),
        new("Amara Okafor", "Logistics Lead", "Wide World Importers", "wideworldimporters.example", "+1 206 555 0107", "Trade Show", "Good", null, 3),
        new("Lukas Becker", "CTO", "Litware Inc", "litware.example", "+49 30 555 0108", "External Referral", "Excellent", 5, 1),
        new("Isabelle Martin", "Marketing Manager", "Lucerne Publishing", "lucernepublishing.example", "+33 1 55 55 01 09", "Advertisement", "Average", null, -1),
        new("Rahul Mehta", "Finance Director", "Woodgrove Bank", "woodgrovebank.example", "+1 646 555 0110", "Employee Referral", "Good", 4, 0),
        new("Grace Kim", "Research Lead", "Trey Research", "treyresearch.example", "+1 858 555 0111", "Seminar", "Fair", null, 2),
        new("Tomás Silva", "Fleet Manager", "Blue Yonder Airlines", "blueyonderairlines.example", "+351 21 555 0112", "Telemarketing", "Poor", 1, 3),
        new("Emily Clarke", "Dean of Students", "Graphic Design Institute", "graphicdesigninstitute.example", "+1 617 555 0113", "Direct Mail", "Average", null, -1),
        new("Noah Fischer", "Owner", "Coho Winery", "cohowinery.example", "+1 707 555 0114", "Public Relations", "Good", 3, 1),
        new("Chloé Dubois", "Events Coordinator", "Alpine Ski House", "alpineskihouse.example", "+41 27 555 01 15", "Web", "Excellent", null, 2),
        new("Samuel Adeyemi", "Facilities Manager", "City Power & Light", "cpandl.example", "+1 214 555 0116", "Trade Show", "Average", 2, 3),
        new("Hana Novak", "Café Manager", "Fourth Coffee", "fourthcoffee.example", "+1 206 555 0117", "Word-of-Mouth", "Good", null, 0),
        new("Jack Thompson", "Travel Consultant", "Margie's Travel", "margiestravel.example", "+61 2 5550 0118", "Partner", "Fair", null, 1),
        new("Mei Lin", "Product Owner", "Proseware Inc", "proseware.example", "+1 415 555 0119", "E-mail Campaign", "Excellent", 4, 2),
        new("Carlos Romero", "Buyer", "Wingtip Toys", "wingtiptoys.example", "+34 91 555 0120", "Other", "Poor", null, -1),
    ];

    /// <summary>Gets how many leads <see cref="Create"/> makes.</summary>
    public static int Count => Samples.Length;

    /// <summary>Creates the sample leads.</summary>
    /// <param name="clock">Stamps their creation.</param>
    /// <param name="users">The demo's users, owner first (the owner creates every lead).</param>
    /// <returns>New leads, not yet stored.</returns>
    public static IReadOnlyList<Lead> Create(IClock clock, IReadOnlyList<WorkspaceUser> users)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(users);
        var leads = new List<Lead>(Samples.Length);
        string[] criteria = ["budget-confirmed", "decision-maker-identified", "need-identified", "timeline-within-3-months"];
        foreach (var sample in Samples)
        {
            var name = PersonName.Parse(sample.Name);
            var lead = Lead.Create(name, clock, users[0].Id);
            lead.SetJobTitle(sample.Title);
            lead.SetCompanyName(sample.Company);
            lead.AddEmail(EmailEntry.Business(MailboxOf(name) + "@" + sample.Domain, sample.Name));
            lead.AddPhone(new PhoneNumber(PhoneKind.Business, sample.Phone));
            lead.SetWebPage(new Uri("https://www." + sample.Domain + "/"));
            lead.SetSource(new LeadSource(Entry(Picklist.DefaultLeadSources, sample.Source)));
            lead.SetRating(new Rating(Entry(Picklist.DefaultRatings, sample.Rating)));
            if (sample.ManualStars is { } stars)
            {
                lead.SetManualScore(stars);
            }

            // A varied, repeatable set of checked default criteria, so automatic scores differ.
            var pattern = ((leads.Count * 7) + 3) % 16;
            for (var bit = 0; bit < criteria.Length; bit++)
            {
                if ((pattern & (1 << bit)) != 0)
                {
                    lead.CheckCriterion(new CriterionId(criteria[bit]), clock.GetCurrentInstant() - NodaTime.Duration.FromDays(bit * 5));
                }
            }

            if (sample.Assignee >= 0)
            {
                lead.SetAssignedTo(users[sample.Assignee % users.Count].Id);
            }

            leads.Add(lead);
        }

        return leads;
    }

    /// <summary>Takes an entry from a default picklist, so the sample data cannot drift from the library's lists.</summary>
    private static string Entry(Picklist list, string wanted) =>
        list.Contains(wanted) ? wanted : throw new InvalidOperationException($"'{wanted}' is not in the default list.");

    /// <summary>Makes "ann.lee" of "Ann Lee" and "tomas.silva" of "Tomás Silva": plain ASCII local parts.</summary>
    private static string MailboxOf(PersonName name)
    {
        var text = $"{name.First}.{name.Last}".Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private sealed record Sample(string Name, string Title, string Company, string Domain, string Phone, string Source, string Rating, int? ManualStars, int Assignee);
}
