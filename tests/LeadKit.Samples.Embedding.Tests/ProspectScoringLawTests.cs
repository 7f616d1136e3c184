using LeadKit.Scoring;
using LeadKit.Testing;

namespace LeadKit.Samples.Embedding.Tests;

/// <summary>
/// The CRM checks its own criteria and its own aggregation against LeadKit's scoring laws, on
/// prospects from its own generator.
/// </summary>
public sealed class ProspectScoringLawTests
{
    /// <summary>The laws on the CRM's prospects: its criteria in every generated profile, its history as touchpoints.</summary>
    private static readonly ScoringLawOptions OnProspects =
        ScoringLawOptions.Default.ScoreFrom(ProspectArbitraries.Prospect(), ProspectArbitraries.WithState, ProspectArbitraries.ToTouchpoint) with
        {
            Criteria = [.. ProspectScoring.Profile.Criteria],
        };

    [Fact]
    public void ProspectCriteria_WithTheCrmsEngine_KeepEveryScoringLaw() =>
        ScoringLaws.Check(ProspectScoring.Scorer, OnProspects);

    [Fact]
    public void NoPenaltyAggregation_OnLeadKitsOwnCases_KeepsEveryScoringLaw() =>
        ScoringLaws.Check(new LeadScorer(aggregation: new NoPenaltyAggregation()));

    [Fact]
    public void AFollowUpRule_ThatGetsTruerWithTime_BreaksTheDecayLaw()
    {
        // "No call for two weeks" is a to-do list, not a score: the kit says why, on the CRM's own prospects.
        var followUp = new ScoringCriterion(new CriterionId("follow-up"), "No call for two weeks", Weight.Normal,
            ScoringRule.Parse("not (history.phoneLog within 14d)"));

        var result = ScoringLaws.Run(ScoringLaw.Decay, ProspectScoring.Scorer, OnProspects with { Criteria = [followUp] });

        Assert.False(result.Passed);
        Assert.IsType<Prospect>(result.Counterexample!.HostRecord);
        Assert.Contains("moving asOf forward", result.Violation, StringComparison.Ordinal);
        Assert.Contains("\n  record: Prospect {", result.Message, StringComparison.Ordinal);
    }
}
