using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LeadKit.Leads;

namespace LeadKit.Querying;

/// <summary>
/// How to order records: sort keys applied in turn, then the record id, so the order is total
/// (storage pages with keysets on the sort keys and the id). Written <c>created:desc,name</c>;
/// the empty text is <see cref="ById"/>, the id order. Immutable; compares by its keys.
/// </summary>
public sealed class SortSpec : IEquatable<SortSpec>
{
    private SortSpec(ImmutableArray<SortKey> keys) => Keys = keys;

    /// <summary>Gets the sort with no keys: records in id order.</summary>
    public static SortSpec ById { get; } = new([]);

    /// <summary>Gets the keys, most significant first.</summary>
    public ImmutableArray<SortKey> Keys { get; }

    /// <summary>Creates a sort from keys.</summary>
    /// <param name="keys">The keys, most significant first; each field at most once.</param>
    /// <returns>The sort.</returns>
    /// <exception cref="FilterException">A field appears twice.</exception>
    public static SortSpec By(params SortKey[] keys) => By((IEnumerable<SortKey>)keys);

    /// <summary>Creates a sort from a sequence of keys.</summary>
    /// <param name="keys">The keys, most significant first; each field at most once.</param>
    /// <returns>The sort.</returns>
    /// <exception cref="FilterException">A field appears twice.</exception>
    public static SortSpec By(IEnumerable<SortKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var list = keys.Select(k => k ?? throw new ArgumentException("A sort key is null.", nameof(keys))).ToImmutableArray();
        var duplicate = list.GroupBy(k => k.Field).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FilterException($"'{duplicate.Key.Name}' appears twice in the sort", duplicate.Key.Name);
        }

        return list.IsEmpty ? ById : new SortSpec(list);
    }

    /// <summary>Parses sort text: comma-separated fields, each optionally followed by <c>:asc</c> or <c>:desc</c>.</summary>
    /// <param name="text">The text, e.g. <c>created:desc,name</c>; blank text is <see cref="ById"/>.</param>
    /// <returns>The sort.</returns>
    /// <exception cref="FilterSyntaxException">The text names an unknown or unsortable field, repeats one, or is malformed.</exception>
    public static SortSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FilterParser.ParseSort(text);
    }

    /// <summary>Returns this sort with one more, less significant key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The new sort.</returns>
    /// <exception cref="FilterException">The key's field is already in the sort.</exception>
    public SortSpec ThenBy(SortKey key) => By(Keys.Add(key ?? throw new ArgumentNullException(nameof(key))));

    /// <summary>
    /// Builds the comparer that orders records by this sort: each key in turn (see
    /// <see cref="SortKey.CompareValues"/>), then ascending record id (<see cref="Guid"/> order,
    /// the order of the ids' text form), then kind (leads before contacts). A total order: only
    /// the same record compares equal.
    /// </summary>
    /// <returns>The comparer.</returns>
    public IComparer<ContactRecord> ToComparer() => new SortComparer(Keys);

    /// <inheritdoc />
    public bool Equals(SortSpec? other) => other is not null && Keys.SequenceEqual(other.Keys);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SortSpec);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var key in Keys)
        {
            hash.Add(key);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the sort as the language writes it, e.g. <c>created:desc,name</c> (empty for <see cref="ById"/>).</summary>
    /// <returns>The text, which <see cref="Parse"/> turns back into an equal sort.</returns>
    public override string ToString() => string.Join(",", Keys);
}
