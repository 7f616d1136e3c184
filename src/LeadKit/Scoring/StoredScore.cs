using System;
using System.Globalization;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// The automatic score last computed for a record and stored with it (<see cref="Leads.ContactRecord.Score"/>),
/// so that stores can filter, sort and report by score without re-running the engine: the automatic
/// stars, the signed points, M, W and the most stars shown, and where it comes from — the
/// <see cref="ProfileVersion"/> it was computed with, the instant it was computed for
/// (<see cref="ScoredAt"/>), the record <see cref="RecordVersion"/> it describes and the instant a check
/// it counts lapses (<see cref="ExpiresAt"/>). A stored score whose provenance no longer matches is
/// stale (<see cref="Leads.ContactRecord.IsScoreStale"/>); one stored by an earlier LeadKit has no
/// provenance and is always stale. Immutable; compares by value.
/// </summary>
public sealed record StoredScore
{
    /// <summary>Creates a stored score.</summary>
    /// <param name="automaticStars">The stars the criteria give, 0 to <paramref name="maxStars"/>.</param>
    /// <param name="points">The signed points.</param>
    /// <param name="met">M, 0 to <paramref name="total"/>.</param>
    /// <param name="total">W, 0 or more.</param>
    /// <param name="maxStars">The most stars shown, 1 to <see cref="ScoringProfile.MaxStarsLimit"/>.</param>
    /// <param name="profileVersion">The version of the profile it was computed with, or <see langword="null"/> when unknown.</param>
    /// <param name="scoredAt">The instant it was computed for (the <c>asOf</c>), or <see langword="null"/> when unknown.</param>
    /// <param name="recordVersion">The record version it describes, or <see langword="null"/> when unknown.</param>
    /// <param name="expiresAt">The earliest instant a check it counts as met lapses (its validity period ends), or <see langword="null"/> when none does.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public StoredScore(int automaticStars, int points, int met, int total, int maxStars, long? profileVersion = null, Instant? scoredAt = null, long? recordVersion = null, Instant? expiresAt = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(met);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(met, total);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxStars, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxStars, ScoringProfile.MaxStarsLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(automaticStars);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(automaticStars, maxStars);
        if (profileVersion is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(profileVersion), profileVersion, "A profile version is zero or more.");
        }

        if (recordVersion is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(recordVersion), recordVersion, "A record version is zero or more.");
        }

        AutomaticStars = automaticStars;
        Points = points;
        Met = met;
        Total = total;
        MaxStars = maxStars;
        ProfileVersion = profileVersion;
        ScoredAt = scoredAt;
        RecordVersion = recordVersion;
        ExpiresAt = expiresAt;
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

    /// <summary>Gets the version of the profile the score was computed with (<see langword="null"/> when unknown: stored by an earlier LeadKit).</summary>
    public long? ProfileVersion { get; }

    /// <summary>Gets the instant the score was computed for (<see langword="null"/> when unknown).</summary>
    public Instant? ScoredAt { get; }

    /// <summary>Gets the version of the record the score describes (<see langword="null"/> when unknown); a record saved since has another version.</summary>
    public long? RecordVersion { get; }

    /// <summary>Gets the earliest instant a check counted as met stops counting (its validity period ends), or <see langword="null"/> when no counted check expires.</summary>
    public Instant? ExpiresAt { get; }

    /// <summary>Gets the exact percent, 100·M/W (0 when W is 0).</summary>
    public Fraction Percent => Total == 0 ? Fraction.Zero : new Fraction(100L * Met, Total);

    /// <summary>Keeps the automatic part of a score, without provenance (a stored score without provenance is always stale).</summary>
    /// <param name="score">The score.</param>
    /// <returns>The stored score.</returns>
    public static StoredScore From(LeadScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new StoredScore(score.AutomaticStars, score.Points, score.Met, score.Total, score.MaxStars);
    }

    /// <summary>Returns whether another stored score has the same result (stars, points, M, W, most stars), whatever its provenance.</summary>
    /// <param name="other">The other score.</param>
    /// <returns>Whether the results are equal.</returns>
    public bool HasSameResult(StoredScore? other) =>
        other is not null && AutomaticStars == other.AutomaticStars && Points == other.Points && Met == other.Met && Total == other.Total && MaxStars == other.MaxStars;

    /// <summary>Returns <c>3/5 (M 3 of W 6, 0 points; profile 4)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{AutomaticStars}/{MaxStars} (M {Met} of W {Total}, {Points} points; profile {(ProfileVersion is { } v ? v.ToString(CultureInfo.InvariantCulture) : "unknown")})");
}
