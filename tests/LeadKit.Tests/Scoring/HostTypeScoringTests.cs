using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Testing;
using LeadKit.Tests.Properties;
using NodaTime;
using static LeadKit.Tests.LeadScoring.ScoringFixtures;

namespace LeadKit.Tests.LeadScoring;

/// <summary>
/// Data rules on a host's own types: a <see cref="HostCustomer"/> (fields through <see cref="IRecordFields"/>)
/// with <see cref="HostInteraction"/> history (<see cref="IHistoryEntry"/>) scores exactly as a lead with
/// the same data, the law kit runs on it, and a reader that breaks the contract is reported clearly.
/// </summary>
public sealed class HostTypeScoringTests
{
    private static readonly ScoringLawOptions HostOptions =
        ScoringLawOptions.Default.ScoreAs(HostCustomer.FromLead, HostInteraction.FromHistoryItem) with { MaxTest = 200 };

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public Property Score_OfAHostCustomer_EqualsTheScoreOfTheLeadWithTheSameData(ScoringCase c)
    {
        var lead = c.CreateRecord();
        var host = HostCustomer.FromLead(lead);
        var entries = c.History.Select(HostInteraction.FromHistoryItem).ToList();
        var compiled = LeadScorer.Default.Compile(c.Profile);

        var leadScore = LeadScorer.Default.Score(lead, c.Profile, c.AsOf, c.History);
        var hostScore = LeadScorer.Default.Score(host, c.Profile, c.AsOf, entries);
        var leadWhy = LeadScorer.Default.Explain(lead, c.Profile, c.AsOf, c.History);
        var hostWhy = LeadScorer.Default.Explain(host, c.Profile, c.AsOf, entries);
        var leadMask = compiled.MaskOf(lead, c.AsOf, c.History);
        var hostMask = compiled.MaskOf(host, c.AsOf, entries);

        return (hostScore.Equals(leadScore) && hostWhy.Equals(leadWhy) && hostMask == leadMask)
            .Label($"lead: {leadWhy}\nhost: {hostWhy}\nmasks {leadMask:X} / {hostMask:X}");
    }

    [Fact]
    public void CompiledFilter_OnAHostCustomer_MatchesExactlyTheLeadsWithTheSameData()
    {
        var filters =
            from a in ScoringGenerators.FieldCondition()
            from b in ScoringGenerators.FieldCondition()
            from shape in Gen.Choose(0, 3)
            select shape switch { 0 => a, 1 => a & b, 2 => a | !b, _ => !(a & b) };
        var cases = Gen.Zip(ScoringGenerators.ScoringCase(), filters).ToArbitrary();

        PropertyRunner.Check(300, Prop.ForAll(cases, pair =>
        {
            var (c, filter) = pair;
            var lead = c.CreateRecord();
            var expected = filter.Compile()(lead);
            return (filter.Compile<HostCustomer>()(HostCustomer.FromLead(lead)) == expected
                    && filter.Compile<IRecordFields>()(lead) == expected
                    && filter.Compile<Lead>()(lead) == expected)
                .Label($"{filter} on {c}");
        }));
    }

    [Fact]
    public void ScoringLaws_OnAHostType_HoldEveryLaw()
    {
        var report = ScoringLaws.Run(LeadScorer.Default, HostOptions);

        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void ScoringLaws_OnAHostType_RunACodeRuleThatReadsTheFieldsOfTheHostType()
    {
        // A C# rule written against IRecordFields reads a HostCustomer as it reads a lead.
        var recent = new CodeRule(
            "recent",
            context => context.Fields.GetValues(RecordField.Created) is [Instant created] && context.AsOf - created <= Duration.FromDays(30));
        var options = HostOptions with { Criteria = [new ScoringCriterion(new CriterionId("recent"), "Recent", Weight.High, recent)] };

        var report = ScoringLaws.Run(LeadScorer.Default, options);

        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void ScoringLaws_OnAHostConversionThatDropsTheChecks_BreakExtremes()
    {
        // The kit checks the host's conversion too: a record that forgets its checks never reaches MaxStars.
        var forgetful = ScoringLawOptions.Default.ScoreAs(lead => HostCustomer.FromLead(lead) with { Checks = CriterionStates.Empty }) with { MaxTest = 200 };

        var result = ScoringLaws.Run(ScoringLaw.Extremes, LeadScorer.Default, forgetful);

        Assert.False(result.Passed);
        Assert.Contains("with every criterion checked at asOf (rules removed)", result.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldCondition_OnAFieldTheHostDoesNotHave_ReadsAsEmpty()
    {
        var profile = new ScoringProfile(
        [
            new ScoringCriterion(A, "No title", Weight.High, ScoringRule.Parse("title is empty")),
            new ScoringCriterion(B, "CEO", Weight.Normal, ScoringRule.Parse("title = \"CEO\"")),
            new ScoringCriterion(C, "Unknown custom field", Weight.Low, ScoringRule.Parse("custom.Budget >= 1")),
        ]);
        var host = HostCustomer.FromLead(NewLead());

        var explanation = LeadScorer.Default.Explain(host, profile, AsOf);

        Assert.Equal([true, false, false], explanation.Criteria.Select(l => l.Met));
        Assert.Equal(["title is empty", "title is empty", "custom.Budget is empty"], explanation.Criteria.Select(l => l.Evidence));
    }

    [Fact]
    public void FieldCondition_OnAHostWithPhonesAsTyped_ComparesDigits()
    {
        var host = HostCustomer.FromLead(NewLead()) with { PhonesAsTyped = ["+1 (555) 010-0"] };
        var profile = new ScoringProfile([new ScoringCriterion(A, "A", Weight.High, ScoringRule.Parse("phone = \"+1 555 0100\""))]);

        var line = Assert.Single(LeadScorer.Default.Explain(host, profile, AsOf).Criteria);

        Assert.True(line.Met);
        Assert.Equal("phone = \"+15550100\"", line.Evidence);
    }

    [Fact]
    public void HistoryCondition_OnHostEntries_SeesTheirKindAndIgnoresEntriesWithoutOne()
    {
        var profile = new ScoringProfile(
        [
            new ScoringCriterion(A, "Any", Weight.High, ScoringRule.Parse("history.any within 2d")),
            new ScoringCriterion(B, "Call", Weight.Normal, ScoringRule.Parse("history.phoneLog within 2d")),
        ]);
        var host = HostCustomer.FromLead(NewLead());

        var activityOnly = LeadScorer.Default.Explain(host, profile, AsOf, [new HostInteraction(null, AsOf - Duration.FromHours(1))]);
        var email = LeadScorer.Default.Explain(host, profile, AsOf, [new HostInteraction(HistoryKind.Any, AsOf - Duration.FromHours(1))]);
        var call = LeadScorer.Default.Explain(host, profile, AsOf, [new HostInteraction(HistoryKind.PhoneLog, AsOf - Duration.FromHours(1))]);

        Assert.Equal([false, false], activityOnly.Criteria.Select(l => l.Met));
        Assert.Equal([true, false], email.Criteria.Select(l => l.Met));
        Assert.Equal([true, true], call.Criteria.Select(l => l.Met));
        Assert.Equal("last phoneLog at 2026-11-27T08:00:00Z (1h before asOf)", call.Criteria[1].Evidence);
    }

    [Fact]
    public void HistoryItems_AreEntriesOfTheirKind_AndActivityHasNone()
    {
        var lead = NewLead();
        IHistoryEntry call = Call(lead.Reference, AsOf);
        IHistoryEntry activity = new ActivityEntry(HistoryItemId.New(), lead.Reference, ActivityKind.Assigned, "Assigned to Ann Lee", AsOf);

        Assert.Equal(HistoryKind.PhoneLog, call.Kind);
        Assert.Equal(HistoryKind.Note, ((IHistoryEntry)Note(lead.Reference, AsOf)).Kind);
        Assert.Equal(HistoryKind.Appointment, ((IHistoryEntry)Meeting(lead.Reference, AsOf)).Kind);
        Assert.Null(activity.Kind);
        Assert.Equal(AsOf, call.OccurredAt);
    }

    [Fact]
    public void FieldCondition_WhenTheReaderReturnsNull_FailsNamingTheCriterionAndTheField()
    {
        var profile = new ScoringProfile([new ScoringCriterion(A, "A", Weight.High, ScoringRule.Parse("source = \"Web\""))]);

        var ex = Assert.Throws<ScoringException>(() => LeadScorer.Default.Score(new ReaderHost(_ => null), profile, AsOf));

        Assert.Equal(A, ex.Criterion);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("ReaderHost.GetValues returned null for 'source'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("custom.Employees >= 50", "returned a Int32 for 'custom.Employees' (Dynamic)")]
    [InlineData("created < 2026-01-01T00:00:00Z", "returned a String for 'created' (Instant)")]
    [InlineData("source = \"Web\"", "returned 2 values for 'source', which holds one value at most")]
    public void FieldCondition_WhenTheReaderBreaksTheContract_FailsSayingHow(string rule, string expected)
    {
        var profile = new ScoringProfile([new ScoringCriterion(A, "A", Weight.High, ScoringRule.Parse(rule))]);
        var host = new ReaderHost(field =>
            field.IsCustom ? [50]
            : field == RecordField.Created ? ["2025-01-01"]
            : ["Web", "Referral"]);

        var ex = Assert.Throws<ScoringException>(() => LeadScorer.Default.Explain(host, profile, AsOf));

        Assert.Equal(A, ex.Criterion);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompiledFilter_WhenTheReaderReturnsANullValue_Throws()
    {
        var matches = Filter.Parse("email is not empty").Compile<ReaderHost>();

        var ex = Assert.Throws<InvalidOperationException>(() => matches(new ReaderHost(_ => [null!])));

        Assert.Contains("returned null for 'email'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void History_WithANullEntry_FailsNamingTheCriterion()
    {
        var profile = new ScoringProfile([new ScoringCriterion(A, "A", Weight.High, ScoringRule.Parse("history.any is not empty"))]);

        var ex = Assert.Throws<ScoringException>(() => LeadScorer.Default.Score(NewLead(), profile, AsOf, [null!]));

        Assert.Equal(A, ex.Criterion);
        Assert.Contains("null entry", ex.Message, StringComparison.Ordinal);
    }
}
