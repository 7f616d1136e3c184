namespace LeadKit.Scoring;

/// <summary>
/// The standard aggregation (docs/scoring.md): a met criterion adds its points, an unmet one subtracts them
/// ("checked raises, unchecked lowers"), so <c>points = M − (W − M)</c>, from −W to W.
/// </summary>
public sealed class StandardAggregation : IScoreAggregation
{
    private StandardAggregation()
    {
    }

    /// <summary>Gets the aggregation.</summary>
    public static StandardAggregation Instance { get; } = new();

    /// <inheritdoc />
    public int Contribution(Weight weight, int points, bool met) => met ? points : -points;

    /// <summary>Returns <c>standard (met +points, unmet −points)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "standard (met +points, unmet −points)";
}
