using System;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Reporting;
using LeadKit.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Samples.WebApi;

/// <summary>The built-in reports (a filter narrows them), saved reports, and the sales funnel, in LeadKit's report JSON.</summary>
internal static class ReportEndpoints
{
    /// <summary>Maps the report endpoints.</summary>
    public static void MapReports(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/").WithTags("Reports");
        reports.MapGet("/reports/{name}", RunAsync)
            .WithSummary("Runs by-assigned, by-assigned-rating or by-score (or a saved report by its name); filter narrows it.");
        reports.MapGet("/funnel", FunnelAsync).WithSummary("The sales funnel, optionally between two dates (yyyy-MM-dd, UTC).");
    }

    private static async Task<IResult> RunAsync(string name, string? filter, Operations.OperationContext context, CancellationToken cancellationToken)
    {
        var reports = new LeadReports(context.Store, context.Workspace);
        BuiltInReport? builtIn = name.ToUpperInvariant() switch
        {
            "BY-ASSIGNED" => BuiltInReport.ByAssigned,
            "BY-ASSIGNED-RATING" => BuiltInReport.ByAssignedRating,
            "BY-SCORE" => BuiltInReport.ByScore,
            _ => null,
        };
        ReportResult result;
        if (builtIn is { } report)
        {
            var definition = BuiltInReports.Get(report);
            result = await reports.RunAsync(filter is null ? definition : definition.Where(filter), cancellationToken: cancellationToken);
        }
        else
        {
            var saved = await reports.OpenAsync(name, cancellationToken);
            result = await reports.RunAsync(filter is null ? saved.Definition : saved.Definition.Where(filter), new ReportRunOptions { Name = saved.Name }, cancellationToken);
        }

        return Results.Text(ReportRenderer.Render(result, ReportFormat.Json), "application/json");
    }

    private static async Task<IResult> FunnelAsync(string? from, string? to, Operations.OperationContext context, CancellationToken cancellationToken)
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
