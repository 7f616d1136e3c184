using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LeadKit.Utility;

namespace LeadKit.Scoring;

/// <summary>Suggested weights for every criterion of a profile, from the evidence of closed records (<see cref="ConversionEvidence.Suggest"/>).</summary>
public sealed record WeightSuggestions
{
    internal WeightSuggestions(long profileVersion, int closed, int converted, ImmutableArray<WeightSuggestion> criteria)
    {
        ProfileVersion = profileVersion;
        Closed = closed;
        Converted = converted;
        Criteria = criteria;
    }

    /// <summary>Gets the version of the profile the suggestions were made for: <see cref="Apply"/> refuses another.</summary>
    public long ProfileVersion { get; }

    /// <summary>Gets how many closed records the evidence counts.</summary>
    public int Closed { get; }

    /// <summary>Gets how many of them converted.</summary>
    public int Converted { get; }

    /// <summary>Gets one suggestion per criterion, in the profile's order.</summary>
    public ImmutableArray<WeightSuggestion> Criteria { get; }

    /// <summary>Compares the profile version, the counts and every suggestion.</summary>
    /// <param name="other">The other suggestions.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(WeightSuggestions? other) =>
        other is not null && ProfileVersion == other.ProfileVersion && Closed == other.Closed && Converted == other.Converted && Criteria.SequenceEqual(other.Criteria);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(ProfileVersion, Closed, Converted, Criteria.Length);

    /// <summary>Gets the suggestions that would change a weight.</summary>
    public IEnumerable<WeightSuggestion> Changes => Criteria.Where(c => c.IsChange);

    /// <summary>Returns <paramref name="profile"/> with the suggested weights of <paramref name="accepted"/> (all changes when null) — the reviewed suggestions, applied.</summary>
    /// <param name="profile">The profile the suggestions were made for (same version).</param>
    /// <param name="accepted">The criteria whose suggestion to apply; <see langword="null"/> applies every change.</param>
    /// <returns>The edited profile (its version is set when it is saved).</returns>
    /// <exception cref="ScoringException">The profile is another version than the suggestions', or an accepted criterion has no suggestion.</exception>
    public ScoringProfile Apply(ScoringProfile profile, IEnumerable<CriterionId>? accepted = null)
    {
        Preconditions.CheckNotNull(profile, nameof(profile));
        if (profile.Version != ProfileVersion)
        {
            throw new ScoringException($"The suggestions were made for profile version {ProfileVersion}, not {profile.Version}: suggest again.");
        }

        var byId = Criteria.ToDictionary(c => c.Criterion);
        var chosen = accepted is null ? [.. Changes] : accepted.Select(id => byId.TryGetValue(id, out var s) ? s : throw new ScoringException($"Criterion '{id}' has no suggestion.", id)).ToList();
        var weights = new Dictionary<CriterionId, Weight>();
        foreach (var suggestion in chosen)
        {
            weights[suggestion.Criterion] = suggestion.Suggested
                ?? throw new ScoringException($"Criterion '{suggestion.Criterion}' has no suggested weight: {suggestion.Reason}", suggestion.Criterion);
        }

        // Every accepted weight in one new version, as one edit.
        var criteria = profile.Criteria.Select(c => weights.TryGetValue(c.Id, out var w) && w != c.Weight ? c.WithWeight(w) : c).ToList();
        return criteria.SequenceEqual(profile.Criteria)
            ? profile
            : new ScoringProfile(criteria, profile.Scale, profile.MaxStars, checked(profile.Version + 1));
    }
}
