using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Querying;

namespace LeadKit.Reports;

/// <summary>
/// One group of a report: the records that share a value of one grouping level's field (and of
/// the levels above it), with their count and totals, its subgroups (the next level), and, when a
/// run asked for them, its first records (<see cref="Items"/>). <see cref="Filter"/> selects exactly
/// its records, for drilling down. Immutable; compares by value.
/// </summary>
public sealed class ReportGroup : IEquatable<ReportGroup>
{
    /// <summary>How the group of the records assigned to nobody is shown: <c>(unassigned)</c>.</summary>
    public const string UnassignedDisplay = "(unassigned)";

    /// <summary>How the group of the records without a value is shown, for fields other than <c>assignedTo</c>: <c>(none)</c>.</summary>
    public const string NoneDisplay = "(none)";

    internal ReportGroup(GroupLevel level, object? key, string display, long count, IReadOnlyList<TotalValue> totals, IReadOnlyList<ReportGroup> groups, IReadOnlyList<ReportItem> items, Filter filter)
    {
        Level = level;
        Key = key;
        Display = display;
        Count = count;
        Totals = totals;
        Groups = groups;
        Items = items;
        Filter = filter;
    }

    /// <summary>Gets the grouping level the group belongs to.</summary>
    public GroupLevel Level { get; }

    /// <summary>
    /// Gets the value the group's records share, as <see cref="RecordField.GetValue"/> reads it (text
    /// as the group's first record spells it; for <c>assignedTo</c>, the user's id as text), or
    /// <see langword="null"/> for the records without a value.
    /// </summary>
    public object? Key { get; }

    /// <summary>Gets a value indicating whether this is the group of the records without a value.</summary>
    public bool IsEmpty => Key is null;

    /// <summary>Gets the key as a person reads it: the user's display name for <c>assignedTo</c>, <c>(unassigned)</c> or <c>(none)</c> for the empty group, the value's text otherwise.</summary>
    public string Display { get; }

    /// <summary>Gets how many records the group has.</summary>
    public long Count { get; }

    /// <summary>Gets the group's totals, in the order of <see cref="ReportDefinition.Totals"/>.</summary>
    public IReadOnlyList<TotalValue> Totals { get; }

    /// <summary>Gets the subgroups (empty at the last level), in the level's order.</summary>
    public IReadOnlyList<ReportGroup> Groups { get; }

    /// <summary>Gets the group's first records, in the definition's sort (at the last level, when the run asked for items; otherwise empty).</summary>
    public IReadOnlyList<ReportItem> Items { get; }

    /// <summary>Gets the filter that selects exactly the group's records: the report's filter and the group's value at this level and the levels above.</summary>
    public Filter Filter { get; }

    /// <inheritdoc />
    public bool Equals(ReportGroup? other) =>
        other is not null
        && Level.Equals(other.Level)
        && Equals(Key, other.Key)
        && Display == other.Display
        && Count == other.Count
        && Totals.SequenceEqual(other.Totals)
        && Groups.SequenceEqual(other.Groups)
        && Items.SequenceEqual(other.Items)
        && Filter.Equals(other.Filter);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportGroup);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Display, Count);

    /// <summary>Returns <c>Ann Lee: 12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Display}: {Count}";
}
