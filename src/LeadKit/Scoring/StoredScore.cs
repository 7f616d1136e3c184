using System;
using System.Globalization;

namespace LeadKit.Scoring;

/// <summary>
/// The automatic score last computed for a record and stored with it (<see cref="Leads.ContactRecord.Score"/>),
/// so that stores can filter, sort and report by score without re-running the engine: the automatic
/// stars, the signed points, M, W and the most stars shown. It deliberately carries neither the
/// profile version nor the instant it was computed for, so that a re-score that gives the same result
/// changes nothing and writes nothing. Immutable; compares by value.
/// </summary>
public sealed record StoredScore
{
    /// <summary>Creates a stored score.</summary>
    /// <param name="automaticStars">The stars the criteria give, 0 to <paramref name="maxStars"/>.</param>
    /// <param name="points">The signed points.</param>
    /// <param name="met">M, 0 to <paramref name="total"/>.</param>
    /// <param name="total">W, 0 or more.</param>
    /// <param name="maxStars">The most stars shown, 1 to <see cref="ScoringProfile.MaxStarsLimit"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public StoredScore(int automaticStars, int points, int met, int total, int maxStars)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(met);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(met, total);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxStars, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxStars, ScoringProfile.MaxStarsLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(automaticStars);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(automaticStars, maxStars);
        AutomaticStars = automaticStars;
        Points = points;
        Met = met;
        Total = total;
        MaxStars = maxStars;
    }

    /// <summary>Gets the stars the criteria give.</summary>
    public int AutomaticStars { get; }

    /// <summary>Gets the signed points.</summary>
    public int Points { get; }

    /// <summary>Gets M, the points of the met criteria.</summary>
    public int Met { get; }

    /// <summary>Gets W, the points of all criteria.</summary>
    public int Total { get; }

    /// <summary>Gets the most stars shown.</summary>
    public int MaxStars { get; }

    /// <summary>Gets the exact percent, 100·M/W (0 when W is 0).</summary>
    public Fraction Percent => Total == 0 ? Fraction.Zero : new Fraction(100L * Met, Total);

    /// <summary>Keeps the automatic part of a score.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The stored score.</returns>
    public static StoredScore From(LeadScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new StoredScore(score.AutomaticStars, score.Points, score.Met, score.Total, score.MaxStars);
    }

    /// <summary>Returns <c>3/5 (M 3 of W 6, 0 points)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{AutomaticStars}/{MaxStars} (M {Met} of W {Total}, {Points} points)");
}
