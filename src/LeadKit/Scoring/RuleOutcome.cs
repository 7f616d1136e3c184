namespace LeadKit.Scoring;

/// <summary>
/// The result of evaluating a rule for one record: whether it holds, and the evidence (the values
/// the rule saw, e.g. <c>source = "Trade Show"</c> or <c>last phoneLog at 2026-11-20T10:00:00Z</c>)
/// that explanations show.
/// </summary>
/// <param name="Holds">Whether the rule holds (the criterion is met).</param>
/// <param name="Evidence">What the rule saw, or <see langword="null"/>.</param>
public readonly record struct RuleOutcome(bool Holds, string? Evidence = null);
