using System;
using System.Collections.Generic;
using LeadKit.Leads;

namespace LeadKit.Import.Duplicates;

/// <summary>
/// Records (or anything keyed, such as import rows) by their <see cref="MatchKey"/>s, to find the
/// ones that share a key with a record or a row: the store's records for an import, the rows
/// imported so far for duplicates within a file, or a whole store to find its duplicates. Memory
/// grows with the number of keys; adding and finding cost a hash look-up per key.
/// </summary>
/// <remarks>
/// Not safe for concurrent changes; any number of threads may call
/// <see cref="Find(IEnumerable{MatchKey})"/> while nothing is added or removed.
/// </remarks>
/// <typeparam name="TId">How the caller names what it indexes: a <see cref="LeadId"/>, a row number, or a type of its own that tells records from rows.</typeparam>
public sealed class DuplicateIndex<TId>
    where TId : notnull
{
    private readonly Dictionary<TId, Entry> _entries;

    /// <summary>For each key, the one <see cref="Entry"/> that has it or a <see cref="List{T}"/> of them in insertion order.</summary>
    private readonly Dictionary<MatchKey, object> _byKey = [];

    private long _nextOrder;

    /// <summary>Creates an empty index.</summary>
    /// <param name="keys">How records are keyed by <see cref="Add(TId, ContactRecord)"/> and <see cref="Find(ContactRecord)"/>; <see langword="null"/> means <see cref="MatchKeys.Default"/>.</param>
    /// <param name="idComparer">How ids compare; <see langword="null"/> means the default comparer.</param>
    public DuplicateIndex(MatchKeys? keys = null, IEqualityComparer<TId>? idComparer = null)
    {
        MatchKeys = keys ?? MatchKeys.Default;
        _entries = new Dictionary<TId, Entry>(idComparer);
    }

    /// <summary>Gets how records are keyed.</summary>
    public MatchKeys MatchKeys { get; }

    /// <summary>Gets how many ids are indexed (those without any key included).</summary>
    public int Count => _entries.Count;

    /// <summary>Gets whether an id is indexed.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(TId id) => _entries.ContainsKey(id);

    /// <summary>Indexes a record under its keys (<see cref="MatchKeys.For"/>).</summary>
    /// <param name="id">The record's id, not yet in the index.</param>
    /// <param name="record">The record.</param>
    /// <returns>The keys it was indexed under, perhaps none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is already indexed (<see cref="Remove"/> it first to index a changed record).</exception>
    public IReadOnlyList<MatchKey> Add(TId id, ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var keys = MatchKeys.For(record);
        Add(id, keys);
        return keys;
    }

    /// <summary>
    /// Indexes an id under keys, such as those of an import row made with
    /// <see cref="MatchKeys.Email"/>, <see cref="MatchKeys.Phone"/> and
    /// <see cref="MatchKeys.NameAndCompany(string, string)"/>. A key given twice counts once.
    /// </summary>
    /// <param name="id">The id, not yet in the index.</param>
    /// <param name="keys">The keys, perhaps none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="keys"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is already indexed, or a key is <c>default</c>.</exception>
    public void Add(TId id, IEnumerable<MatchKey> keys)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(keys);
        if (_entries.ContainsKey(id))
        {
            throw new ArgumentException(FormattableString.Invariant($"'{id}' is already indexed; remove it first to index it again."), nameof(id));
        }

        var distinct = new List<MatchKey>();
        foreach (var key in keys)
        {
            var checkedKey = MatchKey.Checked(key, nameof(keys));
            if (!distinct.Contains(checkedKey))
            {
                distinct.Add(checkedKey);
            }
        }

        var entry = new Entry(id, _nextOrder++, [.. distinct]);
        _entries.Add(id, entry);
        foreach (var key in entry.Keys)
        {
            if (!_byKey.TryGetValue(key, out var existing))
            {
                _byKey.Add(key, entry);
            }
            else if (existing is List<Entry> list)
            {
                list.Add(entry);
            }
            else
            {
                _byKey[key] = new List<Entry>(2) { (Entry)existing, entry };
            }
        }
    }

    /// <summary>Removes an id and its keys. Added again, it counts as added last.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when it was indexed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Remove(TId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!_entries.Remove(id, out var entry))
        {
            return false;
        }

        foreach (var key in entry.Keys)
        {
            var existing = _byKey[key];
            if (existing is List<Entry> list)
            {
                list.Remove(entry);
                if (list.Count == 1)
                {
                    _byKey[key] = list[0];
                }
            }
            else
            {
                _byKey.Remove(key);
            }
        }

        return true;
    }

    /// <summary>
    /// Finds every indexed id that shares a key with <paramref name="keys"/>, each once with all the
    /// keys it shares. Strongest rule first: ids sharing an e-mail key, then those sharing only a
    /// phone key, then those sharing only the name-and-company key; ids of one rule in the order
    /// they were added. The answer depends only on the keys, not on their order or repeats.
    /// </summary>
    /// <param name="keys">The keys to look up, e.g. a row's.</param>
    /// <returns>The matches; empty when nothing shares a key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> is null.</exception>
    /// <exception cref="ArgumentException">A key is <c>default</c>.</exception>
    public IReadOnlyList<DuplicateMatch<TId>> Find(IEnumerable<MatchKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);

        // Every (indexed entry, shared key) pair, then grouped by entry: no per-call dictionary,
        // and a key asked for twice gives a pair twice, dropped once sorted.
        List<(Entry Entry, MatchKey Key)>? hits = null;
        foreach (var key in keys)
        {
            if (!_byKey.TryGetValue(MatchKey.Checked(key, nameof(keys)), out var existing))
            {
                continue;
            }

            hits ??= [];
            if (existing is List<Entry> list)
            {
                foreach (var entry in list)
                {
                    hits.Add((entry, key));
                }
            }
            else
            {
                hits.Add(((Entry)existing, key));
            }
        }

        if (hits is null)
        {
            return [];
        }

        if (hits.Count > 1)
        {
            hits.Sort(static (a, b) => a.Entry.Order != b.Entry.Order ? a.Entry.Order.CompareTo(b.Entry.Order) : CompareKeys(a.Key, b.Key));
        }

        var matches = new List<DuplicateMatch<TId>>();
        for (var start = 0; start < hits.Count;)
        {
            var entry = hits[start].Entry;
            var end = start + 1;
            var distinct = 1;
            for (; end < hits.Count && ReferenceEquals(hits[end].Entry, entry); end++)
            {
                distinct += hits[end].Key == hits[end - 1].Key ? 0 : 1;
            }

            var shared = new MatchKey[distinct];
            shared[0] = hits[start].Key;
            for (int i = start + 1, j = 1; i < end; i++)
            {
                if (hits[i].Key != hits[i - 1].Key)
                {
                    shared[j++] = hits[i].Key;
                }
            }

            matches.Add(new DuplicateMatch<TId>(entry.Id, shared));
            start = end;
        }

        if (matches.Count > 1)
        {
            // Already in insertion order: a stable sort by strongest rule keeps it within a rule.
            var ordered = new DuplicateMatch<TId>[matches.Count];
            var next = 0;
            foreach (var rule in (ReadOnlySpan<DuplicateRule>)[DuplicateRule.Email, DuplicateRule.Phone, DuplicateRule.NameAndCompany])
            {
                foreach (var match in matches)
                {
                    if (match.Rule == rule)
                    {
                        ordered[next++] = match;
                    }
                }
            }

            return ordered;
        }

        return matches;
    }

    /// <summary>Finds every indexed id that shares a key with a record (<see cref="MatchKeys.For"/>); the record itself too, when it is indexed.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The matches, as <see cref="Find(IEnumerable{MatchKey})"/> orders them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public IReadOnlyList<DuplicateMatch<TId>> Find(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Find(MatchKeys.For(record));
    }

    private static int CompareKeys(MatchKey a, MatchKey b) =>
        a.Rule != b.Rule ? a.Rule.CompareTo(b.Rule) : string.CompareOrdinal(a.Value, b.Value);

    /// <summary>One indexed id: its keys and when it was added.</summary>
    private sealed class Entry(TId id, long order, MatchKey[] keys)
    {
        public TId Id { get; } = id;

        public long Order { get; } = order;

        public MatchKey[] Keys { get; } = keys;
    }
}
