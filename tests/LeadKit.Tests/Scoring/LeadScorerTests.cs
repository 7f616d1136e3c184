using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;
using static LeadKit.Tests.LeadScoring.ScoringFixtures;

namespace LeadKit.Tests.LeadScoring;

/// <summary>The engine: manual override, decay, rules over checks, stale checks, custom formulas, and every kind of scorable record.</summary>
public sealed class LeadScorerTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 4)]
    [InlineData(5, 5)]
    [InlineData(8, 5)]
    public void ManualScore_ShowsTheManualStarsCappedAtMaxStars_AndStillComputesTheAutomaticResult(int manual, int shown)
    {
        var lead = NewLead(A, B);
        lead.SetManualScore(manual);

        var score = LeadScorer.Default.Score(lead, Abc, AsOf);

        Assert.Equal(ScoreType.Manual, score.ScoreType);
        Assert.Equal(shown, score.Stars);
        Assert.Equal(manual, score.ManualStars);
        Assert.Equal(4, score.AutomaticStars);
        Assert.Equal((5, 4), (score.Met, score.Points));
    }

    [Fact]
    public void SwitchingBackToAutomatic_RestoresTheComputedStars()
    {
        var lead = NewLead(A);
        lead.SetManualScore(1);
        lead.SetAutomaticScore();

        var score = LeadScorer.Default.Score(lead, Abc, AsOf);

        Assert.Equal(ScoreType.Automatic, score.ScoreType);
        Assert.Equal(3, score.Stars);
        Assert.Equal(1, score.ManualStars);
    }

    [Fact]
    public void ManualHostRecord_WithoutStars_IsRefused()
    {
        var host = new HostRecord(CriterionStates.Empty, ScoreType.Manual);

        Assert.Throws<ScoringException>(() => LeadScorer.Default.Score(host, Abc, AsOf));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(89, true)]
    [InlineData(90, true)]
    [InlineData(91, false)]
    public void Validity_ACheckOlderThanThePeriodNoLongerCounts(int daysOld, bool counts)
    {
        var profile = Abc.WithValidity(A, Duration.FromDays(90));
        var lead = NewLead();
        var checkedAt = AsOf - Duration.FromDays(daysOld);
        lead.CheckCriterion(A, checkedAt);

        var line = LeadScorer.Default.Explain(lead, profile, AsOf).Criteria[0];

        Assert.Equal(counts, line.Met);
        Assert.Equal(counts ? CriterionReason.Checked : CriterionReason.Expired, line.Reason);
        Assert.Equal(checkedAt, line.CheckedAt);
        Assert.Equal(counts ? null : checkedAt + Duration.FromDays(90), line.ExpiredAt);
        Assert.Equal(counts ? 3 : -3, line.Contribution);
    }

    [Fact]
    public void HistoryAny_SystemActivityIsNotCommunication()
    {
        var profile = Abc.WithRule(A, ScoringRule.HistoryWithin(HistoryKind.Any, Duration.FromDays(7)));
        var lead = NewLead();
        var assigned = new ActivityEntry(HistoryItemId.New(), lead.Reference, ActivityKind.Assigned, "Assigned to Ann Lee", AsOf - Duration.FromDays(1));
        var note = new BusinessNote(HistoryItemId.New(), lead.Reference, "Called back", null, AsOf - Duration.FromDays(1));

        Assert.Equal(0, LeadScorer.Default.Score(lead, profile, AsOf, [assigned]).Met);
        Assert.Equal(3, LeadScorer.Default.Score(lead, profile, AsOf, [assigned, note]).Met);
    }

    [Fact]
    public void Validity_OneTickPastThePeriod_Expires()
    {
        var profile = Abc.WithValidity(A, Duration.FromDays(90));
        var lead = NewLead();
        lead.CheckCriterion(A, AsOf - Duration.FromDays(90) - Duration.Epsilon);

        Assert.Equal(0, LeadScorer.Default.Score(lead, profile, AsOf).Met);
    }

    [Fact]
    public void Decay_TheSameRecordLosesStarsAsTimePasses()
    {
        var profile = Abc.WithValidity(A, Duration.FromDays(30)).WithValidity(B, Duration.FromDays(60));
        var lead = NewLead(A, B, C);

        var stars = new[] { 0, 31, 61 }.Select(d => LeadScorer.Default.Score(lead, profile, AsOf + Duration.FromDays(d)).Stars).ToList();

        Assert.Equal([5, 3, 1], stars);
    }

    [Fact]
    public void CheckAfterAsOf_StillCounts()
    {
        // Only expiry depends on asOf, so moving asOf forward can never make a check start counting (law 10).
        var lead = NewLead();
        lead.CheckCriterion(A, AsOf + Duration.FromDays(3));

        Assert.Equal(3, LeadScorer.Default.Score(lead, Abc, AsOf).Met);
    }

    [Fact]
    public void RuleCriterion_IgnoresItsCheckBox()
    {
        var profile = Abc.WithRule(A, ScoringRule.Parse("company = \"Contoso\""));
        var checkedButNotContoso = NewLead(A);
        var contosoUnchecked = NewLead();
        contosoUnchecked.SetCompanyName("Contoso");

        var first = LeadScorer.Default.Explain(checkedButNotContoso, profile, AsOf).Criteria[0];
        var second = LeadScorer.Default.Explain(contosoUnchecked, profile, AsOf).Criteria[0];

        Assert.Equal((false, CriterionReason.RuleNotMatched, "company is empty"), (first.Met, first.Reason, first.Evidence));
        Assert.Equal((true, CriterionReason.RuleMatched, "company = \"Contoso\""), (second.Met, second.Reason, second.Evidence));
        Assert.Null(first.CheckedAt);
    }

    [Fact]
    public void EmptyProfile_GivesZeroEverything()
    {
        var score = LeadScorer.Default.Score(NewLead(A), ScoringProfile.Empty, AsOf);

        Assert.Equal((0, 0, 0, 0, Fraction.Zero), (score.Stars, score.Met, score.Total, score.Points, score.Percent));
    }

    [Fact]
    public void HostRecord_IsScoredLikeALead()
    {
        Assert.Equal(LeadScorer.Default.Score(NewLead(A, C), Abc, AsOf), LeadScorer.Default.Score(Host(A, C), Abc, AsOf));
    }

    [Fact]
    public void BusinessContact_IsScoredByTheSameEngine()
    {
        var contact = BusinessContact.Restore(new ContactId(Guid.Parse("0193b6a1-0000-7000-8000-000000000002")), new PersonName("Bo Chen"), AsOf);
        contact.CheckCriterion(A, AsOf);
        contact.CheckCriterion(B, AsOf);
        var lead = NewLead(A, B);
        var converted = lead.Copy();

        Assert.Equal(4, LeadScorer.Default.Score(contact, Abc, AsOf).Stars);
        Assert.Equal(LeadScorer.Default.Score(lead, Abc, AsOf), LeadScorer.Default.Score(converted, Abc, AsOf));
    }

    [Fact]
    public void CustomAggregationAndStarMapping_AreUsedEverywhere()
    {
        var scorer = new LeadScorer(new MetOnlyAggregation(), new CeilingStarMapping());
        var lead = NewLead(C);

        var explanation = scorer.Explain(lead, Abc, AsOf);
        var compiled = scorer.Compile(Abc);

        Assert.Equal(1, explanation.Score.Points);
        Assert.Equal(1, explanation.Score.AutomaticStars);
        Assert.Equal([0, 0, 1], explanation.Criteria.Select(l => l.Contribution));
        Assert.Equal(explanation.Score, compiled.Score(compiled.MaskOf(lead, AsOf)));
        Assert.Equal(2, scorer.Score(NewLead(B), Abc, AsOf).AutomaticStars);
    }

    [Fact]
    public void Explanation_ToString_ReadsLineByLine()
    {
        var text = LeadScorer.Default.Explain(NewLead(A), Abc, AsOf).ToString();

        Assert.Equal(
            "★★★☆☆ 3/5 (automatic: M 3 of W 6, 50 %, 0 points) as of 2026-11-27T09:00:00Z, profile v1\n"
            + "  a \"A\" High (3): +3, met: checked at 2026-11-27T09:00:00Z\n"
            + "  b \"B\" Normal (2): -2, not met: unchecked\n"
            + "  c \"C\" Low (1): -1, not met: unchecked",
            text);
    }

    private sealed class MetOnlyAggregation : IScoreAggregation
    {
        public int Contribution(Weight weight, int points, bool met) => met ? points : 0;
    }

    private sealed class CeilingStarMapping : IStarMapping
    {
        public int ToStars(int met, int total, int maxStars) => total == 0 ? 0 : ((maxStars * met) + total - 1) / total;
    }
}
