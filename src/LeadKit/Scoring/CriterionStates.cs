using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// A record's criterion states as an immutable value: each checked criterion with the instant it was
/// checked (a criterion not listed is unchecked). Ordered by id. It is what the JSON format writes
/// for criterion states, and a ready <see cref="IScorableRecord.CriterionChecks"/> for host types.
/// </summary>
public sealed class CriterionStates : IReadOnlyDictionary<CriterionId, Instant>, IEquatable<CriterionStates>
{
    private readonly CriterionId[] _ids;
    private readonly Instant[] _instants;

    private CriterionStates(CriterionId[] ids, Instant[] instants)
    {
        _ids = ids;
        _instants = instants;
    }

    /// <summary>Gets the checked criteria, in id order (the compiled profile's allocation-free walk).</summary>
    internal ReadOnlySpan<CriterionId> IdSpan => _ids;

    /// <summary>Gets the check instants, in id order.</summary>
    internal ReadOnlySpan<Instant> InstantSpan => _instants;

    /// <summary>Gets the states with nothing checked.</summary>
    public static CriterionStates Empty { get; } = new([], []);

    /// <summary>Gets the number of checked criteria.</summary>
    public int Count => _ids.Length;

    /// <summary>Gets the checked criteria, in id order.</summary>
    public IEnumerable<CriterionId> Keys => _ids;

    /// <summary>Gets the check instants, in id order.</summary>
    public IEnumerable<Instant> Values => _instants;

    /// <summary>Gets when a criterion was checked.</summary>
    /// <param name="key">The criterion.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="KeyNotFoundException">The criterion is not checked.</exception>
    public Instant this[CriterionId key] =>
        TryGetValue(key, out var at) ? at : throw new KeyNotFoundException($"Criterion '{key}' is not checked.");

    /// <summary>Compares two sets of states.</summary>
    /// <param name="left">The first states.</param>
    /// <param name="right">The second states.</param>
    /// <returns>Whether the same criteria are checked at the same instants.</returns>
    public static bool operator ==(CriterionStates? left, CriterionStates? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two sets of states.</summary>
    /// <param name="left">The first states.</param>
    /// <param name="right">The second states.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CriterionStates? left, CriterionStates? right) => !(left == right);

    /// <summary>Creates states from checks (a record's <see cref="IScorableRecord.CriterionChecks"/>, for example).</summary>
    /// <param name="checks">Each checked criterion with its instant.</param>
    /// <returns>The states.</returns>
    /// <exception cref="ArgumentException">A criterion appears twice, or is the default (empty) id.</exception>
    public static CriterionStates From(IEnumerable<KeyValuePair<CriterionId, Instant>> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var pairs = checks.OrderBy(p => p.Key).ToArray();
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i].Key.Value.Length == 0)
            {
                throw new ArgumentException("The default CriterionId is not a criterion.", nameof(checks));
            }

            if (i > 0 && pairs[i].Key == pairs[i - 1].Key)
            {
                throw new ArgumentException($"Criterion '{pairs[i].Key}' appears twice.", nameof(checks));
            }
        }

        return pairs.Length == 0 ? Empty : new CriterionStates([.. pairs.Select(p => p.Key)], [.. pairs.Select(p => p.Value)]);
    }

    /// <summary>Returns the states with a criterion checked at an instant (checking it again moves the instant).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="at">When it was checked.</param>
    /// <returns>The new states.</returns>
    public CriterionStates Check(CriterionId criterion, Instant at)
    {
        if (criterion.Value.Length == 0)
        {
            throw new ArgumentException("The default CriterionId is not a criterion.", nameof(criterion));
        }

        return From(this.Where(p => p.Key != criterion).Append(KeyValuePair.Create(criterion, at)));
    }

    /// <summary>Returns the states with a criterion unchecked (the same states when it was not checked).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The new states.</returns>
    public CriterionStates Uncheck(CriterionId criterion) =>
        ContainsKey(criterion) ? From(this.Where(p => p.Key != criterion)) : this;

    /// <inheritdoc />
    public bool ContainsKey(CriterionId key) => Array.BinarySearch(_ids, key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(CriterionId key, [MaybeNullWhen(false)] out Instant value)
    {
        var index = Array.BinarySearch(_ids, key);
        value = index >= 0 ? _instants[index] : default;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<CriterionId, Instant>> GetEnumerator()
    {
        for (var i = 0; i < _ids.Length; i++)
        {
            yield return KeyValuePair.Create(_ids[i], _instants[i]);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(CriterionStates? other) =>
        other is not null && _ids.AsSpan().SequenceEqual(other._ids) && _instants.AsSpan().SequenceEqual(other._instants);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CriterionStates);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < _ids.Length; i++)
        {
            hash.Add(_ids[i]);
            hash.Add(_instants[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns <c>{budget-confirmed@2026-11-27T09:00:00Z, need@…}</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "{" + string.Join(", ", this.Select(p => $"{p.Key}@{p.Value}")) + "}";
}
