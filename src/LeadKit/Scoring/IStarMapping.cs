namespace LeadKit.Scoring;

/// <summary>
/// How the automatic result becomes stars. <see cref="StandardStarMapping"/> rounds
/// <c>MaxStars · M / W</c> half up in integer arithmetic; replace it to use another mapping.
/// </summary>
/// <remarks>
/// An implementation must be a pure function of its arguments (the fast path tabulates it once per
/// profile). For the scoring laws to hold it must return 0 to <c>maxStars</c> (law 1), 0 for M = 0
/// and <c>maxStars</c> for M = W &gt; 0 (law 2), never decrease as M grows for a fixed W (law 3),
/// and depend on M and W only through M / W (law 6). <c>LeadKit.Testing</c>'s
/// <c>ScoringLaws.Check</c> verifies an implementation.
/// </remarks>
public interface IStarMapping
{
    /// <summary>Returns the automatic stars.</summary>
    /// <param name="met">M: the points of the met criteria, 0 to <paramref name="total"/>.</param>
    /// <param name="total">W: the points of all criteria, 0 or more.</param>
    /// <param name="maxStars">The most stars the profile shows, 1 to 10.</param>
    /// <returns>The stars.</returns>
    int ToStars(int met, int total, int maxStars);
}
