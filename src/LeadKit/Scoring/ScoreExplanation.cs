using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// A score with its explanation: one <see cref="CriterionExplanation"/> per criterion of the profile,
/// in profile order, whose contributions add up to <see cref="LeadScore.Points"/> exactly and whose
/// met points add up to <see cref="LeadScore.Met"/>; plus the profile version and the instant the
/// score was computed for. Immutable; compares by value.
/// </summary>
public sealed class ScoreExplanation : IEquatable<ScoreExplanation>
{
    /// <summary>Creates an explanation.</summary>
    /// <param name="score">The score.</param>
    /// <param name="criteria">One line per criterion, in profile order.</param>
    /// <param name="profileVersion">The version of the profile used.</param>
    /// <param name="asOf">The instant the score was computed for.</param>
    /// <exception cref="ArgumentException">A line is null, or the lines do not add up to the score: their contributions to <see cref="LeadScore.Points"/>, their met points to <see cref="LeadScore.Met"/>, their points to <see cref="LeadScore.Total"/>.</exception>
    public ScoreExplanation(LeadScore score, IEnumerable<CriterionExplanation> criteria, long profileVersion, Instant asOf)
    {
        Score = score ?? throw new ArgumentNullException(nameof(score));
        ArgumentNullException.ThrowIfNull(criteria);
        Criteria = [.. criteria];
        if (Criteria.Any(c => c is null))
        {
            throw new ArgumentException("A criterion line is null.", nameof(criteria));
        }

        var (contributions, met, total) = (0L, 0L, 0L);
        foreach (var line in Criteria)
        {
            contributions += line.Contribution;
            met += line.Met ? line.Points : 0;
            total += line.Points;
        }

        if (contributions != score.Points || met != score.Met || total != score.Total)
        {
            throw new ArgumentException($"The criterion lines add up to {contributions} points, {met} met and {total} in all; the score has {score.Points}, {score.Met} and {score.Total}.", nameof(criteria));
        }

        ProfileVersion = profileVersion;
        AsOf = asOf;
    }

    /// <summary>Gets the score.</summary>
    public LeadScore Score { get; }

    /// <summary>Gets one line per criterion, in profile order.</summary>
    public ImmutableArray<CriterionExplanation> Criteria { get; }

    /// <summary>Gets the version of the profile the score was computed with.</summary>
    public long ProfileVersion { get; }

    /// <summary>Gets the instant the score was computed for.</summary>
    public Instant AsOf { get; }

    /// <summary>Compares two explanations.</summary>
    /// <param name="left">The first explanation.</param>
    /// <param name="right">The second explanation.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ScoreExplanation? left, ScoreExplanation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two explanations.</summary>
    /// <param name="left">The first explanation.</param>
    /// <param name="right">The second explanation.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ScoreExplanation? left, ScoreExplanation? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ScoreExplanation? other) =>
        other is not null && Score.Equals(other.Score) && Criteria.SequenceEqual(other.Criteria) && ProfileVersion == other.ProfileVersion && AsOf == other.AsOf;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoreExplanation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Score, Criteria.Length, ProfileVersion, AsOf);

    /// <summary>Returns the score on one line, then one line per criterion.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder().Append(Score).Append(" as of ").Append(AsOf).Append(", profile v").Append(ProfileVersion);
        foreach (var line in Criteria)
        {
            builder.Append('\n').Append("  ").Append(line);
        }

        return builder.ToString();
    }
}
