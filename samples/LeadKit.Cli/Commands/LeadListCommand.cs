using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Cli.Storage;
using LeadKit.Querying;
using LeadKit.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit lead list [--filter EXPR] [--sort FIELD[:desc]]</c>: streams the matching leads.</summary>
/// <param name="host">The host.</param>
internal sealed class LeadListCommand(CliHost host) : LeadKitCommand<LeadListCommand.Settings>(host)
{
    /// <summary>How many leads the JSON writer buffers before passing them on.</summary>
    private const int FlushEvery = 100;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        // Parse before opening the database: a filter typo is reported without touching it.
        var query = new RecordQuery(
            settings.Filter is { } filter ? Parse("--filter", filter, Filter.Parse) : null,
            settings.Sort is { } sort ? Parse("--sort", sort, SortSpec.Parse) : null);
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        await using var work = await session.BeginAsync(cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(work, query, cancellationToken);
        }
        else
        {
            await WriteTableAsync(session, work, query, cancellationToken);
        }

        return ExitCodes.Success;
    }

    /// <summary>Parses an option in the filter language; a syntax error names the option and its text.</summary>
    private static T Parse<T>(string option, string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (FilterException ex)
        {
            throw new CliException($"{option} '{text}': {ex.Message}", ExitCodes.DomainError, ex);
        }
    }

    private async Task WriteJsonAsync(IUnitOfWork work, RecordQuery query, CancellationToken cancellationToken)
    {
        using var json = new JsonOutput(Host.StandardOutput);
        json.Writer.WriteStartObject();
        json.Writer.WriteStartArray("items");
        var total = 0L;
        await foreach (var lead in work.Leads.QueryAsync(query, cancellationToken))
        {
            json.WriteValue(lead);
            if (++total % FlushEvery == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.Writer.WriteEndArray();
        json.Writer.WriteNumber("total", total);
        json.Writer.WriteEndObject();
        await json.CompleteAsync(cancellationToken);
    }

    private async Task WriteTableAsync(WorkspaceSession session, IUnitOfWork work, RecordQuery query, CancellationToken cancellationToken)
    {
        var view = CreateView(session);
        var table = LeadView.CreateTable();
        await foreach (var lead in work.Leads.QueryAsync(query, cancellationToken))
        {
            view.AddRow(table, lead);
        }

        if (table.Rows.Count == 0)
        {
            Host.Console.WriteLine(query.Filter == Filter.All ? "No leads yet: add one with `leadkit lead add --name \"…\"`." : "No lead matches the filter.");
            return;
        }

        table.Caption(table.Rows.Count == 1 ? "1 lead" : $"{table.Rows.Count} leads");
        Host.Console.Write(table);
    }

    /// <summary>The options of <c>lead list</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the filter expression.</summary>
        [CommandOption("--filter <EXPR>")]
        [Description("Which leads, in LeadKit's filter language: 'source = \"Trade Show\" and company contains \"Ltd\"'.")]
        public string? Filter { get; init; }

        /// <summary>Gets the sort order.</summary>
        [CommandOption("--sort <SORT>")]
        [Description("The order: FIELD[:desc], comma-separated, e.g. company or created:desc,name (default: creation order).")]
        public string? Sort { get; init; }
    }
}
