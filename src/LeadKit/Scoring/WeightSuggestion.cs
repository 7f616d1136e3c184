namespace LeadKit.Scoring;

/// <summary>What the evidence says about one criterion's weight.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Description">Its description.</param>
/// <param name="Current">Its weight in the profile.</param>
/// <param name="Suggested">The weight the evidence suggests, or <see langword="null"/> when it has too few records on one side (<see cref="Reason"/> says which).</param>
/// <param name="Evidence">The counts and figures behind it.</param>
/// <param name="Reason">Why, in English: the figures that decided, or what was missing.</param>
public sealed record WeightSuggestion(CriterionId Criterion, string Description, Weight Current, Weight? Suggested, CriterionEvidence Evidence, string Reason)
{
    /// <summary>Gets whether the suggestion differs from the current weight.</summary>
    public bool IsChange => Suggested is { } suggested && suggested != Current;
}
