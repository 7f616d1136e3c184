namespace LeadKit.Scoring;

/// <summary>
/// A rule that decides whether a criterion is met: a criterion with a rule is met exactly when the
/// rule holds, and its check box is ignored. Text rules (<see cref="ScoringRule"/>, parsed from the
/// documented grammar) are data and travel in JSON; implement this interface, or use
/// <see cref="CodeRule"/>, to plug in a rule written in C# (such a profile cannot be written to JSON).
/// </summary>
/// <remarks>
/// A rule must be a pure function of the <see cref="ScoringContext"/> (record, history, asOf): no
/// clock, no I/O, no randomness. For the scoring laws to hold it should also not get "truer" as
/// <see cref="ScoringContext.AsOf"/> moves forward (law 10) and should not read the record's checks
/// (law 3). <c>LeadKit.Testing</c>'s law kit checks both against your rule.
/// </remarks>
public interface IScoringRule
{
    /// <summary>Decides whether the rule holds for a record.</summary>
    /// <param name="context">The record, its history and the instant.</param>
    /// <returns>Whether the criterion is met.</returns>
    bool IsSatisfiedBy(ScoringContext context);

    /// <summary>Decides whether the rule holds and says what it saw, for explanations. By default it reports no evidence.</summary>
    /// <param name="context">The record, its history and the instant.</param>
    /// <returns>The outcome; <see cref="RuleOutcome.Holds"/> must equal <see cref="IsSatisfiedBy"/>.</returns>
    RuleOutcome Evaluate(ScoringContext context) => new(IsSatisfiedBy(context));
}
