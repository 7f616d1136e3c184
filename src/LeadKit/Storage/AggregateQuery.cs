using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LeadKit.Querying;

namespace LeadKit.Storage;

/// <summary>
/// What <see cref="IRecordAggregation.AggregateAsync"/> computes: the records matching
/// <see cref="Filter"/>, grouped by the values of <see cref="GroupBy"/>, each group's count,
/// smallest record id and the sums of <see cref="Sums"/>. Immutable.
/// </summary>
public sealed class AggregateQuery
{
    /// <summary>Creates a query.</summary>
    /// <param name="filter">Which records to count.</param>
    /// <param name="groupBy">The grouping fields: single-valued fields that support <see cref="FieldCapabilities.Group"/>, each once.</param>
    /// <param name="sums">The fields to sum: single-valued fields whose values are numbers (or custom fields), each once.</param>
    /// <exception cref="ArgumentException">A grouping field cannot be grouped, or a field appears twice in a list.</exception>
    public AggregateQuery(Filter filter, IEnumerable<RecordField> groupBy, IEnumerable<RecordField> sums)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(sums);
        Filter = filter;
        GroupBy = [.. groupBy.Select(f => f ?? throw new ArgumentException("A grouping field is null.", nameof(groupBy)))];
        Sums = [.. sums.Select(f => f ?? throw new ArgumentException("A summed field is null.", nameof(sums)))];
        if (GroupBy.FirstOrDefault(f => !f.Supports(FieldCapabilities.Group) || f.IsMultiValued) is { } field)
        {
            throw new ArgumentException($"'{field.Name}' cannot be grouped.", nameof(groupBy));
        }

        if (GroupBy.Distinct().Count() != GroupBy.Length || Sums.Distinct().Count() != Sums.Length)
        {
            throw new ArgumentException("A field appears twice.", GroupBy.Distinct().Count() != GroupBy.Length ? nameof(groupBy) : nameof(sums));
        }
    }

    /// <summary>Gets which records are counted (user names in <c>assignedTo</c> conditions already bound to ids).</summary>
    public Filter Filter { get; }

    /// <summary>Gets the grouping fields, in the order of <see cref="AggregateRow.Keys"/>.</summary>
    public ImmutableArray<RecordField> GroupBy { get; }

    /// <summary>Gets the summed fields, in the order of <see cref="AggregateRow.Sums"/>.</summary>
    public ImmutableArray<RecordField> Sums { get; }
}
