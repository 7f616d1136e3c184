using System.IO;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Querying;
using LeadKit.Scoring;
using NodaTime;
using static LeadKit.Samples.Embedding.ProspectScoring;

namespace LeadKit.Samples.Embedding.Tests;

/// <summary>The CRM's rules and aggregation, property by property, on its own generated prospects.</summary>
public sealed class ProspectScoringTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2026, 11, 27, 9, 0);

    private static Arbitrary<Prospect> Prospects => ProspectArbitraries.WithTouchpoints(AsOf).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property TargetSize_IsMet_ExactlyFor50To5000Employees() => Prop.ForAll(Prospects, prospect =>
        Met(prospect, TargetSize) == prospect.Employees is >= 50 and <= 5000);

    [Property(MaxTest = 300)]
    public Property Inbound_IsMet_ExactlyForWebOrReferralInARegionWeServe() => Prop.ForAll(Prospects, prospect =>
        Met(prospect, Inbound) == (prospect.Channel is "Web" or "Referral" && prospect.Region is "EMEA" or "Americas"));

    [Property(MaxTest = 300)]
    public Property Engaged_IsMet_ExactlyForACallOrMeetingInTheLast30Days() => Prop.ForAll(Prospects, prospect =>
        Met(prospect, Engaged) == prospect.Touchpoints.Any(t =>
            t.Kind is TouchpointKind.Call or TouchpointKind.Meeting && t.At <= AsOf && AsOf - t.At <= Duration.FromDays(30)));

    [Property(MaxTest = 300)]
    public Property Reachable_IsMet_ExactlyWithAnEmailAndAPhone() => Prop.ForAll(Prospects, prospect =>
        Met(prospect, Reachable) == (prospect.Email is not null && prospect.Phone is not null));

    [Property(MaxTest = 300)]
    public Property NoPenaltyAggregation_GivesTheMetPoints_AndTheStandardStars() => Prop.ForAll(Prospects, prospect =>
    {
        var ours = Scorer.Explain(prospect, Profile, AsOf, prospect.Touchpoints);
        var standard = LeadScorer.Default.Score(prospect, Profile, AsOf, prospect.Touchpoints);
        return (ours.Score.Points == ours.Score.Met
                && ours.Criteria.All(line => line.Contribution == (line.Met ? line.Points : 0))
                && ours.Score.Stars == standard.Stars
                && ours.Score.Percent == standard.Percent)
            .Label(ours.ToString());
    });

    [Property(MaxTest = 300)]
    public Property SegmentFilter_OnProspects_AgreesWithTheCrmsOwnPredicate() => Prop.ForAll(Prospects, prospect =>
    {
        var segment = Filter.Parse("custom.Employees >= 50 and (email is not empty or phone is not empty)").Compile<Prospect>();
        return segment(prospect) == (prospect.Employees >= 50 && (prospect.Email is not null || prospect.Phone is not null));
    });

    [Fact]
    public void DecisionMaker_CheckedLongerAgoThan90Days_NoLongerCounts()
    {
        var prospect = new Prospect("Ann Lee", "Contoso", null, null, null, null, null, AsOf - Duration.FromDays(200));

        var recent = Scorer.Explain(prospect.Check(DecisionMaker, AsOf - Duration.FromDays(90)), Profile, AsOf);
        var old = Scorer.Explain(prospect.Check(DecisionMaker, AsOf - Duration.FromDays(91)), Profile, AsOf);

        Assert.Equal(CriterionReason.Checked, Line(recent, DecisionMaker).Reason);
        Assert.Equal(CriterionReason.Expired, Line(old, DecisionMaker).Reason);
    }

    [Fact]
    public void Touchpoints_WithoutCommunication_AreNotSeenByHistoryRules()
    {
        var prospect = new Prospect("Bob Ortiz", null, null, null, null, null, null, AsOf - Duration.FromDays(10));
        var anyContact = new ScoringProfile([new ScoringCriterion(new CriterionId("contact"), "Any contact", Weight.Low, ScoringRule.Parse("history.any within 7d"))]);
        var systemChange = new Touchpoint(TouchpointKind.SystemChange, AsOf - Duration.FromDays(1));
        var email = new Touchpoint(TouchpointKind.Email, AsOf - Duration.FromDays(1));

        Assert.Equal(0, Scorer.Score(prospect, anyContact, AsOf, [systemChange]).Met);
        Assert.Equal(1, Scorer.Score(prospect, anyContact, AsOf, [email]).Met);
    }

    [Fact]
    public void Sample_Runs_AndPrintsAnExplanationForEveryProspect()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            typeof(Prospect).Assembly.EntryPoint!.Invoke(null, [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(original);
        }

        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.Contains("Ann Lee (Contoso)\n★★★★☆ 4/5", text, StringComparison.Ordinal);
        Assert.Contains("Chen Wei (Northwind)\n★★★★★ 5/5 (manual; automatic 3", text, StringComparison.Ordinal);
        Assert.Contains("target-size \"50 to 5 000 employees\" Normal (2): +2, met: rule matched (custom.Employees = 420)", text, StringComparison.Ordinal);
        Assert.Contains("engaged \"A call or a meeting in the last 30 days\" Normal (2): 0, not met: rule not matched (no phoneLog up to asOf; last appointment at ", text, StringComparison.Ordinal);
        Assert.Contains("  ★★★★★  Chen Wei, Northwind\n  ★★★★☆  Ann Lee, Contoso\n  ☆☆☆☆☆  Bob Ortiz, Fabrikam", text, StringComparison.Ordinal);
    }

    private static bool Met(Prospect prospect, CriterionId criterion) =>
        Line(Scorer.Explain(prospect, Profile, AsOf, prospect.Touchpoints), criterion).Met;

    private static CriterionExplanation Line(ScoreExplanation explanation, CriterionId criterion) =>
        explanation.Criteria.Single(line => line.Id == criterion);
}
