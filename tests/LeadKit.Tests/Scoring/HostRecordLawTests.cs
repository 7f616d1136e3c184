using FsCheck;
using FsCheck.Fluent;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Testing;
using NodaTime;

namespace LeadKit.Tests.LeadScoring;

/// <summary>
/// The law kit on records from a host's own arbitrary (<see cref="ScoringLawOptions.ScoreFrom{TRecord}"/>):
/// every law holds on LeadKit's engine, the laws' state reaches the record through the host's
/// <c>withState</c>, a rule that only breaks on values LeadKit's leads never have is caught, and the
/// counterexample is the host's record, shrunk with the host's shrinker.
/// </summary>
public sealed class HostRecordLawTests
{
    // Aerospace, a sector generated leads never have, comes up often: the tests below need it.
    private static readonly string[] Sectors = ["Software", "Retail", "Manufacturing", "Aerospace"];

    private static readonly ScoringLawOptions OwnRecords =
        ScoringLawOptions.Default.ScoreFrom(Customers(), WithState, HostInteraction.FromHistoryItem) with { MaxTest = 200 };

    /// <summary>
    /// A C# rule that gets truer as time passes ("no call for a month": law 10 forbids it), but only in a
    /// sector LeadKit's generated leads never have.
    /// </summary>
    private static readonly ScoringCriterion AerospaceFollowUp = FollowUp(record => record is HostCustomer { Sector: "Aerospace" });

    [Fact]
    public void ScoringLaws_OnHostRecordsFromTheirOwnArbitrary_HoldEveryLaw()
    {
        var report = ScoringLaws.Run(LeadScorer.Default, OwnRecords);

        Assert.True(report.Passed, report.ToString());
        Assert.All(report.Results, result => Assert.Equal(200, result.Tests));
    }

    [Fact]
    public void ScoringLaws_OnARuleBrokenOnlyForValuesLeadsNeverHave_PassFromLeadsButFailFromTheHostsArbitrary()
    {
        var fromLeads = ScoringLawOptions.Default.ScoreAs(HostCustomer.FromLead, HostInteraction.FromHistoryItem) with { Criteria = [AerospaceFollowUp], MaxTest = 500 };
        var fromHost = OwnRecords with { Criteria = [AerospaceFollowUp], MaxTest = 500 };

        var converted = ScoringLaws.Run(ScoringLaw.Decay, LeadScorer.Default, fromLeads);
        var own = ScoringLaws.Run(ScoringLaw.Decay, LeadScorer.Default, fromHost);

        Assert.True(converted.Passed, converted.Message);
        Assert.False(own.Passed);
        var customer = Assert.IsType<HostCustomer>(own.Counterexample!.HostRecord);
        Assert.Equal("Aerospace", customer.Sector);
        Assert.Contains("moving asOf forward", own.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoringLaws_FailingOnAHostRecord_ShrinkItWithTheHostsShrinkerAndShowIt()
    {
        var result = ScoringLaws.Run(ScoringLaw.Decay, LeadScorer.Default, OwnRecords with { Criteria = [AerospaceFollowUp], MaxTest = 500 });

        // The shrinker drops every field the failure does not need; the sector stays.
        var customer = Assert.IsType<HostCustomer>(result.Counterexample!.HostRecord);
        Assert.Null(customer.Channel);
        Assert.Null(customer.Organisation);
        Assert.Empty(customer.Mailboxes);
        Assert.Empty(customer.PhonesAsTyped);
        Assert.Null(customer.Headcount);
        Assert.Contains("\n  record: HostCustomer { Joined = ", result.Message, StringComparison.Ordinal);
        Assert.Contains("\n  history: phoneLog at ", result.Message, StringComparison.Ordinal);
        Assert.Contains("Sector = Aerospace", result.Message, StringComparison.Ordinal);
        Assert.Contains("\n  state: Automatic; ", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n  lead: ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoringLaws_WithAWithStateThatDropsTheChecks_BreakExtremes()
    {
        // The laws reach the record only through withState: one that forgets the checks never reaches MaxStars.
        var forgetful = ScoringLawOptions.Default.ScoreFrom(Customers(), (customer, state) => WithState(customer, state) with { Checks = CriterionStates.Empty }) with { MaxTest = 200 };

        var result = ScoringLaws.Run(ScoringLaw.Extremes, LeadScorer.Default, forgetful);

        Assert.False(result.Passed);
        Assert.Contains("with every criterion checked at asOf (rules removed)", result.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoringLaws_WithStateGetsTheStateTheLawSet()
    {
        // Law 8 sets a manual score; the record must carry it.
        var seen = new List<ScoringState>();
        var options = ScoringLawOptions.Default.ScoreFrom(Customers(), (customer, state) =>
        {
            lock (seen)
            {
                seen.Add(state);
            }

            return WithState(customer, state);
        }) with { MaxTest = 50 };

        var result = ScoringLaws.Run(ScoringLaw.ManualDominance, LeadScorer.Default, options);

        Assert.True(result.Passed, result.Message);
        Assert.Contains(seen, state => state.ScoreType == ScoreType.Manual && state.ManualStars is not null);
        Assert.Contains(seen, state => state.ScoreType == ScoreType.Automatic);
    }

    [Fact]
    public void ScoringLaws_WhenWithStateReturnsNull_ReportTheHostType()
    {
        var options = ScoringLawOptions.Default.ScoreFrom(Customers(), (_, _) => null!) with { MaxTest = 10 };

        var result = ScoringLaws.Run(ScoringLaw.Bounds, LeadScorer.Default, options);

        Assert.False(result.Passed);
        Assert.Contains("The withState function of HostCustomer given to ScoringLawOptions.ScoreFrom returned null.", result.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoringLaws_WhenTheHostRecordsToStringThrows_StillShowTheCounterexample()
    {
        var records = Customers().Generator.Select(customer => new UnprintableCustomer(customer)).ToArbitrary();
        var options = ScoringLawOptions.Default.ScoreFrom(records, (record, state) => new UnprintableCustomer(WithState(record.Customer, state)), HostInteraction.FromHistoryItem) with
        {
            Criteria = [FollowUp(record => record is UnprintableCustomer { Customer.Sector: "Aerospace" })],
            MaxTest = 500,
        };

        var result = ScoringLaws.Run(ScoringLaw.Decay, LeadScorer.Default, options);

        Assert.False(result.Passed);
        Assert.Contains("record: UnprintableCustomer (its ToString threw InvalidOperationException: not printable)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreFrom_WithoutAnArbitraryOrAWithState_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ScoringLawOptions.Default.ScoreFrom<HostCustomer>(null!, WithState));
        Assert.Throws<ArgumentNullException>(() => ScoringLawOptions.Default.ScoreFrom(Customers(), null!));
    }

    [Fact]
    public void ScoreAs_AfterScoreFrom_ScoresConvertedLeadsAgain()
    {
        var options = OwnRecords.ScoreAs(HostCustomer.FromLead) with { MaxTest = 20 };

        var cases = ScoringGenerators.ScoringCase(options).Sample(20);

        Assert.All(cases, c => Assert.Null(c.HostRecord));
        Assert.NotNull(options.Record);
    }

    /// <summary>A host record whose <c>ToString</c> throws.</summary>
    private sealed class UnprintableCustomer(HostCustomer customer) : IScorableRecord
    {
        public HostCustomer Customer => customer;

        public ScoreType ScoreType => customer.ScoreType;

        public int? ManualStars => customer.ManualStars;

        public IReadOnlyDictionary<CriterionId, Instant> CriterionChecks => customer.Checks;

        public IRecordFields? Fields => customer;

        public override string ToString() => throw new InvalidOperationException("not printable");
    }

    private static ScoringCriterion FollowUp(Func<IScorableRecord, bool> applies) => new(
        new CriterionId("aerospace-follow-up"),
        "Aerospace customer without a call for a month",
        Weight.Normal,
        new CodeRule("aerospace-follow-up", context =>
            applies(context.Record)
            && !context.History.Any(entry => entry.Kind == HistoryKind.PhoneLog && entry.OccurredAt <= context.AsOf && context.AsOf - entry.OccurredAt <= Duration.FromDays(30))));

    private static HostCustomer WithState(HostCustomer customer, ScoringState state) =>
        customer with { ScoreType = state.ScoreType, ManualStars = state.ManualStars, Checks = state.Checks };

    /// <summary>The host's own arbitrary: head counts up to 100 000 and a sector leads never have; shrinks field by field.</summary>
    private static Arbitrary<HostCustomer> Customers()
    {
        var customers =
            from joined in ScoringGenerators.AsOf()
            from channel in Gen.Elements(null, "Web", "Referral", "Partner")
            from organisation in Gen.Elements(null, "Contoso", "Initech")
            from mailboxes in Gen.SubListOf("ann@contoso.com", "ops@initech.example")
            from phones in Gen.SubListOf("+1 (555) 010-0", "555 0199")
            from headcount in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (3, Gen.Choose(0, 100_000).Select(n => (decimal?)n)))
            from sector in Gen.Frequency((1, Gen.Elements(Sectors.Prepend(null).ToArray())), (2, Gen.Constant<string?>("Aerospace")))
            select new HostCustomer(joined, channel, organisation, [.. mailboxes], [.. phones], headcount, sector, ScoreType.Automatic, null, CriterionStates.Empty);
        return Arb.From(customers, Shrink);
    }

    private static IEnumerable<HostCustomer> Shrink(HostCustomer customer)
    {
        if (customer.Channel is not null)
        {
            yield return customer with { Channel = null };
        }

        if (customer.Organisation is not null)
        {
            yield return customer with { Organisation = null };
        }

        if (customer.Mailboxes.Length > 0)
        {
            yield return customer with { Mailboxes = [] };
        }

        if (customer.PhonesAsTyped.Length > 0)
        {
            yield return customer with { PhonesAsTyped = [] };
        }

        if (customer.Headcount is not null)
        {
            yield return customer with { Headcount = null };
        }

        if (customer.Sector is not null)
        {
            yield return customer with { Sector = null };
        }
    }
}
