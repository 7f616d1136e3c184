using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// One yes/no question of a scoring profile, shown as a check box: a stable <see cref="Id"/>, a
/// <see cref="Description"/> (trimmed, 1–255 characters), a <see cref="Weight"/>, and optionally a
/// <see cref="Rule"/> (the criterion is then met exactly when the rule holds, whatever the check box
/// says) or a <see cref="Validity"/> period (a check older than that no longer counts: score decay).
/// Immutable: the <c>With…</c> methods return a new criterion with the same id.
/// </summary>
public sealed class ScoringCriterion : IEquatable<ScoringCriterion>
{
    /// <summary>The longest description accepted.</summary>
    public const int MaxDescriptionLength = 255;

    /// <summary>The longest validity period accepted (100 years of 365.25 days).</summary>
    public static readonly Duration MaxValidity = Duration.FromDays(36_525);

    /// <summary>Creates a criterion.</summary>
    /// <param name="id">The stable identifier.</param>
    /// <param name="description">The question, e.g. <c>Budget confirmed</c>; trimmed, 1–255 characters.</param>
    /// <param name="weight">How much it counts.</param>
    /// <param name="rule">The rule that decides it, or <see langword="null"/> for a check box.</param>
    /// <param name="validity">How long a check counts, or <see langword="null"/> for ever; positive, at most <see cref="MaxValidity"/>, only without a rule.</param>
    /// <exception cref="LeadKitValidationException">The id is the default id, the description is blank or too long, the weight is unknown, or the validity period is invalid.</exception>
    public ScoringCriterion(CriterionId id, string description, Weight weight, IScoringRule? rule = null, Duration? validity = null)
    {
        var errors = new List<ValidationError>();
        if (id.Value.Length == 0)
        {
            errors.Add(new ValidationError(nameof(Id), "LeadKit.ScoringCriterion.IdRequired", "A criterion needs an id."));
        }

        var trimmed = description?.Trim() ?? string.Empty;
        if (CheckDescription(trimmed) is { } problem)
        {
            errors.Add(problem);
        }

        if (!Enum.IsDefined(weight))
        {
            errors.Add(new ValidationError(nameof(Weight), "LeadKit.ScoringCriterion.Weight", $"Unknown weight {weight}.", ((int)weight).ToString(CultureInfo.InvariantCulture)));
        }

        if (validity is { } period)
        {
            if (period <= Duration.Zero || period > MaxValidity)
            {
                errors.Add(new ValidationError(nameof(Validity), "LeadKit.ScoringCriterion.Validity", $"A validity period is positive and at most {MaxValidity.Days} days, not {period}.", period.ToString()));
            }
            else if (rule is not null)
            {
                errors.Add(new ValidationError(nameof(Validity), "LeadKit.ScoringCriterion.RuleWithValidity", "A criterion with a rule has no validity period: the rule alone decides it (history conditions already look back a set time)."));
            }
        }

        if (errors.Count > 0)
        {
            throw new LeadKitValidationException(nameof(ScoringCriterion), errors);
        }

        Id = id;
        Description = trimmed;
        Weight = weight;
        Rule = rule;
        Validity = validity;
    }

    /// <summary>Gets the stable identifier.</summary>
    public CriterionId Id { get; }

    /// <summary>Gets the question, trimmed.</summary>
    public string Description { get; }

    /// <summary>Gets how much the criterion counts.</summary>
    public Weight Weight { get; }

    /// <summary>Gets the rule that decides the criterion, or <see langword="null"/> when the check box does.</summary>
    public IScoringRule? Rule { get; }

    /// <summary>Gets how long a check counts, or <see langword="null"/> when it counts for ever.</summary>
    public Duration? Validity { get; }

    /// <summary>Gets a value indicating whether the rule is data (a <see cref="ScoringRule"/>) or absent, so the criterion can be written to JSON.</summary>
    public bool IsSerializable => Rule is null or ScoringRule;

    /// <summary>Compares two criteria.</summary>
    /// <param name="left">The first criterion.</param>
    /// <param name="right">The second criterion.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ScoringCriterion? left, ScoringCriterion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two criteria.</summary>
    /// <param name="left">The first criterion.</param>
    /// <param name="right">The second criterion.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ScoringCriterion? left, ScoringCriterion? right) => !(left == right);

    /// <summary>Returns the criterion with another description.</summary>
    /// <param name="description">The new description.</param>
    /// <returns>The new criterion.</returns>
    public ScoringCriterion WithDescription(string description) => new(Id, description, Weight, Rule, Validity);

    /// <summary>Returns the criterion with another weight.</summary>
    /// <param name="weight">The new weight.</param>
    /// <returns>The new criterion.</returns>
    public ScoringCriterion WithWeight(Weight weight) => new(Id, Description, weight, Rule, Validity);

    /// <summary>Returns the criterion with another rule, or without one.</summary>
    /// <param name="rule">The new rule, or <see langword="null"/>.</param>
    /// <returns>The new criterion.</returns>
    public ScoringCriterion WithRule(IScoringRule? rule) => new(Id, Description, Weight, rule, Validity);

    /// <summary>Returns the criterion with another validity period, or without one.</summary>
    /// <param name="validity">The new period, or <see langword="null"/>.</param>
    /// <returns>The new criterion.</returns>
    public ScoringCriterion WithValidity(Duration? validity) => new(Id, Description, Weight, Rule, validity);

    /// <inheritdoc />
    public bool Equals(ScoringCriterion? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Weight == other.Weight
        && Equals(Rule, other.Rule)
        && Validity == other.Validity;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoringCriterion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, StringComparer.Ordinal.GetHashCode(Description), Weight, Rule, Validity);

    /// <summary>Returns <c>budget-confirmed "Budget confirmed" High</c>, with the rule or validity period when set.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder().Append(Id.Value).Append(" \"").Append(Description).Append("\" ").Append(Weight);
        if (Rule is not null)
        {
            builder.Append(", rule: ").Append(Rule);
        }

        if (Validity is { } validity)
        {
            builder.Append(", valid for ").Append(DurationText.Format(validity));
        }

        return builder.ToString();
    }

    /// <summary>Checks a trimmed description; returns the problem or <see langword="null"/>.</summary>
    internal static ValidationError? CheckDescription(string trimmed)
    {
        if (trimmed.Length == 0)
        {
            return new ValidationError(nameof(Description), "LeadKit.ScoringCriterion.DescriptionRequired", "A criterion needs a description.");
        }

        return trimmed.Length > MaxDescriptionLength
            ? new ValidationError(nameof(Description), "LeadKit.ScoringCriterion.DescriptionTooLong", $"A description has at most {MaxDescriptionLength} characters; this one has {trimmed.Length}.")
            : null;
    }
}
