using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Querying;
using LeadKit.Reporting;
using LeadKit.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit report by-assigned | by-assigned-rating | by-score | saved NAME [--filter EXPR] [--sort FIELD]
/// [--save-as NAME] [--format table|csv|json]</c>: runs a built-in or saved report through the library's
/// <see cref="LeadReports"/> and renders it with <see cref="ReportRenderer"/>; the table format adds a bar
/// chart of the first level's group counts.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class ReportCommand(CliHost host) : LeadKitCommand<ReportCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var format = settings.Json ? ReportFormat.Json : settings.Format?.Trim().ToLowerInvariant() switch
        {
            null or "table" => ReportFormat.Table,
            "csv" => ReportFormat.Csv,
            "json" => ReportFormat.Json,
            var other => throw new CliException($"--format '{other}': use table, csv or json.", ExitCodes.Usage),
        };
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var reports = new LeadReports(session.Store, session.Workspace.Id);
        var (definition, basedOn, name) = await DefinitionAsync(reports, settings, cancellationToken);
        if (settings.Filter is { } filter)
        {
            definition = definition.WithFilter(Filter.And(definition.Filter, Parse("--filter", filter, Filter.Parse)));
        }

        if (settings.Sort is { } sort)
        {
            definition = definition.WithSort(Parse("--sort", sort, SortSpec.Parse));
        }

        if (settings.SaveAs is { } saveAs)
        {
            var saved = await reports.SaveAsAsync(saveAs, definition, basedOn, cancellationToken);
            name = saved.Name;
        }

        var result = await reports.RunAsync(definition, new ReportRunOptions { Name = name }, cancellationToken);
        if (format == ReportFormat.Json)
        {
            await WriteJsonAsync(json => ReportRenderer.WriteJson(result, json.Writer), cancellationToken);
            return ExitCodes.Success;
        }

        if (format == ReportFormat.Csv)
        {
            ReportRenderer.Write(result, ReportFormat.Csv, Host.StandardOutput);
            return ExitCodes.Success;
        }

        Host.Console.Write(new Text(ReportRenderer.Render(result, ReportFormat.Table)));
        if (result.Groups.Count > 0)
        {
            var chart = new BarChart().Width(60).Label($"[bold]{Markup.Escape(result.Name)}[/]: leads per group");
            foreach (var group in result.Groups)
            {
                chart.AddItem(Markup.Escape(group.Display), group.Count, Color.SteelBlue);
            }

            Host.Console.WriteLine();
            Host.Console.Write(chart);
        }

        if (settings.SaveAs is not null)
        {
            Host.Console.WriteLine($"Saved as '{name}' in the {SavedReport.LeadsCategory} category; open it with: leadkit report saved \"{name}\"");
        }

        return ExitCodes.Success;
    }

    private static async Task<(ReportDefinition Definition, BuiltInReport? BasedOn, string Name)> DefinitionAsync(LeadReports reports, Settings settings, CancellationToken cancellationToken)
    {
        if (string.Equals(settings.Report.Trim(), "saved", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(settings.Saved))
            {
                throw new CliException("report saved NAME: give the saved report's name.", ExitCodes.Usage);
            }

            var saved = await reports.OpenAsync(settings.Saved, cancellationToken);
            return (saved.Definition, saved.BasedOn, saved.Name);
        }

        if (settings.Saved is not null)
        {
            throw new CliException($"Unexpected '{settings.Saved}': only 'report saved NAME' takes a name.", ExitCodes.Usage);
        }

        if (!SavedReport.TryParseBuiltIn(settings.Report, out var builtIn))
        {
            var names = string.Join(", ", BuiltInReports.All.Select(SavedReport.NameOf));
            throw new CliException($"Unknown report '{settings.Report}': use {names} or saved NAME.", ExitCodes.Usage);
        }

        return (BuiltInReports.Get(builtIn), builtIn, SavedReport.NameOf(builtIn));
    }

    private static T Parse<T>(string option, string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (LeadKitException e)
        {
            throw new CliException($"{option} '{text}': {e.Message}", ExitCodes.Usage);
        }
    }

    /// <summary>The options of <c>report</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the report.</summary>
        [CommandArgument(0, "<REPORT>")]
        [Description("by-assigned, by-assigned-rating, by-score, or saved (then its NAME).")]
        public string Report { get; init; } = string.Empty;

        /// <summary>Gets the saved report's name.</summary>
        [CommandArgument(1, "[NAME]")]
        [Description("With 'saved': the saved report's name.")]
        public string? Saved { get; init; }

        /// <summary>Gets the extra filter.</summary>
        [CommandOption("--filter <EXPR>")]
        [Description("Only the leads this filter selects (and the report's own filter).")]
        public string? Filter { get; init; }

        /// <summary>Gets the sort.</summary>
        [CommandOption("--sort <FIELD>")]
        [Description("How the leads of a group are sorted (\"company, stars desc\").")]
        public string? Sort { get; init; }

        /// <summary>Gets the name to save the report under.</summary>
        [CommandOption("--save-as <NAME>")]
        [Description("Save the report, with --filter and --sort, under a new name in the Leads category.")]
        public string? SaveAs { get; init; }

        /// <summary>Gets the output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("table (default, with a bar chart), csv or json.")]
        public string? Format { get; init; }
    }
}
