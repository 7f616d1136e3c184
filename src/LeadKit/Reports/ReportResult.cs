using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Querying;

namespace LeadKit.Reports;

/// <summary>
/// The result of running a report, ready to render: its name, the definition it ran, the groups
/// of the first level (each with its subgroups), the count and totals of the whole report, and,
/// for a report without groups whose run asked for them, its first records. The counts of the
/// groups of a level always add up to the count of the group above (or of the report). Immutable;
/// compares by value, so the same definition on the same data gives an equal result on every store.
/// </summary>
public sealed class ReportResult : IEquatable<ReportResult>
{
    internal ReportResult(string name, ReportDefinition definition, Filter filter, long count, IReadOnlyList<TotalValue> totals, IReadOnlyList<ReportGroup> groups, IReadOnlyList<ReportItem> items)
    {
        Name = name;
        Definition = definition;
        Filter = filter;
        Count = count;
        Totals = totals;
        Groups = groups;
        Items = items;
    }

    /// <summary>Gets the report's name: the saved report's name, the built-in report's title, or the name the run was given.</summary>
    public string Name { get; }

    /// <summary>Gets the definition that ran.</summary>
    public ReportDefinition Definition { get; }

    /// <summary>Gets the filter that selected the report's records (the definition's, with users named in it bound to their ids).</summary>
    public Filter Filter { get; }

    /// <summary>Gets how many records the report counted.</summary>
    public long Count { get; }

    /// <summary>Gets the report's totals, in the order of <see cref="ReportDefinition.Totals"/>.</summary>
    public IReadOnlyList<TotalValue> Totals { get; }

    /// <summary>Gets the groups of the first level, in its order (empty for a report without groups, or without records).</summary>
    public IReadOnlyList<ReportGroup> Groups { get; }

    /// <summary>Gets, for a report without groups whose run asked for items, its first records; otherwise empty.</summary>
    public IReadOnlyList<ReportItem> Items { get; }

    /// <summary>Lists every group, depth first (a group before its subgroups).</summary>
    /// <returns>The groups.</returns>
    public IEnumerable<ReportGroup> AllGroups()
    {
        var stack = new Stack<ReportGroup>(Groups.Reverse());
        while (stack.Count > 0)
        {
            var group = stack.Pop();
            yield return group;
            for (var i = group.Groups.Count - 1; i >= 0; i--)
            {
                stack.Push(group.Groups[i]);
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(ReportResult? other) =>
        other is not null
        && Name == other.Name
        && Definition.Equals(other.Definition)
        && Filter.Equals(other.Filter)
        && Count == other.Count
        && Totals.SequenceEqual(other.Totals)
        && Groups.SequenceEqual(other.Groups)
        && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Count, Groups.Count);

    /// <summary>Returns <c>Leads by Score: 42 records in 5 groups</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {Count} records in {Groups.Count} groups";
}
