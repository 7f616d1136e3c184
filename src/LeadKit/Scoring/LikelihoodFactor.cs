using System.Globalization;

namespace LeadKit.Scoring;

/// <summary>One criterion's share in a <see cref="ConversionLikelihood"/>.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Description">Its description.</param>
/// <param name="Met">Whether the record meets it.</param>
/// <param name="Factor">How many times the odds of converting multiply for a record in this state (above 1 raises, below 1 lowers).</param>
public sealed record LikelihoodFactor(CriterionId Criterion, string Description, bool Met, double Factor)
{
    /// <summary>Returns e.g. <c>budget-confirmed met: odds × 3.20</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Criterion} {(Met ? "met" : "not met")}: odds × {Factor:0.00}");
}
