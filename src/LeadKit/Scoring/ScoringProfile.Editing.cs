using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LeadKit.Utility;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Scoring;

/// <content>Editing: every change returns a new profile with the next version.</content>
public sealed partial class ScoringProfile
{
    /// <summary>Returns the profile with a criterion added at the end.</summary>
    /// <param name="criterion">The criterion; its id and description must be new to the profile.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="LeadKitValidationException">The profile is full, or the id or description is taken.</exception>
    public ScoringProfile Add(ScoringCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return Next(Criteria.Add(criterion));
    }

    /// <summary>
    /// Returns the profile with a new check-box criterion at the end, its id made from the description
    /// (<see cref="SuggestId"/>): <c>Add("Budget confirmed", Weight.High)</c> adds
    /// <c>budget-confirmed</c>. The new criterion is the last of <see cref="Criteria"/>.
    /// </summary>
    /// <param name="description">The question; trimmed, 1–255 characters, new to the profile (ignoring case).</param>
    /// <param name="weight">How much it counts.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="LeadKitValidationException">The description is blank, too long or taken, or the profile is full.</exception>
    public ScoringProfile Add(string description, Weight weight) =>
        Add(new ScoringCriterion(SuggestId(description ?? string.Empty), description ?? string.Empty, weight));

    /// <summary>Edits a criterion's description and/or weight (<see langword="null"/> keeps the current value).</summary>
    /// <param name="id">The criterion.</param>
    /// <param name="description">The new description, or <see langword="null"/>.</param>
    /// <param name="weight">The new weight, or <see langword="null"/>.</param>
    /// <returns>The new profile (the same profile when nothing changes).</returns>
    /// <exception cref="LeadKitValidationException">The criterion does not exist, or the description is blank, too long or taken.</exception>
    public ScoringProfile Edit(CriterionId id, string? description = null, Weight? weight = null)
    {
        var current = Find(id);
        var edited = current;
        if (description is not null)
        {
            edited = edited.WithDescription(description);
        }

        if (weight is { } newWeight)
        {
            edited = edited.WithWeight(newWeight);
        }

        return Replace(edited);
    }

    /// <summary>Gives a criterion a rule, or removes its rule (the check box decides again).</summary>
    /// <param name="id">The criterion.</param>
    /// <param name="rule">The rule, or <see langword="null"/>.</param>
    /// <returns>The new profile (the same profile when nothing changes).</returns>
    /// <exception cref="LeadKitValidationException">The criterion does not exist, or has a validity period.</exception>
    public ScoringProfile WithRule(CriterionId id, IScoringRule? rule) => Replace(Find(id).WithRule(rule));

    /// <summary>Sets or removes a criterion's validity period (score decay).</summary>
    /// <param name="id">The criterion.</param>
    /// <param name="validity">How long a check counts, or <see langword="null"/> for ever.</param>
    /// <returns>The new profile (the same profile when nothing changes).</returns>
    /// <exception cref="LeadKitValidationException">The criterion does not exist, has a rule, or the period is invalid.</exception>
    public ScoringProfile WithValidity(CriterionId id, Duration? validity) => Replace(Find(id).WithValidity(validity));

    /// <summary>Replaces the criterion with the same id.</summary>
    /// <param name="criterion">The new version of the criterion.</param>
    /// <returns>The new profile (the same profile when nothing changes).</returns>
    /// <exception cref="LeadKitValidationException">The criterion does not exist, or its description is taken by another.</exception>
    public ScoringProfile Replace(ScoringCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var index = IndexOf(criterion.Id);
        if (index < 0)
        {
            throw Unknown(criterion.Id);
        }

        return Criteria[index].Equals(criterion) ? this : Next(Criteria.SetItem(index, criterion));
    }

    /// <summary>Removes a criterion. Records keep their check for it, which is ignored from now on.</summary>
    /// <param name="id">The criterion.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="LeadKitValidationException">The criterion does not exist.</exception>
    public ScoringProfile Remove(CriterionId id)
    {
        var index = IndexOf(id);
        return index < 0 ? throw Unknown(id) : Next(Criteria.RemoveAt(index));
    }

    /// <summary>Moves a criterion to another position in the display order (scores do not change: law 5).</summary>
    /// <param name="id">The criterion.</param>
    /// <param name="index">Its new index, 0 to <c>Criteria.Length − 1</c>.</param>
    /// <returns>The new profile (the same profile when nothing changes).</returns>
    /// <exception cref="LeadKitValidationException">The criterion does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public ScoringProfile Move(CriterionId id, int index)
    {
        var from = IndexOf(id);
        if (from < 0)
        {
            throw Unknown(id);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Criteria.Length);
        return from == index ? this : Next(Criteria.RemoveAt(from).Insert(index, Criteria[from]));
    }

    /// <summary>Changes the points of the weights.</summary>
    /// <param name="scale">The new scale.</param>
    /// <returns>The new profile (the same profile when nothing changes).</returns>
    public ScoringProfile WithScale(WeightScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return scale.Equals(Scale) ? this : new ScoringProfile(Criteria, scale, MaxStars, checked(Version + 1));
    }

    /// <summary>Changes the most stars shown.</summary>
    /// <param name="maxStars">1 to <see cref="MaxStarsLimit"/>.</param>
    /// <returns>The new profile (the same profile when nothing changes).</returns>
    /// <exception cref="LeadKitValidationException"><paramref name="maxStars"/> is out of range.</exception>
    public ScoringProfile WithMaxStars(int maxStars) =>
        maxStars == MaxStars ? this : new ScoringProfile(Criteria, Scale, maxStars, checked(Version + 1));

    /// <summary>
    /// Suggests an id for a new criterion: the description in lower-case ASCII, accents dropped, other
    /// characters turned into hyphens (<c>Purchase timeline ≤ 3 months</c> → <c>purchase-timeline-3-months</c>),
    /// with <c>-2</c>, <c>-3</c>, … appended when the id is taken.
    /// </summary>
    /// <param name="description">The description.</param>
    /// <returns>An id the profile does not use.</returns>
    public CriterionId SuggestId(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var builder = new StringBuilder();
        foreach (var c in UnicodeText.Normalize(description, NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (Transliterations.TryGetValue(char.ToLowerInvariant(c), out var latin))
            {
                builder.Append(latin);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        slug = slug.Length == 0 ? "criterion" : slug[..Math.Min(slug.Length, CriterionId.MaxLength - 4)].Trim('-');
        var candidate = new CriterionId(slug);
        for (var n = 2; Contains(candidate); n++)
        {
            candidate = new CriterionId(string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}"));
        }

        return candidate;
    }

    // Letters that do not decompose into an ASCII letter plus accents.
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['ø'] = "o", ['œ'] = "oe", ['ł'] = "l", ['đ'] = "d", ['þ'] = "th", ['ð'] = "d", ['ı'] = "i",
    };

    private ScoringCriterion Find(CriterionId id) => TryGetCriterion(id, out var criterion) ? criterion : throw Unknown(id);

    private ScoringProfile Next(IEnumerable<ScoringCriterion> criteria) => new(criteria, Scale, MaxStars, checked(Version + 1));

    private static LeadKitValidationException Unknown(CriterionId id) =>
        Preconditions.Invalid(nameof(ScoringProfile), nameof(Criteria), "LeadKit.ScoringProfile.UnknownCriterion", $"The profile has no criterion '{id}'.", id.Value);
}
