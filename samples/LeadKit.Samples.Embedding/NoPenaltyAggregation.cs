using LeadKit.Scoring;

namespace LeadKit.Samples.Embedding;

/// <summary>
/// The CRM's own formula for points: a met criterion adds its points, an unmet one adds nothing
/// (LeadKit's standard aggregation subtracts them). Stars and percent do not change: they come
/// from the met points M and the total W, not from the points.
/// </summary>
internal sealed class NoPenaltyAggregation : IScoreAggregation
{
    /// <inheritdoc />
    public int Contribution(Weight weight, int points, bool met) => met ? points : 0;
}
