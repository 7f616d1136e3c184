using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Testing;
using NodaTime;

namespace LeadKit.Tests.LeadScoring;

/// <summary>
/// The law kit catches broken scorers — an aggregation that subtracts met points, a star mapping
/// that counts points instead of a proportion, a rule that gets truer with time, a scorer that reads
/// the clock — and reports a shrunk counterexample that replays.
/// </summary>
public sealed class ScoringLawKitTests
{
    private static readonly ScoringLawOptions Options = new() { MaxTest = 300 };

    [Fact]
    public void Run_AggregationThatSubtractsMetPoints_BreaksMonotonicityWithAShrunkCounterexample()
    {
        var broken = new LeadScorer(aggregation: new SubtractingAggregation());

        var result = ScoringLaws.Run(ScoringLaw.Monotonicity, broken, Options);

        Assert.False(result.Passed);
        var counterexample = Assert.IsType<ScoringCase>(result.Counterexample);
        Assert.Single(counterexample.Profile.Criteria);
        Assert.Null(counterexample.Profile.Criteria[0].Rule);
        Assert.Equal(Weight.Low, counterexample.Profile.Criteria[0].Weight);
        Assert.True(result.Shrinks > 0);
        Assert.Contains($"checking '{counterexample.Profile.Criteria[0].Id}' at asOf lowered the score (points 1 → -1)", result.Violation, StringComparison.Ordinal);
        Assert.NotNull(result.Replay);
    }

    [Fact]
    public void Run_AggregationThatSubtractsMetPoints_AlsoBreaksWeightMonotonicity()
    {
        var broken = new LeadScorer(aggregation: new SubtractingAggregation());

        var result = ScoringLaws.Run(ScoringLaw.WeightMonotonicity, broken, Options);

        Assert.False(result.Passed);
        Assert.Matches(@"raising '[a-z0-9-]+' from \w+ to \w+ \((met\) lowered|not met\) raised) the score", result.Violation);
    }

    [Fact]
    public void Run_StarMappingOnPointsInsteadOfProportion_BreaksScaleIndependenceAndExtremes()
    {
        var broken = new LeadScorer(starMapping: new OneStarPerTwoPoints());

        var scale = ScoringLaws.Run(ScoringLaw.ScaleIndependence, broken, Options);
        var extremes = ScoringLaws.Run(ScoringLaw.Extremes, broken, Options);

        Assert.False(scale.Passed);
        Assert.Contains("multiplying the scale", scale.Violation, StringComparison.Ordinal);
        Assert.Single(scale.Counterexample!.Profile.Criteria);
        Assert.False(extremes.Passed);
        Assert.Contains("every criterion checked", extremes.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StandardMappingRivals_PassTheLawsTheyKeep()
    {
        // Rounding down instead of half up is another formula, not a broken one: the laws allow it
        // (only the worked example pins the standard mapping).
        var floor = new LeadScorer(starMapping: new FloorStarMapping());

        Assert.True(ScoringLaws.Run(floor, Options with { MaxTest = 100 }).Passed);
    }

    [Fact]
    public void Run_RuleThatGetsTruerWithTime_BreaksDecayWithTheRuleInTheCounterexample()
    {
        var options = Options with { Criteria = [FreshLeadCriterion(broken: true)] };

        var result = ScoringLaws.Run(ScoringLaw.Decay, LeadScorer.Default, options);

        Assert.False(result.Passed);
        var counterexample = result.Counterexample!;
        var criterion = Assert.Single(counterexample.Profile.Criteria);
        Assert.Equal("fresh-lead", criterion.Id.Value);
        Assert.Empty(counterexample.History);
        Assert.Contains("moving asOf forward", result.Violation, StringComparison.Ordinal);
        Assert.Contains("Shrunk counterexample", result.Message, StringComparison.Ordinal);
        Assert.Contains("\n    fresh-lead \"", result.Message, StringComparison.Ordinal);
        Assert.Contains("rule: code rule 'fresh-lead'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FixedRule_HoldsEveryLaw()
    {
        var options = Options with { Criteria = [FreshLeadCriterion(broken: false)], MaxTest = 200 };

        var report = ScoringLaws.Run(LeadScorer.Default, options);

        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void Run_TextRuleNegatingHistory_BreaksDecay()
    {
        // "Needs a call": met while nobody called in 30 days, so it becomes met as time passes.
        var needsCall = new ScoringCriterion(new CriterionId("needs-call"), "Needs a call", Weight.Normal, ScoringRule.Parse("not (history.phoneLog within 30d)"));

        var result = ScoringLaws.Run(ScoringLaw.Decay, LeadScorer.Default, Options with { Criteria = [needsCall] });

        Assert.False(result.Passed);
        Assert.Equal("needs-call", Assert.Single(result.Counterexample!.Profile.Criteria).Id.Value);
        Assert.Single(result.Counterexample.History);
    }

    [Fact]
    public void Run_RuleThatReadsTheChecks_BreaksMonotonicity()
    {
        var earlyStage = new CodeRule("early-stage", context => context.Record.CriterionChecks.Count < 2);
        var options = Options with { Criteria = [new ScoringCriterion(new CriterionId("early-stage"), "Early stage", Weight.High, earlyStage)] };

        var result = ScoringLaws.Run(ScoringLaw.Monotonicity, LeadScorer.Default, options);

        Assert.False(result.Passed);
        Assert.Contains("checking", result.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ScorerThatReadsTheClock_BreaksDeterminism()
    {
        var result = ScoringLaws.Run(ScoringLaw.Determinism, new ClockReadingScorer(), Options);

        Assert.False(result.Passed);
    }

    [Fact]
    public void Run_ScorerThatIgnoresManualScores_BreaksManualDominance()
    {
        var result = ScoringLaws.Run(ScoringLaw.ManualDominance, new AutomaticOnlyScorer(), Options);

        Assert.False(result.Passed);
        Assert.Contains("manual score", result.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BrokenScorer_ThrowsWithEveryBrokenLaw()
    {
        var broken = new LeadScorer(aggregation: new SubtractingAggregation());

        var ex = Assert.Throws<ScoringLawException>(() => ScoringLaws.Check(broken, Options with { MaxTest = 100 }));

        Assert.Contains(ex.Failures, f => f.Law == ScoringLaw.Monotonicity);
        Assert.Contains("Law 3 (Monotonicity) is broken", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ex.Failures, f => f.Law == ScoringLaw.ScaleIndependence);
    }

    [Fact]
    public void Run_WithTheReplaySeedOfAFailure_FindsTheSameCounterexample()
    {
        var broken = new LeadScorer(aggregation: new SubtractingAggregation());
        var first = ScoringLaws.Run(ScoringLaw.Monotonicity, broken, Options);

        var replayed = ScoringLaws.Run(ScoringLaw.Monotonicity, broken, Options with { Replay = first.Replay });

        Assert.Equal(first.Tests, replayed.Tests);
        Assert.Equal(first.Counterexample!.ToString(), replayed.Counterexample!.ToString());
    }

    [Fact]
    public void Verify_OneCase_ReportsTheViolation()
    {
        var broken = new LeadScorer(aggregation: new SubtractingAggregation());
        var counterexample = ScoringLaws.Run(ScoringLaw.Monotonicity, broken, Options).Counterexample!;

        Assert.NotNull(ScoringLaws.Verify(ScoringLaw.Monotonicity, broken, counterexample));
        Assert.Null(ScoringLaws.Verify(ScoringLaw.Monotonicity, LeadScorer.Default, counterexample));
    }

    [Fact]
    public void Run_InvalidReplaySeed_Throws() =>
        Assert.Throws<FormatException>(() => ScoringLaws.Run(ScoringLaw.Bounds, LeadScorer.Default, Options with { Replay = "yesterday" }));

    [Fact]
    public void Run_DuplicateOwnCriteria_IsRefused()
    {
        var criterion = new ScoringCriterion(new CriterionId("x"), "X", Weight.Low);

        Assert.ThrowsAny<LeadKitException>(() => ScoringLaws.Run(ScoringLaw.Bounds, LeadScorer.Default, Options with { Criteria = [criterion, criterion] }));
    }

    /// <summary>"Lead is fresh: created in the last 30 days", with the comparison the wrong way round when <paramref name="broken"/>.</summary>
    private static ScoringCriterion FreshLeadCriterion(bool broken)
    {
        var rule = new CodeRule("fresh-lead", context =>
        {
            // Through the field values, so the rule reads a host's own record type as it reads a lead.
            var age = context.Fields.GetValues(RecordField.Created) is [Instant created] ? context.AsOf - created : Duration.MaxValue;
            return broken ? age >= Duration.FromDays(30) : age <= Duration.FromDays(30);
        });
        return new ScoringCriterion(new CriterionId("fresh-lead"), "Lead is fresh", Weight.High, rule);
    }

    private sealed class SubtractingAggregation : IScoreAggregation
    {
        public int Contribution(Weight weight, int points, bool met) => met ? -points : points;
    }

    private sealed class OneStarPerTwoPoints : IStarMapping
    {
        public int ToStars(int met, int total, int maxStars) => Math.Min(maxStars, met / 2);
    }

    private sealed class FloorStarMapping : IStarMapping
    {
        public int ToStars(int met, int total, int maxStars) => total == 0 ? 0 : maxStars * met / total;
    }

    private sealed class ClockReadingScorer : ILeadScorer
    {
        private int _calls;

        public LeadScore Score(IScorableRecord record, ScoringProfile profile, Instant asOf, IReadOnlyList<IHistoryEntry>? history = null)
        {
            var score = LeadScorer.Default.Score(record, profile, asOf, history);
            var drift = Interlocked.Increment(ref _calls) % 2;
            return new LeadScore(Math.Min(score.MaxStars, score.AutomaticStars + drift), score.Points, score.Met, score.Total, score.MaxStars, score.ScoreType, score.ManualStars);
        }

        public ScoreExplanation Explain(IScorableRecord record, ScoringProfile profile, Instant asOf, IReadOnlyList<IHistoryEntry>? history = null) =>
            LeadScorer.Default.Explain(record, profile, asOf, history);
    }

    private sealed class AutomaticOnlyScorer : ILeadScorer
    {
        public LeadScore Score(IScorableRecord record, ScoringProfile profile, Instant asOf, IReadOnlyList<IHistoryEntry>? history = null)
        {
            var score = LeadScorer.Default.Score(record, profile, asOf, history);
            return new LeadScore(score.AutomaticStars, score.Points, score.Met, score.Total, score.MaxStars);
        }

        public ScoreExplanation Explain(IScorableRecord record, ScoringProfile profile, Instant asOf, IReadOnlyList<IHistoryEntry>? history = null)
        {
            var explanation = LeadScorer.Default.Explain(record, profile, asOf, history);
            return new ScoreExplanation(Score(record, profile, asOf, history), explanation.Criteria, explanation.ProfileVersion, asOf);
        }
    }
}
