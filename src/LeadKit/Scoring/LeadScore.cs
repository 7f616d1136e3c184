using System;
using System.Globalization;
using LeadKit.Leads;

namespace LeadKit.Scoring;

/// <summary>
/// A record's score: the displayed <see cref="Stars"/>, and the automatic result behind it —
/// <see cref="Met"/> (M, the points of the met criteria), <see cref="Total"/> (W, the points of all
/// criteria), <see cref="Points"/> (M − (W − M) by default), the exact <see cref="Percent"/>
/// (100·M/W) and <see cref="AutomaticStars"/>. With score type <see cref="ScoreType.Manual"/> the
/// displayed stars are the manual stars (capped at <see cref="MaxStars"/>), and the automatic result
/// is still there to show what switching back would give. Immutable; compares by value.
/// </summary>
public sealed record LeadScore
{
    /// <summary>Creates a score.</summary>
    /// <param name="automaticStars">The stars the criteria give, 0 to <paramref name="maxStars"/>.</param>
    /// <param name="points">The signed points (the sum of the criteria's contributions).</param>
    /// <param name="met">M: the points of the met criteria, 0 to <paramref name="total"/>.</param>
    /// <param name="total">W: the points of all criteria, 0 or more.</param>
    /// <param name="maxStars">The most stars the profile shows, 1 to 10.</param>
    /// <param name="scoreType">Whether the displayed stars are computed or set by hand.</param>
    /// <param name="manualStars">The manual stars, 0 to <see cref="ContactRecord.MaxManualStars"/>; required with <see cref="ScoreType.Manual"/>.</param>
    /// <exception cref="ArgumentException">A value is out of range, or a manual score has no star count.</exception>
    public LeadScore(int automaticStars, int points, int met, int total, int maxStars, ScoreType scoreType = ScoreType.Automatic, int? manualStars = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(met);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(met, total);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxStars, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxStars, ScoringProfile.MaxStarsLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(automaticStars);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(automaticStars, maxStars);
        if (!Enum.IsDefined(scoreType))
        {
            throw new ArgumentOutOfRangeException(nameof(scoreType), scoreType, "Unknown score type.");
        }

        if (manualStars is < 0 or > ContactRecord.MaxManualStars)
        {
            throw new ArgumentOutOfRangeException(nameof(manualStars), manualStars, $"Manual stars are 0 to {ContactRecord.MaxManualStars}.");
        }

        if (scoreType == ScoreType.Manual && manualStars is null)
        {
            throw new ArgumentException("A manual score needs a star count.", nameof(manualStars));
        }

        AutomaticStars = automaticStars;
        Points = points;
        Met = met;
        Total = total;
        MaxStars = maxStars;
        ScoreType = scoreType;
        ManualStars = manualStars;
    }

    /// <summary>Gets the displayed stars: the manual stars capped at <see cref="MaxStars"/> for a manual score, <see cref="AutomaticStars"/> otherwise.</summary>
    public int Stars => DisplayedStars.Of(ScoreType, ManualStars, AutomaticStars, MaxStars);

    /// <summary>Gets the stars the criteria give (shown even for a manual score: what switching back to Automatic gives).</summary>
    public int AutomaticStars { get; }

    /// <summary>Gets the signed points: every met criterion adds its points, every unmet one subtracts them (with the standard aggregation); −W to W.</summary>
    public int Points { get; }

    /// <summary>Gets M, the points of the met criteria.</summary>
    public int Met { get; }

    /// <summary>Gets W, the points of all the profile's criteria.</summary>
    public int Total { get; }

    /// <summary>Gets the exact percent, 100·M/W (0 when W is 0), e.g. 50/3; <see cref="Fraction.Round"/> gives 16.67.</summary>
    public Fraction Percent => Total == 0 ? Fraction.Zero : new Fraction(100L * Met, Total);

    /// <summary>Gets the most stars the profile shows.</summary>
    public int MaxStars { get; }

    /// <summary>Gets whether <see cref="Stars"/> is computed or set by hand.</summary>
    public ScoreType ScoreType { get; }

    /// <summary>Gets the manual star count, when the record has one (kept while Automatic, for a later switch).</summary>
    public int? ManualStars { get; }

    /// <summary>Returns the stars as text: <c>★★★☆☆</c> for 3 of 5.</summary>
    /// <returns>The stars.</returns>
    public string ToStarText() => new string('★', Stars) + new string('☆', Math.Max(0, MaxStars - Stars));

    /// <summary>Returns <c>★★★☆☆ 3/5 (automatic: M 3 of W 6, 50 %, 0 points)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ToStarText()} {Stars}/{MaxStars} ({(ScoreType == ScoreType.Manual ? $"manual; automatic {AutomaticStars}" : "automatic")}: M {Met} of W {Total}, {Percent.Round(2)} %, {Points} points)");
}
