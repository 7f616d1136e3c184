using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Import.Duplicates;

/// <summary>
/// Records that are likely one person under one rule: every two of them are linked by a chain of
/// shared keys of <see cref="Rule"/> (a shares an e-mail address with b, b another with c: a, b and
/// c are one group). Under one rule the groups are disjoint, and two records sharing a key of that
/// rule are always in the same group; a record can be in one group per rule. Immutable.
/// </summary>
/// <typeparam name="TId">How the records are named.</typeparam>
public sealed class DuplicateGroup<TId>
    where TId : notnull
{
    internal DuplicateGroup(DuplicateRule rule, IReadOnlyList<TId> ids, IReadOnlyList<MatchKey> keys)
    {
        Rule = rule;
        Ids = ids;
        Keys = keys;
    }

    /// <summary>Gets the rule whose keys link the records.</summary>
    public DuplicateRule Rule { get; }

    /// <summary>Gets the records, at least two, in ascending order of their ids.</summary>
    public IReadOnlyList<TId> Ids { get; }

    /// <summary>Gets the keys of <see cref="Rule"/> that two or more of the records share, ordinally by value.</summary>
    public IReadOnlyList<MatchKey> Keys { get; }

    /// <summary>Gets why the records are grouped, in English, one clause per shared key: <c>same e-mail address jane@example.com</c>.</summary>
    public string Explanation => string.Join("; ", Keys.Select(k => k.Explanation));

    /// <summary>Returns the rule, the ids and the explanation.</summary>
    /// <returns>The text, e.g. <c>Email: 1, 2: same e-mail address jane@example.com</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"{Rule}: {string.Join(", ", Ids)}: {Explanation}");
}
