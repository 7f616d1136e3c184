using System;
using System.Collections.Generic;

namespace LeadKit.Storage;

/// <summary>
/// One group of an <see cref="AggregateQuery"/>: the grouping fields' values, how many records
/// have them, the smallest id among those records, and the sums of the summed fields.
/// </summary>
/// <remarks>
/// <para>
/// A key is a value as <see cref="Querying.RecordField.GetValue"/> reads it, or <see langword="null"/>
/// when the records have none: a <see cref="string"/> (text; since text groups ignore case, as the
/// filter language compares it, a store may return any spelling of the group, such as a folded
/// key), a <see cref="decimal"/>, a <see cref="bool"/> or a <see cref="NodaTime.LocalDate"/>; for
/// <c>assignedTo</c>, the user's id as text. Records whose keys differ only in the case of their
/// text belong to the same row.
/// </para>
/// <para>
/// <see cref="FirstId"/> is the smallest record id of the group in <see cref="Guid"/> order (the order
/// of the ids' text form): the report reads that record to show a text group as its first record
/// spells it, which keeps results the same on every store.
/// </para>
/// </remarks>
public sealed class AggregateRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="keys">The grouping fields' values, in the order of <see cref="AggregateQuery.GroupBy"/>.</param>
    /// <param name="count">How many records the group has (at least 1).</param>
    /// <param name="firstId">The smallest record id of the group.</param>
    /// <param name="sums">The sum of each summed field over the group's records that have a value (0 when none has), in the order of <see cref="AggregateQuery.Sums"/>.</param>
    /// <param name="valueCounts">For each summed field, how many of the group's records have a value.</param>
    /// <exception cref="ArgumentException">The count is below 1, or <paramref name="sums"/> and <paramref name="valueCounts"/> differ in length.</exception>
    public AggregateRow(IReadOnlyList<object?> keys, long count, Guid firstId, IReadOnlyList<decimal> sums, IReadOnlyList<long> valueCounts)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(sums);
        ArgumentNullException.ThrowIfNull(valueCounts);
        if (count < 1)
        {
            throw new ArgumentException("A group has at least one record.", nameof(count));
        }

        if (sums.Count != valueCounts.Count)
        {
            throw new ArgumentException("Every sum has its count of values.", nameof(valueCounts));
        }

        Keys = keys;
        Count = count;
        FirstId = firstId;
        Sums = sums;
        ValueCounts = valueCounts;
    }

    /// <summary>Gets the grouping fields' values.</summary>
    public IReadOnlyList<object?> Keys { get; }

    /// <summary>Gets how many records the group has.</summary>
    public long Count { get; }

    /// <summary>Gets the smallest record id of the group.</summary>
    public Guid FirstId { get; }

    /// <summary>Gets the sums of the summed fields.</summary>
    public IReadOnlyList<decimal> Sums { get; }

    /// <summary>Gets, per summed field, how many records have a value.</summary>
    public IReadOnlyList<long> ValueCounts { get; }
}
