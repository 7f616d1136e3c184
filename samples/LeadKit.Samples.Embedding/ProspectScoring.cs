using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Samples.Embedding;

/// <summary>The CRM's scoring: its criteria (check boxes, field rules, a history rule) and its formula.</summary>
internal static class ProspectScoring
{
    /// <summary>A check box: a salesperson ticks it when the prospect confirms a budget.</summary>
    public static readonly CriterionId BudgetConfirmed = new("budget-confirmed");

    /// <summary>A check box that counts for 90 days: talking to the person who decides.</summary>
    public static readonly CriterionId DecisionMaker = new("decision-maker");

    /// <summary>A field rule on the CRM's own head count.</summary>
    public static readonly CriterionId TargetSize = new("target-size");

    /// <summary>A field rule on the CRM's own channel and region.</summary>
    public static readonly CriterionId Inbound = new("inbound-in-region");

    /// <summary>A history rule on the CRM's own touchpoints.</summary>
    public static readonly CriterionId Engaged = new("engaged");

    /// <summary>A field rule: both ways to reach the prospect are known.</summary>
    public static readonly CriterionId Reachable = new("reachable");

    /// <summary>Gets the criteria. Rules are text in LeadKit's filter language, so users could edit them.</summary>
    public static ScoringProfile Profile { get; } = new(
    [
        new ScoringCriterion(BudgetConfirmed, "Budget confirmed", Weight.High),
        new ScoringCriterion(DecisionMaker, "Talking to the decision maker", Weight.High, validity: Duration.FromDays(90)),
        new ScoringCriterion(TargetSize, "50 to 5 000 employees", Weight.Normal,
            ScoringRule.Parse("custom.Employees >= 50 and custom.Employees <= 5000")),
        new ScoringCriterion(Inbound, "Came to us in a region we serve", Weight.Normal,
            ScoringRule.Parse("source in (\"Web\", \"Referral\") and custom.Region in (\"EMEA\", \"Americas\")")),
        new ScoringCriterion(Engaged, "A call or a meeting in the last 30 days", Weight.Normal,
            ScoringRule.Parse("history.phoneLog within 30d or history.appointment within 30d")),
        new ScoringCriterion(Reachable, "Reachable by e-mail and phone", Weight.Low,
            ScoringRule.Parse("email is not empty and phone is not empty")),
    ]);

    /// <summary>Gets the CRM's engine: LeadKit's, with the CRM's own aggregation (no penalty for unmet criteria).</summary>
    public static LeadScorer Scorer { get; } = new(aggregation: new NoPenaltyAggregation());
}
