using System;
using System.Collections.Generic;
using System.Globalization;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.Scoring;

/// <summary>
/// The number of points each <see cref="Weight"/> is worth in a profile: whole numbers from 1 to
/// <see cref="MaxPoints"/>, with Low ≤ Normal ≤ High. <see cref="Default"/> is 1/2/3. Immutable.
/// </summary>
/// <remarks>
/// The cap keeps every sum exact in 32-bit integers: a profile holds at most
/// <see cref="ScoringProfile.MaxCriteria"/> criteria, so <c>W</c> ≤ 50 000 000 and the star
/// formula's <c>2 · MaxStars · M + W</c> stays below 1.1 · 10⁹.
/// </remarks>
public sealed class WeightScale : IEquatable<WeightScale>
{
    /// <summary>The most points one weight can be worth.</summary>
    public const int MaxPoints = 1_000_000;

    /// <summary>Creates a scale.</summary>
    /// <param name="low">The points of <see cref="Weight.Low"/>.</param>
    /// <param name="normal">The points of <see cref="Weight.Normal"/>.</param>
    /// <param name="high">The points of <see cref="Weight.High"/>.</param>
    /// <exception cref="LeadKitValidationException">A value is outside 1..<see cref="MaxPoints"/>, or the values are not in order.</exception>
    public WeightScale(int low, int normal, int high)
    {
        var errors = new List<ValidationError>();
        CheckRange(errors, nameof(Low), low);
        CheckRange(errors, nameof(Normal), normal);
        CheckRange(errors, nameof(High), high);
        if (errors.Count == 0 && !(low <= normal && normal <= high))
        {
            errors.Add(new ValidationError(string.Empty, "LeadKit.WeightScale.Order", $"Weights must satisfy Low ≤ Normal ≤ High, not {low}/{normal}/{high}."));
        }

        if (errors.Count > 0)
        {
            throw new LeadKitValidationException(nameof(WeightScale), errors);
        }

        Low = low;
        Normal = normal;
        High = high;
    }

    /// <summary>Gets the default scale: Low = 1, Normal = 2, High = 3.</summary>
    public static WeightScale Default { get; } = new(1, 2, 3);

    /// <summary>Gets the points of <see cref="Weight.Low"/>.</summary>
    public int Low { get; }

    /// <summary>Gets the points of <see cref="Weight.Normal"/>.</summary>
    public int Normal { get; }

    /// <summary>Gets the points of <see cref="Weight.High"/>.</summary>
    public int High { get; }

    /// <summary>Compares two scales.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns>Whether they give the same points to every weight.</returns>
    public static bool operator ==(WeightScale? left, WeightScale? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two scales.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(WeightScale? left, WeightScale? right) => !(left == right);

    /// <summary>Gets the points a weight is worth.</summary>
    /// <param name="weight">The weight.</param>
    /// <returns>Its points.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not a defined weight.</exception>
    public int PointsOf(Weight weight) => weight switch
    {
        Weight.Low => Low,
        Weight.Normal => Normal,
        Weight.High => High,
        _ => throw new ArgumentOutOfRangeException(nameof(weight), weight, "Unknown weight."),
    };

    /// <summary>Returns the scale with every weight's points multiplied by <paramref name="factor"/> (percent and stars do not change: law 6).</summary>
    /// <param name="factor">The factor, 1 or more.</param>
    /// <returns>The scaled scale.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is less than 1.</exception>
    /// <exception cref="LeadKitValidationException">A scaled value exceeds <see cref="MaxPoints"/>.</exception>
    public WeightScale Multiply(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        return factor > MaxPoints / High
            ? throw Preconditions.Invalid(nameof(WeightScale), nameof(High), "LeadKit.WeightScale.Range", $"{High} × {factor} points exceeds {MaxPoints}.")
            : new WeightScale(Low * factor, Normal * factor, High * factor);
    }

    /// <inheritdoc />
    public bool Equals(WeightScale? other) => other is not null && Low == other.Low && Normal == other.Normal && High == other.High;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeightScale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Low, Normal, High);

    /// <summary>Returns the scale as <c>Low=1 Normal=2 High=3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Low={Low} Normal={Normal} High={High}");

    private static void CheckRange(List<ValidationError> errors, string weight, int points)
    {
        if (points is < 1 or > MaxPoints)
        {
            errors.Add(new ValidationError(weight, "LeadKit.WeightScale.Range", $"{weight} is worth 1 to {MaxPoints} points, not {points}.", points.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
