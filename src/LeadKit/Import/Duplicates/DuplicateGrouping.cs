using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Import.Duplicates;

/// <summary>
/// Turns (record, key) pairs into <see cref="DuplicateGroup{TId}"/>s: per rule, the connected
/// records of the graph whose edges are shared keys (a union–find over the pairs), keeping the
/// groups of two or more. The answer depends on the set of pairs only: not on their order or repeats.
/// </summary>
internal static class DuplicateGrouping
{
    /// <summary>Groups the pairs: groups in rule order (<see cref="DuplicateRule.Email"/> first), then by their first id; ids ascending.</summary>
    public static IReadOnlyList<DuplicateGroup<TId>> Group<TId>(IEnumerable<(TId Id, MatchKey Key)> pairs, IComparer<TId>? comparer = null)
        where TId : notnull
    {
        comparer ??= Comparer<TId>.Default;
        var byKey = new Dictionary<MatchKey, HashSet<TId>>();
        foreach (var (id, key) in pairs)
        {
            if (!byKey.TryGetValue(MatchKey.Checked(key, nameof(pairs)), out var ids))
            {
                byKey[key] = ids = [];
            }

            ids.Add(id);
        }

        var groups = new List<DuplicateGroup<TId>>();
        foreach (var rule in byKey.Keys.Select(k => k.Rule).Distinct().Order())
        {
            var parent = new Dictionary<TId, TId>();
            var shared = byKey.Where(p => p.Key.Rule == rule && p.Value.Count > 1).ToList();
            foreach (var (_, ids) in shared)
            {
                var first = default(TId);
                var any = false;
                foreach (var id in ids)
                {
                    parent.TryAdd(id, id);
                    if (any)
                    {
                        Union(parent, first!, id);
                    }
                    else
                    {
                        (first, any) = (id, true);
                    }
                }
            }

            var members = new Dictionary<TId, List<TId>>();
            foreach (var id in parent.Keys)
            {
                var root = Find(parent, id);
                if (!members.TryGetValue(root, out var list))
                {
                    members[root] = list = [];
                }

                list.Add(id);
            }

            var keysOf = new Dictionary<TId, List<MatchKey>>();
            foreach (var (key, ids) in shared)
            {
                var root = Find(parent, ids.First());
                if (!keysOf.TryGetValue(root, out var list))
                {
                    keysOf[root] = list = [];
                }

                list.Add(key);
            }

            groups.AddRange(members
                .Select(m =>
                {
                    m.Value.Sort(comparer);
                    keysOf[m.Key].Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
                    return new DuplicateGroup<TId>(rule, m.Value.AsReadOnly(), keysOf[m.Key].AsReadOnly());
                })
                .OrderBy(g => g.Ids[0], comparer));
        }

        return groups.AsReadOnly();
    }

    private static TId Find<TId>(Dictionary<TId, TId> parent, TId id)
        where TId : notnull
    {
        var root = id;
        while (!EqualityComparer<TId>.Default.Equals(parent[root], root))
        {
            root = parent[root];
        }

        while (!EqualityComparer<TId>.Default.Equals(parent[id], root))
        {
            (parent[id], id) = (root, parent[id]);
        }

        return root;
    }

    private static void Union<TId>(Dictionary<TId, TId> parent, TId a, TId b)
        where TId : notnull
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (!EqualityComparer<TId>.Default.Equals(ra, rb))
        {
            parent[rb] = ra;
        }
    }
}
