using System;

namespace LeadKit.Reporting;

/// <summary>How a report runs: its name in the result, and whether groups carry their first records. Immutable.</summary>
public sealed record ReportRunOptions
{
    private readonly int _itemsPerGroup;

    /// <summary>Gets the default options: no items, the report's own name.</summary>
    public static ReportRunOptions Default { get; } = new();

    /// <summary>Gets the name the result carries, or <see langword="null"/> for the report's own (the saved report's name, the built-in's title, <c>Report</c> otherwise).</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Gets how many records each group of the last level (or a report without groups) lists in
    /// <c>Items</c>, in the definition's sort: 0 (the default) for none, at most
    /// <see cref="Storage.RecordQuery.MaxLimit"/>. Each group's items cost one query; to page through
    /// all of a group's records, drill down instead (<see cref="LeadReports.DrillDownAsync"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="Storage.RecordQuery.MaxLimit"/>.</exception>
    public int ItemsPerGroup
    {
        get => _itemsPerGroup;
        init => _itemsPerGroup = value is < 0 or > Storage.RecordQuery.MaxLimit
            ? throw new ArgumentOutOfRangeException(nameof(value), value, $"Items per group are 0 to {Storage.RecordQuery.MaxLimit}.")
            : value;
    }
}
