// A CRM with its own prospect type, scored by LeadKit's engine: check boxes, field rules over the
// CRM's own fields, a history rule over its own touchpoints, and an explanation for every score.
using System;
using System.Linq;
using LeadKit.Querying;
using LeadKit.Samples.Embedding;
using NodaTime;
using static LeadKit.Samples.Embedding.ProspectScoring;

// Scoring reads no clock: the host passes the instant (from its injected IClock, in a real CRM).
var now = SystemClock.Instance.GetCurrentInstant();
Instant DaysAgo(int days) => now - Duration.FromDays(days);

Prospect[] prospects =
[
    new Prospect("Ann Lee", "Contoso", "Web", "ann.lee@contoso.example", "+33 4 72 00 00 00", 420, "EMEA", DaysAgo(40))
    {
        Touchpoints = [new(TouchpointKind.Email, DaysAgo(12)), new(TouchpointKind.Call, DaysAgo(5))],
    }.Check(BudgetConfirmed, DaysAgo(5)).Check(DecisionMaker, DaysAgo(120)),

    new Prospect("Bob Ortiz", "Fabrikam", "Trade Show", "bob@fabrikam.example", null, 12_000, "Americas", DaysAgo(200))
    {
        Touchpoints = [new(TouchpointKind.Meeting, DaysAgo(45)), new(TouchpointKind.SystemChange, DaysAgo(2))],
    },

    new Prospect("Chen Wei", "Northwind", "Referral", null, "(555) 010-0199", 75, "Americas", DaysAgo(9))
    {
        Touchpoints = [new(TouchpointKind.Meeting, DaysAgo(3))],
        ScoreType = LeadKit.Scoring.ScoreType.Manual,
        ManualStars = 5,                                 // a salesperson overrode the stars
    }.Check(DecisionMaker, DaysAgo(3)),
];

// Score and explain each prospect with the CRM's engine and criteria.
foreach (var prospect in prospects)
{
    var explanation = Scorer.Explain(prospect, Profile, now, prospect.Touchpoints);
    Console.WriteLine($"{prospect.Name} ({prospect.Company})");
    Console.WriteLine(explanation);
    Console.WriteLine();
}

// The same filter language selects prospects: compiled once, it runs on the CRM's own type.
var segment = Filter.Parse("custom.Employees >= 50 and (email is not empty or phone is not empty)").Compile<Prospect>();
Console.WriteLine("Companies of 50 people or more that we can reach, best first:");
foreach (var (prospect, score) in prospects.Where(segment)
    .Select(p => (p, Scorer.Score(p, Profile, now, p.Touchpoints)))
    .OrderByDescending(x => x.Item2.Stars))
{
    Console.WriteLine($"  {score.ToStarText()}  {prospect.Name}, {prospect.Company}");
}
