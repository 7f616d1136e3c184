using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>
/// The reference grouping of <see cref="IRecordAggregation"/>: each record adds to its group's
/// counters, so memory grows with the number of groups, not of records. Reports use it over a
/// stream of records when a store has no aggregation of its own; the in-memory store runs it over
/// its records directly (without copying them). Gives the rows a store's own aggregation must give.
/// </summary>
internal sealed class RecordAggregation(AggregateQuery query)
{
    private readonly Dictionary<object?[], Accumulator> _groups = new(GroupKeys.Instance);
    private readonly object?[] _keys = new object?[query.GroupBy.Length];

    /// <summary>Groups a stream of records (already filtered by the query's filter).</summary>
    public static async Task<IReadOnlyList<AggregateRow>> AggregateAsync(IAsyncEnumerable<ContactRecord> records, AggregateQuery query, CancellationToken cancellationToken)
    {
        var aggregation = new RecordAggregation(query);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            aggregation.Add(record);
        }

        return aggregation.Rows();
    }

    /// <summary>Adds one record (it must match the query's filter).</summary>
    public void Add(ContactRecord record)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            _keys[i] = GroupKeys.Normalise(query.GroupBy[i].GetValue(record));
        }

        if (!_groups.TryGetValue(_keys, out var group))
        {
            group = new Accumulator(query.Sums.Length, record.Reference.Id);
            _groups.Add((object?[])_keys.Clone(), group);
        }

        group.Add(record, query);
    }

    /// <summary>The groups so far.</summary>
    public IReadOnlyList<AggregateRow> Rows()
    {
        var rows = new List<AggregateRow>(_groups.Count);
        foreach (var (key, group) in _groups)
        {
            rows.Add(new AggregateRow(key, group.Count, group.FirstId, group.Sums, group.Values));
        }

        return rows;
    }

    private sealed class Accumulator(int sums, Guid firstId)
    {
        public long Count { get; private set; }

        public Guid FirstId { get; private set; } = firstId;

        public decimal[] Sums { get; } = new decimal[sums];

        public long[] Values { get; } = new long[sums];

        public void Add(ContactRecord record, AggregateQuery query)
        {
            Count++;
            if (record.Reference.Id.CompareTo(FirstId) < 0)
            {
                FirstId = record.Reference.Id;
            }

            for (var i = 0; i < Sums.Length; i++)
            {
                if (query.Sums[i].GetValue(record) is decimal value)
                {
                    Sums[i] += value;
                    Values[i]++;
                }
            }
        }
    }
}
