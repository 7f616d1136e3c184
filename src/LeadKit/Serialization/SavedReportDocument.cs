using System.Collections.Generic;
using System.Linq;
using LeadKit.Reports;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="SavedReport"/>: <c>{"schemaVersion": 1, "name": "Hot leads",
/// "category": "Leads", "basedOn": "by-score", "filter": "stars &gt;= 4", "sort": "company",
/// "columns": ["name", "company"]}</c>.
/// </summary>
internal sealed class SavedReportDocument : IDocument<SavedReportDocument, SavedReport>
{
    public static bool IsVersioned => true;

    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public int SchemaVersion { get; set; } = Serialization.SchemaVersion.Current;

    public string? Name { get; set; }

    public string? Category { get; set; }

    public string? BasedOn { get; set; }

    public string? Filter { get; set; }

    public string? Sort { get; set; }

    public List<string>? Columns { get; set; }

    public static SavedReportDocument From(SavedReport value) => new()
    {
        Name = value.Name,
        Category = value.Category,
        BasedOn = SavedReport.NameOf(value.BasedOn),
        Filter = value.Filter,
        Sort = value.Sort,
        Columns = value.Columns.IsEmpty ? null : [.. value.Columns],
    };

    public SavedReport ToValue(DocumentPath path)
    {
        if (!SavedReport.TryParseBuiltIn(BasedOn, out var basedOn))
        {
            throw path.Property("basedOn").Error($"'{BasedOn}' is not a built-in report (by-assigned, by-assigned-rating, by-score).");
        }

        return path.Build(() => new SavedReport(Name ?? string.Empty, basedOn, Filter, Sort, Columns?.Select(c => c ?? string.Empty), Category ?? SavedReport.LeadsCategory));
    }
}
