using System;
using System.Globalization;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// One line of a score explanation: a criterion, whether it is met and why, its weight and points,
/// and its signed contribution to <see cref="LeadScore.Points"/>. Immutable; compares by value.
/// </summary>
public sealed record CriterionExplanation
{
    /// <summary>Creates a line.</summary>
    /// <param name="id">The criterion.</param>
    /// <param name="description">Its description.</param>
    /// <param name="weight">Its weight.</param>
    /// <param name="points">The points its weight is worth.</param>
    /// <param name="met">Whether it is met.</param>
    /// <param name="reason">Why.</param>
    /// <param name="contribution">Its signed contribution to the points.</param>
    /// <param name="checkedAt">When it was checked (for <see cref="CriterionReason.Checked"/> and <see cref="CriterionReason.Expired"/>).</param>
    /// <param name="expiredAt">When the check stopped counting (for <see cref="CriterionReason.Expired"/>).</param>
    /// <param name="evidence">What the rule saw (for rule criteria), e.g. <c>source = "Trade Show"</c>.</param>
    public CriterionExplanation(CriterionId id, string description, Weight weight, int points, bool met, CriterionReason reason, int contribution, Instant? checkedAt = null, Instant? expiredAt = null, string? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        if (!Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason.");
        }

        Id = id;
        Description = description;
        Weight = weight;
        Points = points;
        Met = met;
        Reason = reason;
        Contribution = contribution;
        CheckedAt = checkedAt;
        ExpiredAt = expiredAt;
        Evidence = evidence;
    }

    /// <summary>Gets the criterion.</summary>
    public CriterionId Id { get; }

    /// <summary>Gets the criterion's description.</summary>
    public string Description { get; }

    /// <summary>Gets the criterion's weight.</summary>
    public Weight Weight { get; }

    /// <summary>Gets the points its weight is worth on the profile's scale.</summary>
    public int Points { get; }

    /// <summary>Gets a value indicating whether the criterion is met (its points count in M).</summary>
    public bool Met { get; }

    /// <summary>Gets why it is met or not.</summary>
    public CriterionReason Reason { get; }

    /// <summary>Gets the signed contribution to <see cref="LeadScore.Points"/> (+points when met, −points when not, with the standard aggregation).</summary>
    public int Contribution { get; }

    /// <summary>Gets when the criterion was checked, for a checked or expired check.</summary>
    public Instant? CheckedAt { get; }

    /// <summary>Gets when an expired check stopped counting (checked at + validity period).</summary>
    public Instant? ExpiredAt { get; }

    /// <summary>Gets what the rule saw, for a rule criterion.</summary>
    public string? Evidence { get; }

    /// <summary>Returns a sentence: <c>met: checked at 2026-11-27T09:00:00Z</c>, <c>not met: expired at …</c>, <c>met: rule matched (source = "Web")</c>.</summary>
    /// <returns>The reason as text.</returns>
    public string DescribeReason() => Reason switch
    {
        CriterionReason.Checked => $"met: checked at {CheckedAt}",
        CriterionReason.Expired => $"not met: checked at {CheckedAt}, expired at {ExpiredAt}",
        CriterionReason.RuleMatched => Evidence is null ? "met: rule matched" : $"met: rule matched ({Evidence})",
        CriterionReason.RuleNotMatched => Evidence is null ? "not met: rule not matched" : $"not met: rule not matched ({Evidence})",
        _ => "not met: unchecked",
    };

    /// <summary>Returns <c>budget-confirmed "Budget confirmed" High (3): +3, met: checked at …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} \"{Description}\" {Weight} ({Points}): {Contribution:+0;-0;0}, {DescribeReason()}");
}
