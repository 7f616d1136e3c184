using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Files;
using LeadKit.Cli.Hosting;
using LeadKit.Import;
using LeadKit.Import.Duplicates;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit import FILE [--format …] [--encoding NAME] [--map MAP] [--save-map NAME] [--duplicates import|skip|update]
/// [--update fill-empty|overwrite] [--blank ignore|clear] [--region CC] [--culture NAME] [--dry-run]</c>: imports leads through
/// <see cref="LeadImport"/> and prints what became of every row (<c>rows = imported + merged + skipped + rejected</c>).
/// The import is written whole or not at all, and undone with <c>bulk-edit undo OPERATION</c>.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class ImportCommand(CliHost host) : OperationCommand<ImportCommand.Settings>(host)
{
    /// <summary>How many rejected rows the human output lists before it says "and N more".</summary>
    private const int RowsShown = 50;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var options = Options(settings);
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        if (settings.Map is { } map)
        {
            options = options with { Map = SavedMaps.Load(Host, session.Target, map) };
        }

        var source = FileFormats.OpenSource(System.IO.Path.GetFullPath(settings.File, Host.CurrentDirectory), settings.Format, settings.Encoding);
        var import = new LeadImport(CreateContext(session));
        ImportResult result;
        try
        {
            result = await ImportProgressBar.RunAsync(Host, settings.Json, progress => import.ImportAsync(source, options, progress, cancellationToken));
        }
        finally
        {
            if (source is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        var reading = FileFormats.Reading(source);
        string? saved = null;
        if (settings.SaveMap is { } name)
        {
            saved = SavedMaps.Save(Host, session.Target, result.ToFieldMap(name));
        }

        if (settings.Json)
        {
            await WriteJsonAsync(json => WriteJson(json.Writer, result, reading, saved), cancellationToken);
        }
        else
        {
            Render(result, reading, saved);
        }

        return ExitCodes.Success;
    }

    private static ImportOptions Options(Settings settings)
    {
        var options = ImportOptions.Default with
        {
            Duplicates = settings.Duplicates?.Trim().ToLowerInvariant() switch
            {
                null or "skip" => DuplicatePolicy.Skip,
                "import" => DuplicatePolicy.Import,
                "update" => DuplicatePolicy.Update,
                var other => throw new CliException($"--duplicates '{other}': use import, skip or update.", ExitCodes.Usage),
            },
            UpdateMode = settings.Update?.Trim().ToLowerInvariant() switch
            {
                null or "fill-empty" or "fill" => UpdateMode.FillEmpty,
                "overwrite" => UpdateMode.Overwrite,
                var other => throw new CliException($"--update '{other}': use fill-empty or overwrite.", ExitCodes.Usage),
            },
            Blanks = settings.Blank?.Trim().ToLowerInvariant() switch
            {
                null or "ignore" => BlankCellPolicy.Ignore,
                "clear" => BlankCellPolicy.Clear,
                var other => throw new CliException($"--blank '{other}': use ignore or clear.", ExitCodes.Usage),
            },
            DryRun = settings.DryRun,
        };
        if (settings.Region is { } region)
        {
            try
            {
                options = options with { Matching = new DuplicateMatchOptions { DefaultRegion = region.Trim() } };
            }
            catch (ArgumentException e)
            {
                throw new CliException($"--region '{region}': {e.Message}", ExitCodes.Usage);
            }
        }

        if (settings.Culture is { } culture)
        {
            try
            {
                options = options with { Culture = CultureInfo.GetCultureInfo(culture.Trim(), predefinedOnly: true) };
            }
            catch (CultureNotFoundException)
            {
                throw new CliException($"--culture '{culture}' is not a culture name such as en-US or de-DE.", ExitCodes.Usage);
            }
        }

        return options;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter writer, ImportResult result, CsvReading? reading, string? savedMap)
    {
        writer.WriteStartObject();
        writer.WriteString("format", result.Format);
        if (reading is not null)
        {
            writer.WriteString("encoding", reading.Encoding);
            writer.WriteString("delimiter", reading.Delimiter?.ToString());
            writer.WriteNumber("blankLines", reading.BlankRows);
        }

        writer.WriteNumber("rows", result.Rows);
        writer.WriteNumber("imported", result.Imported);
        writer.WriteNumber("merged", result.Merged);
        writer.WriteNumber("skipped", result.Skipped);
        writer.WriteStartArray("rejected");
        foreach (var rejected in result.Rejections)
        {
            writer.WriteStartObject();
            writer.WriteNumber("row", rejected.Row ?? 0);
            writer.WriteString("column", rejected.Column);
            writer.WriteString("reason", rejected.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notImported");
        foreach (var lost in result.NotImported)
        {
            writer.WriteStartObject();
            writer.WriteString("column", lost.Column);
            writer.WriteString("key", lost.Key);
            writer.WriteString("reason", lost.Reason);
            writer.WriteNumber("count", lost.Count);
            writer.WriteNumber("firstRow", lost.FirstRow);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (result.Operation is { } operation)
        {
            writer.WriteString("operation", operation.ToString());
        }

        if (savedMap is not null)
        {
            writer.WriteString("savedMap", savedMap);
        }

        writer.WriteBoolean("dryRun", result.IsDryRun);
        writer.WriteBoolean("committed", result.IsCommitted);
        writer.WriteEndObject();
    }

    private void Render(ImportResult result, CsvReading? reading, string? savedMap)
    {
        var console = Host.Console;
        if (reading is not null)
        {
            var delimiter = reading.Delimiter switch { '\t' => "tab", ',' => "comma", ';' => "semicolon", var d => $"'{d}'" };
            var blank = reading.BlankRows > 0 ? $", {N(reading.BlankRows)} blank {(reading.BlankRows == 1 ? "line" : "lines")} passed over" : string.Empty;
            console.WriteLine($"Read as {reading.Layout} CSV ({reading.Encoding}, {delimiter}-separated{blank}).");
        }

        var summary = new Table().Border(TableBorder.Rounded).AddColumn("rows").AddColumn("imported").AddColumn("merged").AddColumn("skipped").AddColumn("rejected");
        summary.AddRow(N(result.Rows), N(result.Imported), N(result.Merged), N(result.Skipped), N(result.Rejected));
        console.Write(summary);
        var rejected = result.Rejections.ToList();
        if (rejected.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("row").AddColumn("column").AddColumn("reason");
            foreach (var outcome in rejected.Take(RowsShown))
            {
                table.AddRow(N(outcome.Row ?? 0), Markup.Escape(outcome.Column ?? string.Empty), Markup.Escape(outcome.Reason ?? string.Empty));
            }

            console.MarkupLine("[bold]Rejected rows[/]");
            console.Write(table);
            if (rejected.Count > RowsShown)
            {
                console.WriteLine($"… and {rejected.Count - RowsShown} more (--json lists them all).");
            }
        }

        if (result.NotImported.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("column").AddColumn("values").AddColumn("why");
            foreach (var lost in result.NotImported)
            {
                table.AddRow(Markup.Escape(lost.Column), N(lost.Count), Markup.Escape(lost.Reason));
            }

            console.MarkupLine("[bold]Not imported[/] (map these columns with --map to import them)");
            console.Write(table);
        }

        if (result.IsDryRun)
        {
            console.WriteLine("Dry run: nothing was written.");
        }
        else if (result.Operation is { } operation)
        {
            console.WriteLine($"Recorded as operation {operation}; undo it with: leadkit bulk-edit undo {operation}");
        }
        else
        {
            console.WriteLine("Nothing was written.");
        }

        if (savedMap is not null)
        {
            console.WriteLine($"Field map saved to {savedMap}.");
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The options of <c>import</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the file to import.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("The file to import.")]
        public string File { get; init; } = string.Empty;

        /// <summary>Gets the format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("The file's format: " + FileFormats.ImportFormats + " (default auto: from the extension and the header).")]
        public string? Format { get; init; }

        /// <summary>Gets the text encoding.</summary>
        [CommandOption("--encoding <NAME>")]
        [Description("The text encoding of a CSV file (utf-8, utf-16, windows-1252, …); detected when not given.")]
        public string? Encoding { get; init; }

        /// <summary>Gets the field map to use.</summary>
        [CommandOption("--map <MAP>")]
        [Description("A field map saved with --save-map (by name), or a map file's path.")]
        public string? Map { get; init; }

        /// <summary>Gets the name to save the map under.</summary>
        [CommandOption("--save-map <NAME>")]
        [Description("Save the columns → fields this import used as a named map, for the next file.")]
        public string? SaveMap { get; init; }

        /// <summary>Gets the duplicate policy.</summary>
        [CommandOption("--duplicates <POLICY>")]
        [Description("What a row matching a stored lead or an earlier row does: skip (default), import or update.")]
        public string? Duplicates { get; init; }

        /// <summary>Gets the update mode.</summary>
        [CommandOption("--update <MODE>")]
        [Description("With --duplicates update: fill-empty (default: only empty fields get the row's values) or overwrite.")]
        public string? Update { get; init; }

        /// <summary>Gets the blank-cell policy.</summary>
        [CommandOption("--blank <POLICY>")]
        [Description("With --duplicates update: what a blank cell does, ignore (default) or clear the field.")]
        public string? Blank { get; init; }

        /// <summary>Gets the phone region.</summary>
        [CommandOption("--region <CC>")]
        [Description("The country of phone numbers written without one, for duplicate matching (default US).")]
        public string? Region { get; init; }

        /// <summary>Gets the culture of local dates and numbers.</summary>
        [CommandOption("--culture <NAME>")]
        [Description("The culture of dates and numbers written the local way (en-US, de-DE, …); ISO forms are always read.")]
        public string? Culture { get; init; }

        /// <summary>Gets a value indicating whether nothing is written.</summary>
        [CommandOption("--dry-run")]
        [Description("Report what the import would do; write nothing.")]
        public bool DryRun { get; init; }
    }
}
