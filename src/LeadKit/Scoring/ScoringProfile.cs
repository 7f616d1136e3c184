using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using LeadKit.Validation;

namespace LeadKit.Scoring;

/// <summary>
/// The database-wide set of scoring criteria (at most <see cref="MaxCriteria"/>, with unique ids and
/// descriptions unique ignoring case), the <see cref="WeightScale"/> that gives each weight its points,
/// the most stars shown (<see cref="MaxStars"/>, 5 by default) and a <see cref="Version"/> that grows
/// with every edit, so stored scores know which profile computed them. Immutable: every edit returns
/// a new profile; an edit that changes nothing returns the same profile. <see cref="Default"/> is the
/// profile LeadKit ships.
/// </summary>
public sealed partial class ScoringProfile : IEquatable<ScoringProfile>
{
    /// <summary>The most criteria a profile holds (the bit mask of the fast path has room for 64).</summary>
    public const int MaxCriteria = 50;

    /// <summary>The number of stars shown unless a profile says otherwise.</summary>
    public const int DefaultMaxStars = 5;

    /// <summary>The most stars a profile can show (also the largest manual star count).</summary>
    public const int MaxStarsLimit = 10;

    private CriterionEvaluator[]? _evaluators;

    /// <summary>Creates a profile (or restores a stored one with its version).</summary>
    /// <param name="criteria">The criteria, in display order.</param>
    /// <param name="scale">The points of each weight; <see cref="WeightScale.Default"/> when <see langword="null"/>.</param>
    /// <param name="maxStars">The most stars shown, 1 to <see cref="MaxStarsLimit"/>.</param>
    /// <param name="version">The version, 0 or more.</param>
    /// <exception cref="LeadKitValidationException">More than <see cref="MaxCriteria"/> criteria, a duplicate id or description, or <paramref name="maxStars"/> or <paramref name="version"/> out of range.</exception>
    public ScoringProfile(IEnumerable<ScoringCriterion> criteria, WeightScale? scale = null, int maxStars = DefaultMaxStars, long version = 1)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var list = criteria.ToImmutableArray();
        var errors = new List<ValidationError>();
        if (list.Any(c => c is null))
        {
            throw new ArgumentException("A criterion is null.", nameof(criteria));
        }

        if (list.Length > MaxCriteria)
        {
            errors.Add(new ValidationError(nameof(Criteria), "LeadKit.ScoringProfile.TooManyCriteria", $"A profile holds at most {MaxCriteria} criteria, not {list.Length}."));
        }

        for (var i = 0; i < list.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (list[i].Id == list[j].Id)
                {
                    errors.Add(new ValidationError($"Criteria[{i}].Id", "LeadKit.ScoringProfile.DuplicateId", $"Criterion id '{list[i].Id}' appears twice.", list[i].Id.Value));
                }
                else if (string.Equals(list[i].Description, list[j].Description, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(new ValidationError($"Criteria[{i}].Description", "LeadKit.ScoringProfile.DuplicateDescription", $"Criteria '{list[j].Id}' and '{list[i].Id}' have the same description \"{list[i].Description}\" (descriptions compare ignoring case).", list[i].Description));
                }
            }
        }

        if (maxStars is < 1 or > MaxStarsLimit)
        {
            errors.Add(new ValidationError(nameof(MaxStars), "LeadKit.ScoringProfile.MaxStars", $"A profile shows 1 to {MaxStarsLimit} stars, not {maxStars}.", maxStars.ToString(CultureInfo.InvariantCulture)));
        }

        if (version < 0)
        {
            errors.Add(new ValidationError(nameof(Version), "LeadKit.ScoringProfile.Version", $"A version is zero or more, not {version}.", version.ToString(CultureInfo.InvariantCulture)));
        }

        if (errors.Count > 0)
        {
            throw new LeadKitValidationException(nameof(ScoringProfile), errors);
        }

        Criteria = list;
        Scale = scale ?? WeightScale.Default;
        MaxStars = maxStars;
        Version = version;
    }

    /// <summary>Gets the profile without criteria, at version 0: every record scores 0 stars.</summary>
    public static ScoringProfile Empty { get; } = new([], version: 0);

    /// <summary>Gets the criteria, in display order.</summary>
    public ImmutableArray<ScoringCriterion> Criteria { get; }

    /// <summary>Gets the points of each weight.</summary>
    public WeightScale Scale { get; }

    /// <summary>Gets the most stars shown.</summary>
    public int MaxStars { get; }

    /// <summary>Gets the version: every edit returns a profile with the next version.</summary>
    public long Version { get; }

    /// <summary>Gets W, the points of all criteria.</summary>
    public int TotalPoints => Criteria.Sum(c => Scale.PointsOf(c.Weight));

    /// <summary>Gets a value indicating whether every rule is data, so the profile can be written to JSON.</summary>
    public bool IsSerializable => Criteria.All(c => c.IsSerializable);

    /// <summary>Gets the evaluators of the criteria, built once (compiled rules, points).</summary>
    internal CriterionEvaluator[] Evaluators => _evaluators ??= [.. Criteria.Select(c => new CriterionEvaluator(c, Scale.PointsOf(c.Weight)))];

    /// <summary>Gets a criterion by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="KeyNotFoundException">The profile has no such criterion.</exception>
    public ScoringCriterion this[CriterionId id] =>
        TryGetCriterion(id, out var criterion) ? criterion : throw new KeyNotFoundException($"The profile has no criterion '{id}'.");

    /// <summary>Compares two profiles.</summary>
    /// <param name="left">The first profile.</param>
    /// <param name="right">The second profile.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ScoringProfile? left, ScoringProfile? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two profiles.</summary>
    /// <param name="left">The first profile.</param>
    /// <param name="right">The second profile.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ScoringProfile? left, ScoringProfile? right) => !(left == right);

    /// <summary>Finds a criterion by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="criterion">The criterion, when found.</param>
    /// <returns>Whether the profile has it.</returns>
    public bool TryGetCriterion(CriterionId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScoringCriterion? criterion)
    {
        criterion = Criteria.FirstOrDefault(c => c.Id == id);
        return criterion is not null;
    }

    /// <summary>Returns whether the profile has a criterion.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether it has it.</returns>
    public bool Contains(CriterionId id) => Criteria.Any(c => c.Id == id);

    /// <summary>Returns the index of a criterion in <see cref="Criteria"/>, or −1.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The index, or −1.</returns>
    public int IndexOf(CriterionId id)
    {
        for (var i = 0; i < Criteria.Length; i++)
        {
            if (Criteria[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public bool Equals(ScoringProfile? other) =>
        other is not null
        && Version == other.Version
        && MaxStars == other.MaxStars
        && Scale.Equals(other.Scale)
        && Criteria.SequenceEqual(other.Criteria);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoringProfile);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Version, MaxStars, Scale, Criteria.Length);

    /// <summary>Returns a summary line, then one line per criterion.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"profile v{Version}: {Criteria.Length} criteria, W = {TotalPoints}, {MaxStars} stars, {Scale}");
        foreach (var criterion in Criteria)
        {
            builder.Append("\n  ").Append(criterion);
        }

        return builder.ToString();
    }
}
