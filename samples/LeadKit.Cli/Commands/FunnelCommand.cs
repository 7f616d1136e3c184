using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Reporting;
using LeadKit.Reports;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit funnel [--from DATE] [--to DATE] [--qualified STARS] [--by-assigned]</c>: the sales funnel of
/// the leads created in a period (the library's <see cref="SalesFunnel"/>) — created, qualified,
/// converted, with opportunities, won — with conversion rates, for the team and per assignee.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class FunnelCommand(CliHost host) : LeadKitCommand<FunnelCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var options = FunnelOptions.ForDates(Date("--from", settings.From), Date("--to", settings.To), Host.TimeZone);
        if (settings.Qualified is { } stars)
        {
            if (stars is < 0 or > 10)
            {
                throw new CliException($"--qualified {stars}: use 0 to 10 stars.", ExitCodes.Usage);
            }

            options = options with { QualifiedStars = stars };
        }

        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var funnel = await new SalesFunnel(session.Store, session.Workspace.Id).RunAsync(options, cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(json => ReportRenderer.WriteJson(funnel, json.Writer), cancellationToken);
            return ExitCodes.Success;
        }

        if (settings.ByAssigned)
        {
            Host.Console.Write(new Text(ReportRenderer.Render(funnel, ReportFormat.Table)));
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("stage").AddColumn(new TableColumn("leads").RightAligned()).AddColumn(new TableColumn("rate").RightAligned());
        foreach (var stage in funnel.Team.Stages)
        {
            table.AddRow(Markup.Escape(stage.Name), stage.Count.ToString("N0", CultureInfo.InvariantCulture), stage.Rate is { } rate ? rate.ToString("P1", CultureInfo.InvariantCulture) : "—");
        }

        Host.Console.Write(table);
        if (funnel.Team.ValueWon.Count > 0)
        {
            Host.Console.WriteLine("Value won: " + string.Join(", ", funnel.Team.ValueWon.Select(v => v.ToString())));
        }

        Host.Console.WriteLine("Qualified: " + funnel.QualifiedStars.ToString(CultureInfo.InvariantCulture) + " stars or more. --by-assigned adds a row per assignee.");
        return ExitCodes.Success;
    }

    private static LocalDate? Date(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        return parsed.Success ? parsed.Value : throw new CliException($"{option} '{text}': write the date as YYYY-MM-DD.", ExitCodes.Usage);
    }

    /// <summary>The options of <c>funnel</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the first day.</summary>
        [CommandOption("--from <DATE>")]
        [Description("The first day of the period (YYYY-MM-DD, this machine's time zone); default: no start.")]
        public string? From { get; init; }

        /// <summary>Gets the last day.</summary>
        [CommandOption("--to <DATE>")]
        [Description("The last day of the period, included; default: no end.")]
        public string? To { get; init; }

        /// <summary>Gets the stars a qualified lead needs.</summary>
        [CommandOption("--qualified <STARS>")]
        [Description("The stars a lead needs to count as qualified (default 4).")]
        public int? Qualified { get; init; }

        /// <summary>Gets a value indicating whether the table shows a row per assignee.</summary>
        [CommandOption("--by-assigned")]
        [Description("Show the funnel per assignee too (JSON always carries it).")]
        public bool ByAssigned { get; init; }
    }
}
