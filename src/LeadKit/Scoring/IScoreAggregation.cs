namespace LeadKit.Scoring;

/// <summary>
/// How each criterion contributes to a score's <see cref="LeadScore.Points"/>: the points are the sum
/// of the contributions, which the explanation lists one by one (law 9). Replace
/// <see cref="StandardAggregation"/> (met adds the criterion's points, unmet subtracts them) to use
/// another formula; M, W and the percent are definitions and do not change.
/// </summary>
/// <remarks>
/// An implementation must be a pure function. For the scoring laws to hold, a met criterion should
/// never contribute less than the same criterion unmet (law 3), contributions should stay within
/// ±the criterion's points (law 1), and a heavier met criterion should not contribute less (law 4).
/// <c>LeadKit.Testing</c>'s <c>ScoringLaws.Check</c> verifies an implementation.
/// </remarks>
public interface IScoreAggregation
{
    /// <summary>Returns one criterion's signed contribution to the points.</summary>
    /// <param name="weight">The criterion's weight.</param>
    /// <param name="points">The points the weight is worth on the profile's scale.</param>
    /// <param name="met">Whether the criterion is met.</param>
    /// <returns>The contribution.</returns>
    int Contribution(Weight weight, int points, bool met);
}
