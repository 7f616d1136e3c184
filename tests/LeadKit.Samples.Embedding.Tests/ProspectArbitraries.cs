using FsCheck;
using FsCheck.Fluent;
using LeadKit.History;
using LeadKit.Scoring;
using LeadKit.Testing;
using NodaTime;

namespace LeadKit.Samples.Embedding.Tests;

/// <summary>
/// FsCheck generators for the CRM's own types: prospects with the values the CRM really sees (head
/// counts from 1 to 50 000, regions LeadKit's generated leads never have), shrinking field by field.
/// </summary>
internal static class ProspectArbitraries
{
    private static readonly string?[] Channels = [null, "Web", "Referral", "Trade Show", "Partner"];
    private static readonly string?[] Regions = [null, "EMEA", "Americas", "APAC"];

    /// <summary>Prospects without checks or history (the law kit and the tests add those); shrinks towards a prospect with no optional field.</summary>
    /// <returns>The arbitrary.</returns>
    internal static Arbitrary<Prospect> Prospect() => Arb.From(ProspectGen(), Shrink);

    /// <summary>A prospect with touchpoints up to 90 days before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The instant the tests score for.</param>
    /// <returns>The generator.</returns>
    internal static Gen<Prospect> WithTouchpoints(Instant asOf) =>
        from prospect in ProspectGen()
        from count in Gen.Choose(0, 4)
        from touchpoints in Gen.ListOf(Touchpoint(asOf), count)
        select prospect with { Touchpoints = [.. touchpoints] };

    /// <summary>A touchpoint of any kind up to 90 days before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The latest instant.</param>
    /// <returns>The generator.</returns>
    internal static Gen<Touchpoint> Touchpoint(Instant asOf) =>
        from kind in Gen.Elements(TouchpointKind.Call, TouchpointKind.Meeting, TouchpointKind.Email, TouchpointKind.SystemChange)
        from hoursAgo in Gen.Choose(0, 90 * 24)
        select new Touchpoint(kind, asOf - Duration.FromHours(hoursAgo));

    /// <summary>Gives a prospect the state a scoring law set: the function <see cref="ScoringLawOptions.ScoreFrom{TRecord}"/> needs.</summary>
    /// <param name="prospect">A generated prospect.</param>
    /// <param name="state">The law's score type, manual stars and checks.</param>
    /// <returns>The prospect with that state.</returns>
    internal static Prospect WithState(Prospect prospect, ScoringState state) =>
        prospect with { ScoreType = state.ScoreType, ManualStars = state.ManualStars, Checks = state.Checks };

    /// <summary>The CRM's touchpoint for a history item the law kit generated.</summary>
    /// <param name="item">The item.</param>
    /// <returns>A call, a meeting, or an e-mail for the kinds the CRM has no name for.</returns>
    internal static Touchpoint ToTouchpoint(HistoryItem item) => new(
        item switch
        {
            PhoneLog => TouchpointKind.Call,
            Appointment => TouchpointKind.Meeting,
            _ => TouchpointKind.Email,
        },
        item.OccurredAt);

    private static Gen<Prospect> ProspectGen() =>
        from name in Gen.Elements("Ann Lee", "Bob Ortiz", "Chen Wei", "Dana Kim")
        from company in Gen.Elements(null, "Contoso", "Fabrikam", "Northwind")
        from channel in Gen.Elements(Channels)
        from email in Gen.Elements(null, "sales@contoso.example", "d.kim@northwind.example")
        from phone in Gen.Elements(null, "+33 4 72 00 00 00", "(555) 010-0199")
        from employees in Gen.Frequency(
            (1, Gen.Constant<int?>(null)),
            (2, Gen.Choose(1, 50_000).Select(n => (int?)n)),
            (1, Gen.Elements<int?>(49, 50, 5000, 5001)))
        from region in Gen.Elements(Regions)
        from firstSeen in ScoringGenerators.AsOf()
        select new Prospect(name, company, channel, email, phone, employees, region, firstSeen);

    private static IEnumerable<Prospect> Shrink(Prospect prospect)
    {
        if (prospect.Company is not null)
        {
            yield return prospect with { Company = null };
        }

        if (prospect.Channel is not null)
        {
            yield return prospect with { Channel = null };
        }

        if (prospect.Email is not null)
        {
            yield return prospect with { Email = null };
        }

        if (prospect.Phone is not null)
        {
            yield return prospect with { Phone = null };
        }

        if (prospect.Employees is not null)
        {
            yield return prospect with { Employees = null };
        }

        if (prospect.Region is not null)
        {
            yield return prospect with { Region = null };
        }
    }
}
