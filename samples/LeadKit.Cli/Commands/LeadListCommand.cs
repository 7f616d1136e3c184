using System;
using System.Collections.Generic;
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

    /// <summary>The console width from which the human table shows whole ids without <c>--wide</c>.</summary>
    private const int WideConsole = 120;

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
            await WriteTableAsync(session, work, query, settings.Wide || Host.Console.Profile.Width >= WideConsole, cancellationToken);
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

    private async Task WriteTableAsync(WorkspaceSession session, IUnitOfWork work, RecordQuery query, bool wholeIds, CancellationToken cancellationToken)
    {
        var view = CreateView(session);
        var table = LeadView.CreateTable();
        var prefixes = wholeIds ? null : await UniquePrefixesAsync(work, cancellationToken);
        await foreach (var lead in work.Leads.QueryAsync(query, cancellationToken))
        {
            view.AddRow(table, lead, prefixes?.GetValueOrDefault(lead.Id.Value));
        }

        if (table.Rows.Count == 0)
        {
            Host.Console.WriteLine(query.Filter == Filter.All ? "No leads yet: add one with `leadkit lead add --name \"…\"`." : "No lead matches the filter.");
            return;
        }

        table.Caption(table.Rows.Count == 1 ? "1 lead" : $"{table.Rows.Count} leads");
        Host.Console.Write(table);
    }

    /// <summary>
    /// Gives every lead of the workspace (not only the listed ones, so that <c>lead show</c> finds
    /// the one meant) the shortest start of its id that no other lead's id shares.
    /// </summary>
    private static async Task<Dictionary<Guid, string>> UniquePrefixesAsync(IUnitOfWork work, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        await foreach (var lead in work.Leads.QueryAsync(new RecordQuery(Filter.All, SortSpec.ById), cancellationToken))
        {
            ids.Add(lead.Id.Value);
        }

        return LeadIds.UniquePrefixes(ids);
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
        [Description("The order: FIELD[[:desc]], comma-separated, e.g. company or created:desc,name (default: creation order).")]
        public string? Sort { get; init; }

        /// <summary>Gets a value indicating whether the table shows whole ids on a narrow console.</summary>
        [CommandOption("--wide|--ids")]
        [Description("Show whole ids in the table. Without it, a console narrower than 120 columns (or redirected output) shows each id's shortest unique start, which every command taking a lead id accepts. --json always has whole ids.")]
        public bool Wide { get; init; }
    }
}
