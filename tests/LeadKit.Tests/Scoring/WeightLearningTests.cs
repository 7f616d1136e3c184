using FsCheck;
using FsCheck.Xunit;
using LeadKit.Scoring;
using LeadKit.Testing;
using LeadKit.Validation;

namespace LeadKit.Tests.LeadScoring;

public sealed class WeightLearningTests
{
    private static readonly CriterionId Budget = new("budget");
    private static readonly CriterionId Newsletter = new("newsletter");
    private static readonly CriterionId Rare = new("rare");

    private static readonly ScoringProfile Profile = new(
    [
        new ScoringCriterion(Budget, "Budget confirmed", Weight.Low),
        new ScoringCriterion(Newsletter, "Reads the newsletter", Weight.High),
        new ScoringCriterion(Rare, "Met at the yearly gala", Weight.Normal),
    ]);

    /// <summary>
    /// 200 closed leads: Budget planted strong (30 of 40 met converted, 10 of 160 not), the newsletter
    /// unrelated to converting (half of each group reads it), the gala met by 3 leads only.
    /// </summary>
    private static List<ClosedRecord> Planted()
    {
        var records = new List<ClosedRecord>();
        void Add(int count, bool budget, bool converted)
        {
            for (var i = 0; i < count; i++)
            {
                var met = new List<CriterionId>();
                if (budget)
                {
                    met.Add(Budget);
                }

                if (i % 2 == 0)
                {
                    met.Add(Newsletter);
                }

                if (records.Count < 3)
                {
                    met.Add(Rare);
                }

                records.Add(new ClosedRecord(met, converted));
            }
        }

        Add(30, budget: true, converted: true);
        Add(10, budget: true, converted: false);
        Add(10, budget: false, converted: true);
        Add(150, budget: false, converted: false);
        return records;
    }

    [Fact]
    public void CriterionEvidence_Figures_FollowTheFormulas()
    {
        var e = new CriterionEvidence(MetConverted: 30, MetNotConverted: 10, UnmetConverted: 10, UnmetNotConverted: 150);

        Assert.Equal(40, e.Met);
        Assert.Equal(160, e.Unmet);
        Assert.Equal(31.0 / 42, e.MetRate, 12);
        Assert.Equal(11.0 / 162, e.UnmetRate, 12);
        Assert.Equal(31.0 / 42 / (11.0 / 162), e.Lift, 12);
        Assert.Equal(Math.Log(30.5 * 150.5 / (10.5 * 10.5)), e.LogOddsRatio, 12);
        Assert.Equal(30.5 * 150.5 / (10.5 * 10.5), e.OddsRatio, 9);
        Assert.Equal(Math.Sqrt((1 / 30.5) + (1 / 10.5) + (1 / 10.5) + (1 / 150.5)), e.StandardError, 12);
        Assert.Equal(EvidenceStrength.Strong, e.Strength);
        Assert.Equal(EvidenceStrength.Weak, new CriterionEvidence(3, 3, 3, 3).Strength);
        Assert.Equal(1.0, new CriterionEvidence(3, 3, 3, 3).OddsRatio, 12);
        Assert.StartsWith("met 40 (30 converted), not met 160 (10 converted); lift 10.87, odds ratio 41.6", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_PlantedStrongCriterion_SuggestsRaisingIt_WithItsEvidence()
    {
        var suggestions = ConversionEvidence.From(Profile, Planted()).Suggest();

        Assert.Equal(200, suggestions.Closed);
        Assert.Equal(40, suggestions.Converted);
        Assert.Equal(Profile.Version, suggestions.ProfileVersion);
        var budget = suggestions.Criteria[0];
        Assert.Equal((Budget, Weight.Low, Weight.High), (budget.Criterion, budget.Current, budget.Suggested));
        Assert.True(budget.IsChange);
        Assert.Equal(new CriterionEvidence(30, 10, 10, 150), budget.Evidence);
        Assert.Contains("odds ratio 41.6", budget.Reason, StringComparison.Ordinal);
        Assert.Contains(">= 3", budget.Reason, StringComparison.Ordinal);

        var newsletter = suggestions.Criteria[1];
        Assert.Equal(Weight.Low, newsletter.Suggested);
        Assert.Contains("weak evidence", newsletter.Reason, StringComparison.Ordinal);

        var rare = suggestions.Criteria[2];
        Assert.Null(rare.Suggested);
        Assert.False(rare.IsChange);
        Assert.Equal("Only 3 closed records met it; at least 5 are needed.", rare.Reason);
        Assert.Equal([Budget, Newsletter], suggestions.Changes.Select(c => c.Criterion));
    }

    [Fact]
    public void Suggest_CriterionThatGoesWithLosing_SuggestsLow_AndSaysSo()
    {
        var records = Enumerable.Range(0, 100).Select(i => new ClosedRecord(i < 50 ? [Budget] : [], converted: i >= 40)).ToList();

        var budget = ConversionEvidence.From(Profile, records).Suggest().Criteria[0];

        Assert.Equal(Weight.Low, budget.Suggested);
        Assert.Contains("converted less often; consider removing it", budget.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(29, 10, "Only 29 closed records; at least 30 are needed to suggest weights.")]
    [InlineData(50, 0, "None of the 50 closed records converted: there is nothing to compare.")]
    [InlineData(50, 50, "All of the 50 closed records converted: there is nothing to compare.")]
    public void Suggest_TooLittleData_Declines_WithTheReason(int closed, int converted, string reason)
    {
        var records = Enumerable.Range(0, closed).Select(i => new ClosedRecord([Budget], i < converted));

        var refused = Assert.Throws<NotEnoughEvidenceException>(() => ConversionEvidence.From(Profile, records).Suggest());

        Assert.Equal(reason, refused.Message);
        Assert.Equal((closed, converted), (refused.Closed, refused.Converted));
    }

    [Fact]
    public void Suggest_InvalidOptions_Throw_NamingTheSetting()
    {
        var evidence = ConversionEvidence.From(Profile, Planted());

        var error = Assert.Throws<LeadKitValidationException>(() => evidence.Suggest(new WeightLearningOptions { NormalFrom = 4, HighFrom = 2 }));
        Assert.Equal("HighFrom", Assert.Single(error.Errors).PropertyPath);
        Assert.Contains(Assert.Throws<LeadKitValidationException>(() => evidence.Suggest(new WeightLearningOptions { MinimumPerSide = 0 })).Errors, e => e.PropertyPath == "MinimumPerSide");
        Assert.Contains(Assert.Throws<LeadKitValidationException>(() => evidence.Suggest(new WeightLearningOptions { LostAfter = NodaTime.Duration.FromDays(-1) })).Errors, e => e.PropertyPath == "LostAfter");
    }

    [Fact]
    public void Apply_ChangesTheAcceptedWeights_AndRefusesAnotherVersion()
    {
        var suggestions = ConversionEvidence.From(Profile, Planted()).Suggest();

        var all = suggestions.Apply(Profile);
        Assert.Equal(Profile.Version + 1, all.Version);   // every accepted weight in one new version
        Assert.Equal([Weight.High, Weight.Low, Weight.Normal], all.Criteria.Select(c => c.Weight));
        var onlyBudget = suggestions.Apply(Profile, [Budget]);
        Assert.Equal([Weight.High, Weight.High, Weight.Normal], onlyBudget.Criteria.Select(c => c.Weight));

        Assert.Contains("no suggested weight", Assert.Throws<ScoringException>(() => suggestions.Apply(Profile, [Rare])).Message, StringComparison.Ordinal);
        Assert.Contains("has no suggestion", Assert.Throws<ScoringException>(() => suggestions.Apply(Profile, [new CriterionId("nope")])).Message, StringComparison.Ordinal);
        var newer = new ScoringProfile(Profile.Criteria, version: Profile.Version + 1);
        Assert.Contains("suggest again", Assert.Throws<ScoringException>(() => suggestions.Apply(newer)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Likelihood_MeetingTheStrongCriterion_RaisesIt_WithOneFactorPerCriterion()
    {
        var evidence = ConversionEvidence.From(Profile, Planted());

        var with = evidence.Likelihood([Budget]);
        var without = evidence.Likelihood([]);

        Assert.Equal(41.0 / 202, evidence.BaseRate, 12);
        Assert.True(with.Probability > 0.5, with.ToString());
        Assert.True(without.Probability < evidence.BaseRate, without.ToString());
        Assert.Equal([Budget, Newsletter, Rare], with.Factors.Select(f => f.Criterion));
        Assert.True(with.Factors[0].Met);
        Assert.Equal(((30 + 0.5) / 41) / ((10 + 0.5) / 161), with.Factors[0].Factor, 12);
        Assert.Contains("budget met: odds ×", with.ToString(), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Law_OrderIndependence() => LearningLaws.Property(LearningLaw.OrderIndependence);

    [Property(MaxTest = 200)]
    public Property Law_CountsAddUp() => LearningLaws.Property(LearningLaw.CountsAddUp);

    [Property(MaxTest = 200)]
    public Property Law_EvidenceMonotonicity() => LearningLaws.Property(LearningLaw.EvidenceMonotonicity);

    [Property(MaxTest = 200)]
    public Property Law_EvidenceMonotonicity_WithOtherThresholds() =>
        LearningLaws.Property(LearningLaw.EvidenceMonotonicity, new WeightLearningOptions { MinimumClosed = 1, MinimumPerSide = 1, NormalFrom = 1.1, HighFrom = 1.2 });

    [Property(MaxTest = 200)]
    public Property Law_LikelihoodBounds() => LearningLaws.Property(LearningLaw.LikelihoodBounds);

    [Fact]
    public void LearningLaws_Check_RunsEveryLaw() => LearningLaws.Check();
}
