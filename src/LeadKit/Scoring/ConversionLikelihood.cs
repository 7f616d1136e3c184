using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace LeadKit.Scoring;

/// <summary>
/// How likely a record is to convert, from the criteria it meets, with each criterion's share
/// (<see cref="ConversionEvidence.Likelihood"/>): the base rate's odds, multiplied by one factor per
/// criterion — how much more (or less) often converted records than lost ones were in the same state.
/// </summary>
/// <param name="Probability">The estimated probability of converting, 0 to 1.</param>
/// <param name="BaseRate">The smoothed conversion rate of all closed records: the estimate before any criterion.</param>
/// <param name="Factors">One factor per criterion, in the profile's order.</param>
public sealed record ConversionLikelihood(double Probability, double BaseRate, ImmutableArray<LikelihoodFactor> Factors)
{
    /// <summary>Compares the probability, the base rate and every factor.</summary>
    /// <param name="other">The other likelihood.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ConversionLikelihood? other) =>
        other is not null && Probability.Equals(other.Probability) && BaseRate.Equals(other.BaseRate) && Factors.SequenceEqual(other.Factors);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Probability, BaseRate, Factors.Length);

    /// <summary>Returns the estimate and one line per criterion.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Probability:P1} likely to convert (base rate {BaseRate:P1})")
        + string.Concat(Factors.Select(f => "\n  " + f));
}
