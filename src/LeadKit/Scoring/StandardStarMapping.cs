namespace LeadKit.Scoring;

/// <summary>
/// The standard star mapping (docs/scoring.md): <c>round-half-up(MaxStars · M / W)</c>, computed in integer
/// arithmetic as <c>(2 · MaxStars · M + W) / (2 · W)</c>, and 0 when W is 0. With 5 stars and
/// W = 6: M = 1 gives 1 star (0.83), M = 3 gives 3 (2.5 rounds up), M = 4 gives 3 (3.33).
/// </summary>
public sealed class StandardStarMapping : IStarMapping
{
    private StandardStarMapping()
    {
    }

    /// <summary>Gets the mapping.</summary>
    public static StandardStarMapping Instance { get; } = new();

    /// <inheritdoc />
    public int ToStars(int met, int total, int maxStars) => total == 0 ? 0 : ((2 * maxStars * met) + total) / (2 * total);

    /// <summary>Returns <c>standard (round half up of MaxStars · M / W)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "standard (round half up of MaxStars · M / W)";
}
