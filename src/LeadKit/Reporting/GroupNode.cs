using System;
using System.Collections.Generic;
using LeadKit.Storage;

namespace LeadKit.Reporting;

/// <summary>A group while a report is assembled from aggregate rows: its key, counters and subgroups.</summary>
internal sealed class GroupNode(object? key, int sums)
{
    private Dictionary<object, GroupNode>? _children;
    private GroupNode? _empty;

    public object? Key { get; set; } = key;

    public string Display { get; set; } = string.Empty;

    public long Count { get; private set; }

    public Guid FirstId { get; private set; }

    public decimal[] Sums { get; } = new decimal[sums];

    public long[] Values { get; } = new long[sums];

    /// <summary>Gets the subgroups, in no particular order.</summary>
    public IEnumerable<GroupNode> Children
    {
        get
        {
            if (_children is not null)
            {
                foreach (var child in _children.Values)
                {
                    yield return child;
                }
            }

            if (_empty is not null)
            {
                yield return _empty;
            }
        }
    }

    /// <summary>Adds a row's counters.</summary>
    public void Add(AggregateRow row)
    {
        if (Count == 0 || row.FirstId.CompareTo(FirstId) < 0)
        {
            FirstId = row.FirstId;
        }

        Count += row.Count;
        for (var i = 0; i < Sums.Length; i++)
        {
            Sums[i] += row.Sums[i];
            Values[i] += row.ValueCounts[i];
        }
    }

    /// <summary>The subgroup with a key (the same group as <see cref="GroupKeys"/> decides), created when new.</summary>
    public GroupNode Child(object? key)
    {
        if (key is null)
        {
            return _empty ??= new GroupNode(null, Sums.Length);
        }

        _children ??= new Dictionary<object, GroupNode>(GroupKeys.Instance!);
        if (!_children.TryGetValue(key, out var child))
        {
            child = new GroupNode(key, Sums.Length);
            _children.Add(key, child);
        }

        return child;
    }
}
