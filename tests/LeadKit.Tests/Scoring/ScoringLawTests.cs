using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Testing;
using NodaTime;

namespace LeadKit.Tests.LeadScoring;

/// <summary>
/// The eleven laws of docs/scoring.md hold for LeadKit's engine: each as an FsCheck property through the
/// law kit of LeadKit.Testing (500 generated cases each, with rules, validity periods, history and
/// manual scores), and the kit's one-call check for other configurations.
/// </summary>
public sealed class ScoringLawTests
{
    private static readonly LeadScorer Engine = LeadScorer.Default;

    [Property(MaxTest = 500)]
    public Property Law01_Bounds() => ScoringLaws.Property(ScoringLaw.Bounds, Engine);

    [Property(MaxTest = 500)]
    public Property Law02_Extremes() => ScoringLaws.Property(ScoringLaw.Extremes, Engine);

    [Property(MaxTest = 500)]
    public Property Law03_Monotonicity() => ScoringLaws.Property(ScoringLaw.Monotonicity, Engine);

    [Property(MaxTest = 500)]
    public Property Law04_WeightMonotonicity() => ScoringLaws.Property(ScoringLaw.WeightMonotonicity, Engine);

    [Property(MaxTest = 500)]
    public Property Law05_OrderIndependence() => ScoringLaws.Property(ScoringLaw.OrderIndependence, Engine);

    [Property(MaxTest = 500)]
    public Property Law06_ScaleIndependence() => ScoringLaws.Property(ScoringLaw.ScaleIndependence, Engine);

    [Property(MaxTest = 500)]
    public Property Law07_Determinism() => ScoringLaws.Property(ScoringLaw.Determinism, Engine);

    [Property(MaxTest = 500)]
    public Property Law08_ManualDominance() => ScoringLaws.Property(ScoringLaw.ManualDominance, Engine);

    [Property(MaxTest = 500)]
    public Property Law09_ExplanationConsistency() => ScoringLaws.Property(ScoringLaw.ExplanationConsistency, Engine);

    [Property(MaxTest = 500)]
    public Property Law10_Decay() => ScoringLaws.Property(ScoringLaw.Decay, Engine);

    [Property(MaxTest = 500)]
    public Property Law11_RoundTrip() => ScoringLaws.Property(ScoringLaw.RoundTrip, Engine);

    [Fact]
    public void Check_DefaultEngine_HoldsEveryLawOn500CasesEach()
    {
        var report = ScoringLaws.Run(Engine);

        Assert.True(report.Passed, report.ToString());
        Assert.All(report.Results, r => Assert.Equal(500, r.Tests));
        Assert.Equal(ScoringLaws.All, report.Results.Select(r => r.Law));
    }

    [Fact]
    public void Check_ProfilesOfCheckBoxesOnly_HoldsEveryLaw() =>
        ScoringLaws.Check(Engine, new ScoringLawOptions { GenerateRules = false, GenerateValidity = false, MaxTest = 200 });

    [Fact]
    public void Check_LargeProfiles_HoldsEveryLaw() =>
        ScoringLaws.Check(Engine, new ScoringLawOptions { MaxGeneratedCriteria = ScoringProfile.MaxCriteria, MaxTest = 100 });

    [Fact]
    public void Check_WellBehavedCodeRule_HoldsEveryLaw()
    {
        // A C# rule that only reads fields: no law can break because of it (law 11 leaves it out of the JSON).
        var bigCompany = new CodeRule(
            "big-company",
            context => context.Fields.GetValues(RecordField.Custom("Employees")) is [decimal employees] && employees >= 100,
            context => context.Fields.GetValues(RecordField.Custom("Employees")) is [decimal employees] ? $"Employees = {employees}" : "no Employees");
        var options = new ScoringLawOptions
        {
            Criteria = [new ScoringCriterion(new CriterionId("big-company"), "Big company", Weight.High, bigCompany)],
            MaxTest = 200,
        };

        ScoringLaws.Check(Engine, options);
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool Law01_Bounds_Direct(ScoringCase c)
    {
        var score = Engine.Score(c.CreateRecord(), c.Profile, c.AsOf, c.History);
        return score.Stars >= 0 && score.Stars <= c.Profile.MaxStars
            && score.Percent >= Fraction.Zero && score.Percent <= 100
            && score.Points >= -score.Total && score.Points <= score.Total
            && score.Total == c.Profile.TotalPoints;
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool StandardFormula_Direct_MatchesScoringMd(ScoringCase c)
    {
        var score = Engine.Score(c.CreateRecord(), c.Profile, c.AsOf, c.History);
        var (m, w, max) = (score.Met, score.Total, c.Profile.MaxStars);
        var stars = w == 0 ? 0 : ((2 * max * m) + w) / (2 * w);
        var exact = w == 0 ? 0m : 100m * m / w;
        return score.Points == m - (w - m)
            && score.AutomaticStars == stars
            && Math.Abs(score.Percent.ToDecimal() - exact) < 0.000000000000000000001m
            && (w == 0 ? score.Percent == Fraction.Zero : score.Percent == new Fraction(100L * m, w));
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool Law03_Monotonicity_Direct_UncheckingNeverRaises(ScoringCase c)
    {
        var before = Engine.Score(c.CreateRecord(), c.Profile, c.AsOf, c.History);
        var record = c.CreateRecord();
        foreach (var id in record.CriterionChecks.Keys.ToList())
        {
            record.UncheckCriterion(id);
            var after = Engine.Score(record, c.Profile, c.AsOf, c.History);
            if (after.AutomaticStars > before.AutomaticStars || after.Percent > before.Percent || after.Points > before.Points)
            {
                return false;
            }

            before = after;
        }

        return true;
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool Law08_ManualDominance_Direct(ScoringCase c)
    {
        var record = c.CreateRecord();
        record.SetManualScore(c.ManualStars);
        var score = Engine.Score(record, c.Profile, c.AsOf, c.History);
        return score.Stars == Math.Min(c.ManualStars, c.Profile.MaxStars) && score.ManualStars == c.ManualStars;
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool Law10_Decay_Direct_ScoreNeverRisesAlongTime(ScoringCase c)
    {
        var record = c.CreateRecord();
        var previous = Engine.Score(record, c.Profile, c.AsOf, c.History);
        for (var day = 1; day <= 400; day += 37)
        {
            var next = Engine.Score(record, c.Profile, c.AsOf + Duration.FromDays(day), c.History);
            if (next.AutomaticStars > previous.AutomaticStars || next.Percent > previous.Percent || next.Points > previous.Points)
            {
                return false;
            }

            previous = next;
        }

        return true;
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool Law05_OrderIndependence_Direct_ShuffledByFsCheck(ScoringProfile profile, int seed)
    {
        var lead = ScoringFixtures.NewLead();
        foreach (var criterion in profile.Criteria.Where((_, i) => ((seed >> (i % 31)) & 1) == 1))
        {
            lead.CheckCriterion(criterion.Id, ScoringFixtures.AsOf);
        }

        var reversed = new ScoringProfile(profile.Criteria.Reverse(), profile.Scale, profile.MaxStars, profile.Version);
        return Engine.Score(lead, profile, ScoringFixtures.AsOf).Equals(Engine.Score(lead, reversed, ScoringFixtures.AsOf));
    }
}
