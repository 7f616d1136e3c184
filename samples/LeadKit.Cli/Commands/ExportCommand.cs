using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Files;
using LeadKit.Cli.Hosting;
using LeadKit.Export;
using LeadKit.Querying;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit export FILE [--format …] [--filter EXPR] [--columns F,F…]</c>: writes the leads a filter
/// selects (all by default) through <see cref="LeadExport"/> into a file, created or replaced.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class ExportCommand(CliHost host) : OperationCommand<ExportCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var filter = settings.Filter is { } text ? Parse("--filter", text, Filter.Parse) : null;
        var columns = settings.Columns?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var path = System.IO.Path.GetFullPath(settings.File, Host.CurrentDirectory);
        var (target, stream) = FileFormats.CreateTarget(path, settings.Format);
        ExportResult result;
        System.Collections.Generic.IReadOnlyDictionary<string, long> unwritten;
        await using (stream)
        {
            try
            {
                result = await ImportProgressBar.RunExportAsync(
                    Host,
                    settings.Json,
                    progress => new LeadExport(CreateContext(session)).ExportAsync(target, new ExportOptions { Filter = filter, Columns = columns }, progress, cancellationToken));
            }
            finally
            {
                if (target is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync();
                }
            }

            unwritten = FileFormats.Unwritten(target);
        }

        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    json.Writer.WriteStartObject();
                    json.Writer.WriteNumber("rows", result.Rows);
                    json.Writer.WriteString("file", path);
                    json.Writer.WriteString("format", result.Format);
                    json.Writer.WriteStartObject("unwritten");
                    foreach (var (what, count) in unwritten.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                    {
                        json.Writer.WriteNumber(what, count);
                    }

                    json.Writer.WriteEndObject();
                    json.Writer.WriteEndObject();
                },
                cancellationToken);
        }
        else
        {
            Host.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exported {result.Rows:N0} {(result.Rows == 1 ? "lead" : "leads")} to {path} ({result.Format})."));
            if (unwritten.Count > 0)
            {
                var table = new Table().Border(TableBorder.Simple).AddColumn("not written (the format has no place for it)").AddColumn("values");
                foreach (var (what, count) in unwritten.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    table.AddRow(Markup.Escape(what), count.ToString("N0", CultureInfo.InvariantCulture));
                }

                Host.Console.Write(table);
                Host.Console.WriteLine("Export with --format leadkit (or json) to keep every value.");
            }
        }

        return ExitCodes.Success;
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

    /// <summary>The options of <c>export</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the file to write.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("The file to write (created or replaced).")]
        public string File { get; init; } = string.Empty;

        /// <summary>Gets the format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("The format: " + FileFormats.ExportFormats + " (default: from the extension).")]
        public string? Format { get; init; }

        /// <summary>Gets the filter.</summary>
        [CommandOption("--filter <EXPR>")]
        [Description("Which leads, in the filter language (default: all).")]
        public string? Filter { get; init; }

        /// <summary>Gets the columns.</summary>
        [CommandOption("--columns <FIELDS>")]
        [Description("The fields to write, comma-separated catalogue names (name, email, company, custom.Budget…); default all. JSON always writes whole leads.")]
        public string? Columns { get; init; }
    }
}
