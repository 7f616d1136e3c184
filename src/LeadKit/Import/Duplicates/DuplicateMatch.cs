using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Import.Duplicates;

/// <summary>
/// One indexed record that shares at least one key with what was looked up, and every key it
/// shares: the answer of <see cref="DuplicateIndex{TId}.Find(IEnumerable{MatchKey})"/>. Immutable.
/// </summary>
/// <typeparam name="TId">How the index names its records.</typeparam>
public sealed class DuplicateMatch<TId>
    where TId : notnull
{
    internal DuplicateMatch(TId id, IReadOnlyList<MatchKey> keys)
    {
        Id = id;
        Keys = keys;
    }

    /// <summary>Gets the id the matching record was indexed with.</summary>
    public TId Id { get; }

    /// <summary>Gets the shared keys, never empty, in rule order (<see cref="DuplicateRule.Email"/> first), then ordinally by value.</summary>
    public IReadOnlyList<MatchKey> Keys { get; }

    /// <summary>Gets the strongest shared key: the first of <see cref="Keys"/>.</summary>
    public MatchKey Key => Keys[0];

    /// <summary>Gets the strongest rule that matched: the rule of <see cref="Key"/>.</summary>
    public DuplicateRule Rule => Keys[0].Rule;

    /// <summary>
    /// Gets why the records are duplicates, in English, one clause per shared key:
    /// <c>same e-mail address jane@example.com; same phone number +14155550123</c>.
    /// </summary>
    public string Explanation => string.Join("; ", Keys.Select(k => k.Explanation));

    /// <summary>Returns the id and the explanation.</summary>
    /// <returns>The text, e.g. <c>42: same e-mail address jane@example.com</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"{Id}: {Explanation}");
}
