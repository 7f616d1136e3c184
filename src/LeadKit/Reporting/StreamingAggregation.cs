using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Reporting;

/// <summary>
/// The grouping of a store without <see cref="IRecordAggregation"/>: the records are streamed once
/// and each adds to its group's counters, so memory grows with the number of groups, not of
/// records. Gives the rows a store's own aggregation must give.
/// </summary>
internal static class StreamingAggregation
{
    public static async Task<IReadOnlyList<AggregateRow>> AggregateAsync(IAsyncEnumerable<ContactRecord> records, AggregateQuery query, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<object?[], Accumulator>(GroupKeys.Instance);
        var keys = new object?[query.GroupBy.Length];
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = GroupKeys.Normalise(query.GroupBy[i].GetValue(record));
            }

            if (!groups.TryGetValue(keys, out var group))
            {
                group = new Accumulator(query.Sums.Length, record.Reference.Id);
                groups.Add((object?[])keys.Clone(), group);
            }

            group.Add(record, query);
        }

        var rows = new List<AggregateRow>(groups.Count);
        foreach (var (key, group) in groups)
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
