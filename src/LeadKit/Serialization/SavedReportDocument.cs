using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Reports;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="SavedReport"/>: its name, category, the built-in report it was
/// made from (if any) and its definition's members as <see cref="ReportDefinitionDocument"/> writes
/// them: <c>{"schemaVersion": 1, "name": "Hot leads", "category": "Leads", "basedOn": "by-score",
/// "recordKind": "lead", "filter": "converted = false and stars &gt;= 4", "sort": "company",
/// "groups": ["stars:desc"], "columns": ["name", "company"]}</c>.
/// </summary>
/// <remarks>
/// Documents written before reports had definitions have no <c>groups</c> member: they are read as
/// their built-in report (<c>basedOn</c>) with the <c>filter</c> narrowing its records, and the
/// <c>sort</c> and <c>columns</c>, when present, replacing its own — what
/// <see cref="SavedReport.FromBuiltIn"/> builds.
/// </remarks>
internal sealed class SavedReportDocument : IDocument<SavedReportDocument, SavedReport>
{
    public static bool IsVersioned => true;

    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public int SchemaVersion { get; set; } = Serialization.SchemaVersion.Current;

    public string? Name { get; set; }

    public string? Category { get; set; }

    public string? BasedOn { get; set; }

    public RecordKind? RecordKind { get; set; }

    public string? Filter { get; set; }

    public string? Sort { get; set; }

    public List<string?>? Groups { get; set; }

    public List<string?>? Columns { get; set; }

    public List<string?>? Totals { get; set; }

    public static SavedReportDocument From(SavedReport value) => new()
    {
        Name = value.Name,
        Category = value.Category,
        BasedOn = value.BasedOn is { } basedOn ? SavedReport.NameOf(basedOn) : null,
        RecordKind = value.Definition.RecordKind,
        Filter = ReportDefinitionDocument.FilterText(value.Definition),
        Sort = ReportDefinitionDocument.SortText(value.Definition),
        Groups = ReportDefinitionDocument.GroupTexts(value.Definition),
        Columns = ReportDefinitionDocument.ColumnTexts(value.Definition),
        Totals = ReportDefinitionDocument.TotalTexts(value.Definition),
    };

    public SavedReport ToValue(DocumentPath path)
    {
        BuiltInReport? basedOn = null;
        if (BasedOn is not null)
        {
            basedOn = SavedReport.TryParseBuiltIn(BasedOn, out var report)
                ? report
                : throw path.Property("basedOn").Error($"'{BasedOn}' is not a built-in report (by-assigned, by-assigned-rating, by-score).");
        }

        if (Groups is null)
        {
            // A document from before definitions: the built-in report, changed.
            var builtIn = path.Property("basedOn").RequiredValue(basedOn);
            var report = path.Build(() => SavedReport.FromBuiltIn(Name ?? string.Empty, builtIn, Filter, Sort, Columns?.Select(c => c ?? string.Empty)));
            return Category is null ? report : path.Build(() => new SavedReport(report.Name, report.Definition, report.BasedOn, Category));
        }

        var definition = ReportDefinitionDocument.Read(path, RecordKind, Filter, Sort, Groups, Columns, Totals);
        return path.Build(() => new SavedReport(Name ?? string.Empty, definition, basedOn, Category ?? SavedReport.LeadsCategory));
    }
}
