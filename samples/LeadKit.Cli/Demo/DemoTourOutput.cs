using System.Globalization;
using System.Linq;
using LeadKit.Cli.Rendering;
using LeadKit.Reports;
using Spectre.Console;

namespace LeadKit.Cli.Demo;

/// <summary>The demo tour's output: one section per step for people, one <c>tour</c> object for <c>--json</c>.</summary>
internal static class DemoTourOutput
{
    /// <summary>Writes the tour for people.</summary>
    public static void Write(IAnsiConsole console, TourResult tour)
    {
        var import = tour.Import;
        console.Write(new Rule("[bold]The tour[/]").LeftJustified());
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]1. Import[/] {DemoTour.FileName} ({import.Format}): {import.Rows} rows, {import.Imported} imported, {import.Merged} merged, {import.Skipped} skipped, {import.Rejected} rejected (operation {import.Operation})."));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[bold]2. Score[/] criteria checked on {tour.Checked} imported leads, every score stored. The best:"));
        console.MarkupLine($"   [bold]{Markup.Escape(tour.Best.FileAs)}[/] ({Markup.Escape(tour.Best.CompanyName ?? string.Empty)}) {tour.Explanation.Score.ToStarText()}");
        foreach (var line in tour.Explanation.ToString().Split('\n').Skip(1))
        {
            console.WriteLine("   " + line.TrimEnd());
        }

        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]3. Bulk edit[/] territory = \"EMEA North\" where {Markup.Escape(tour.EditFilter)}: {tour.Edit.Changed} changed (operation {tour.Edit.Operation}); undone: {tour.Undo.Changed} restored."));
        var converted = tour.Converted.Converted.Single();
        console.MarkupLine($"[bold]4. Convert[/] {Markup.Escape(tour.Best.FileAs)} became business contact {converted.Contact} (same id).");
        console.MarkupLine("[bold]5. Reports[/]");
        foreach (var report in tour.Reports)
        {
            console.WriteLine(ReportRenderer.Render(report, ReportFormat.Table));
        }

        console.WriteLine(ReportRenderer.Render(tour.Funnel, ReportFormat.Table));
    }

    /// <summary>Writes the tour as the <c>tour</c> member of the demo's JSON.</summary>
    public static void WriteJson(JsonOutput json, TourResult tour)
    {
        var w = json.Writer;
        w.WriteStartObject("tour");
        w.WriteStartObject("import");
        w.WriteString("file", DemoTour.FileName);
        w.WriteString("format", tour.Import.Format);
        w.WriteNumber("rows", tour.Import.Rows);
        w.WriteNumber("imported", tour.Import.Imported);
        w.WriteNumber("merged", tour.Import.Merged);
        w.WriteNumber("skipped", tour.Import.Skipped);
        w.WriteNumber("rejected", tour.Import.Rejected);
        w.WriteString("operation", tour.Import.Operation?.ToString());
        w.WriteEndObject();
        w.WriteNumber("checked", tour.Checked);
        w.WritePropertyName("best");
        w.WriteStartObject();
        w.WriteString("id", tour.Best.Id.ToString());
        w.WriteString("name", tour.Best.FileAs);
        w.WritePropertyName("explanation");
        json.WriteValue(tour.Explanation);
        w.WriteEndObject();
        w.WriteStartObject("bulkEdit");
        w.WriteString("filter", tour.EditFilter);
        w.WriteString("operation", tour.Edit.Operation?.ToString());
        w.WriteNumber("changed", tour.Edit.Changed);
        w.WriteNumber("restored", tour.Undo.Changed);
        w.WriteEndObject();
        var converted = tour.Converted.Converted.Single();
        w.WriteStartObject("converted");
        w.WriteString("lead", converted.Lead.ToString());
        w.WriteString("contact", converted.Contact.ToString());
        w.WriteEndObject();
        w.WriteStartArray("reports");
        foreach (var report in tour.Reports)
        {
            w.WriteStartObject();
            w.WriteString("name", report.Name);
            w.WriteNumber("total", report.Count);
            w.WriteNumber("groups", report.Groups.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("funnel");
        foreach (var stage in tour.Funnel.Team.Stages)
        {
            w.WriteStartObject();
            w.WriteString("name", stage.Name);
            w.WriteNumber("count", stage.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
