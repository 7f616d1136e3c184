using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Reports;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="ReportDefinition"/>, every part in its text form:
/// <c>{"schemaVersion": 1, "recordKind": "lead", "filter": "converted = false", "sort": "name",
/// "groups": ["assignedTo", "stars:desc"], "columns": ["name", "company"], "totals": ["avg(stars)"]}</c>.
/// A missing filter is every record, a missing sort the id order, missing totals none.
/// </summary>
internal sealed class ReportDefinitionDocument : IDocument<ReportDefinitionDocument, ReportDefinition>
{
    public static bool IsVersioned => true;

    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public int SchemaVersion { get; set; } = Serialization.SchemaVersion.Current;

    public RecordKind? RecordKind { get; set; }

    public string? Filter { get; set; }

    public string? Sort { get; set; }

    public List<string?>? Groups { get; set; }

    public List<string?>? Columns { get; set; }

    public List<string?>? Totals { get; set; }

    public static ReportDefinitionDocument From(ReportDefinition value) => new()
    {
        RecordKind = value.RecordKind,
        Filter = FilterText(value),
        Sort = SortText(value),
        Groups = GroupTexts(value),
        Columns = ColumnTexts(value),
        Totals = TotalTexts(value),
    };

    public ReportDefinition ToValue(DocumentPath path) =>
        Read(path, RecordKind, Filter, Sort, path.Property("groups").Required(Groups), Columns, Totals);

    /// <summary>The filter as written (<see langword="null"/> for every record).</summary>
    internal static string? FilterText(ReportDefinition value) => value.Filter is AllFilter ? null : value.Filter.ToString();

    /// <summary>The sort as written (<see langword="null"/> for the id order).</summary>
    internal static string? SortText(ReportDefinition value) => value.Sort.Keys.IsEmpty ? null : value.Sort.ToString();

    /// <summary>The grouping levels as written; always present (an empty list for a report without groups).</summary>
    internal static List<string?> GroupTexts(ReportDefinition value) => [.. value.Groups.Select(g => g.ToString())];

    /// <summary>The columns as written; always present.</summary>
    internal static List<string?> ColumnTexts(ReportDefinition value) => [.. value.Columns.Select(c => c.Name)];

    /// <summary>The totals as written, or <see langword="null"/> when there are none.</summary>
    internal static List<string?>? TotalTexts(ReportDefinition value) => value.Totals.IsEmpty ? null : [.. value.Totals.Select(t => t.ToString())];

    /// <summary>Rebuilds a definition from its parts, naming the exact member a refusal comes from.</summary>
    internal static ReportDefinition Read(DocumentPath path, RecordKind? kind, string? filter, string? sort, List<string?> groups, List<string?>? columns, List<string?>? totals)
    {
        var levels = groups.Select((g, i) => path.Property("groups").Index(i).Build(() => GroupLevel.Parse(path.Property("groups").Index(i).Required(g))));
        var fields = columns?.Select((c, i) => path.Property("columns").Index(i).Build(() => ReportFields.Resolve(path.Property("columns").Index(i).Required(c), null)));
        var sums = totals?.Select((t, i) => path.Property("totals").Index(i).Build(() => ReportTotal.Parse(path.Property("totals").Index(i).Required(t))));
        var definition = path.Build(() => ReportDefinition.Create(
            [.. levels],
            null,
            null,
            fields is null ? null : [.. fields],
            sums is null ? null : [.. sums],
            kind ?? Leads.RecordKind.Lead));
        if (filter is not null)
        {
            definition = path.Property("filter").Build(() => definition.WithFilter(filter));
        }

        return sort is null ? definition : path.Property("sort").Build(() => definition.WithSort(sort));
    }
}
