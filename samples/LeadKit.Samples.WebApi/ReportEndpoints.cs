using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Operations;
using LeadKit.Reporting;
using LeadKit.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Samples.WebApi;

/// <summary>
/// A report to save in the Leads category: made from a built-in or saved report (<c>from</c>) with a filter
/// and a sort, or given whole (<c>definition</c>, in LeadKit's JSON: groups, columns, totals too).
/// </summary>
/// <param name="Name">The new report's name (unique in the workspace, ignoring case).</param>
/// <param name="From">The report it starts from: <c>by-assigned</c>, <c>by-assigned-rating</c>, <c>by-score</c> or a saved report's name.</param>
/// <param name="Filter">A filter added to the report's own, in LeadKit's language.</param>
/// <param name="Sort">How each group's leads are sorted, e.g. <c>company, stars desc</c>.</param>
/// <param name="Definition">The whole definition instead of <c>from</c>.</param>
internal sealed record SaveReportInput(string Name, string? From = null, string? Filter = null, string? Sort = null, ReportDefinition? Definition = null);

/// <summary>The reports one can run: the built-in ones by name, and the saved ones.</summary>
/// <param name="BuiltIn">The built-in reports' names.</param>
/// <param name="Saved">The saved reports, in LeadKit's JSON.</param>
internal sealed record ReportListOutput(IReadOnlyList<string> BuiltIn, IReadOnlyList<SavedReport> Saved);

/// <summary>The built-in reports (a filter and a sort adjust them), saved reports, and the sales funnel, in LeadKit's report JSON.</summary>
internal static class ReportEndpoints
{
    /// <summary>Maps the report endpoints.</summary>
    public static void MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/").WithTags("Reports");
        reports.MapGet("/reports", ListAsync).WithSummary("The built-in reports' names and the saved reports.");
        reports.MapGet("/reports/{name}", RunAsync).WithName("RunReport")
            .WithSummary("Runs by-assigned, by-assigned-rating or by-score, or a saved report by its name; filter narrows it, sort orders each group, items lists each group's first leads.");
        reports.MapPost("/reports", SaveAsync).WithSummary("Saves a report under a new name in the Leads category (409 when the name is taken).");
        reports.MapDelete("/reports/{name}", DeleteAsync).WithSummary("Deletes a saved report.");
        reports.MapGet("/funnel", FunnelAsync).WithSummary("The sales funnel, optionally between two dates (yyyy-MM-dd, UTC).");
    }

    private static async Task<ReportListOutput> ListAsync(OperationContext context, CancellationToken cancellationToken) =>
        new([.. BuiltInReports.All.Select(SavedReport.NameOf)], await Reports(context).ListAsync(cancellationToken));

    private static async Task<IResult> RunAsync(string name, string? filter, string? sort, int? items, OperationContext context, CancellationToken cancellationToken)
    {
        if (items is < 0 or > Storage.RecordQuery.MaxLimit)
        {
            throw LeadEndpoints.Invalid("items", "LeadKit.Sample.Items", $"items must be 0 to {Storage.RecordQuery.MaxLimit} (was {items}).");
        }

        var reports = Reports(context);
        var (definition, title) = await DefinitionAsync(reports, name, filter, sort, cancellationToken);
        var result = await reports.RunAsync(definition, new ReportRunOptions { Name = title, ItemsPerGroup = items ?? 0 }, cancellationToken);
        return Results.Text(ReportRenderer.Render(result, ReportFormat.Json), "application/json");
    }

    private static async Task<IResult> SaveAsync(SaveReportInput input, OperationContext context, CancellationToken cancellationToken)
    {
        var reports = Reports(context);
        SavedReport saved;
        if (input.Definition is { } definition)
        {
            if (input.From is not null || input.Filter is not null || input.Sort is not null)
            {
                throw LeadEndpoints.Invalid("definition", "LeadKit.Sample.ReportSource", "Give either a definition or from (with filter and sort), not both.");
            }

            saved = await reports.SaveAsAsync(input.Name, definition, cancellationToken: cancellationToken);
        }
        else
        {
            var from = input.From ?? throw LeadEndpoints.Invalid("from", "LeadKit.Sample.ReportSource", "Give the report to start from (by-assigned, by-assigned-rating, by-score or a saved report's name), or a definition.");
            var (made, _) = await DefinitionAsync(reports, from, input.Filter, input.Sort, cancellationToken);
            BuiltInReport? basedOn = SavedReport.TryParseBuiltIn(from, out var builtIn) ? builtIn : (await reports.OpenAsync(from, cancellationToken)).BasedOn;
            saved = await reports.SaveAsAsync(input.Name, made, basedOn, cancellationToken);
        }

        return Results.CreatedAtRoute("RunReport", new { name = saved.Name }, saved);
    }

    private static async Task<IResult> DeleteAsync(string name, OperationContext context, CancellationToken cancellationToken) =>
        await Reports(context).DeleteAsync(name, cancellationToken)
            ? Results.NoContent()
            : throw new ReportException("LeadKit.Report.NotFound", $"No saved report is named '{name}'.", report: name);

    /// <summary>A built-in or saved report's definition, with a filter added and a sort, and its title.</summary>
    private static async Task<(ReportDefinition Definition, string Title)> DefinitionAsync(LeadReports reports, string name, string? filter, string? sort, CancellationToken cancellationToken)
    {
        var (definition, title) = SavedReport.TryParseBuiltIn(name, out var builtIn)
            ? (BuiltInReports.Get(builtIn), BuiltInReports.Title(builtIn))
            : await SavedAsync(reports, name, cancellationToken);
        definition = filter is null ? definition : definition.Where(filter);
        return (sort is null ? definition : definition.WithSort(sort), title);
    }

    private static async Task<(ReportDefinition, string)> SavedAsync(LeadReports reports, string name, CancellationToken cancellationToken)
    {
        var saved = await reports.OpenAsync(name, cancellationToken);
        return (saved.Definition, saved.Name);
    }

    private static LeadReports Reports(OperationContext context) => new(context.Store, context.Workspace);

    private static async Task<IResult> FunnelAsync(string? from, string? to, OperationContext context, CancellationToken cancellationToken)
    {
        var funnel = new SalesFunnel(context.Store, context.Workspace);
        var options = FunnelOptions.ForDates(ParseDate("from", from), ParseDate("to", to), DateTimeZone.Utc);
        var result = await funnel.RunAsync(options, cancellationToken);
        return Results.Text(ReportRenderer.Render(result, ReportFormat.Json), "application/json");
    }

    private static LocalDate? ParseDate(string name, string? text) =>
        text is null ? null
        : LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value
        : throw LeadEndpoints.Invalid(name, "LeadKit.Sample.Date", $"'{text}' is not a date (yyyy-MM-dd).");
}
