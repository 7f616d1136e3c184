using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Leads;
using LeadKit.Merging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit merge MASTER LEAD… [--prefer FIELD=LEAD]…</c>: merges duplicate leads into the master
/// through <see cref="LeadMerger"/>, all or nothing; the merged leads are deleted (restorable) and the
/// merge is undone with <c>bulk-edit undo OPERATION</c>.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class MergeCommand(CliHost host) : OperationCommand<MergeCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var preferences = settings.Prefer.Select(ParsePreference).ToList();
        var texts = new List<string> { LeadIds.Check(settings.Master) };
        texts.AddRange(settings.Leads.Select(LeadIds.Check));
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var ids = await LeadIds.ResolveAsync(session, [.. texts, .. preferences.Select(p => p.Lead)], cancellationToken);
        var request = new MergeRequest(
            ids[0],
            ids.Skip(1).Take(settings.Leads.Length),
            preferences.Select((p, i) => new FieldPreference(p.Field, ids[texts.Count + i])));
        var result = await new LeadMerger(CreateContext(session)).MergeAsync(request, cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(json => WriteJson(json.Writer, result), cancellationToken);
            return ExitCodes.Success;
        }

        WriteHuman(result);
        return ExitCodes.Success;
    }

    /// <summary>Reads <c>FIELD=LEAD</c>.</summary>
    private static (string Field, string Lead) ParsePreference(string text)
    {
        var split = text.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0 || split == text.Length - 1 || string.IsNullOrWhiteSpace(text[..split]))
        {
            throw new CliException($"--prefer '{text}': write FIELD=LEAD, e.g. --prefer title=0193f1c2 (the lead whose value the master takes).", ExitCodes.Usage);
        }

        return (text[..split].Trim(), LeadIds.Check(text[(split + 1)..]));
    }

    private static void WriteJson(Utf8JsonWriter writer, MergeResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("operation", result.Operation.ToString());
        writer.WriteString("master", result.Master.Id.ToString());
        writer.WriteStartArray("merged");
        foreach (var id in result.Merged)
        {
            writer.WriteStringValue(id.ToString());
        }

        writer.WriteEndArray();
        writer.WriteStartArray("changes");
        foreach (var change in result.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("field", change.Field);
            writer.WriteString("old", change.OldValue);
            writer.WriteString("new", change.NewValue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notTaken");
        foreach (var value in result.NotTaken)
        {
            writer.WriteStartObject();
            writer.WriteString("field", value.Field);
            writer.WriteString("value", value.Value);
            writer.WriteString("from", value.From.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("history", result.HistoryMoved);
        writer.WriteNumber("opportunities", result.OpportunitiesMoved);
        writer.WriteEndObject();
    }

    private void WriteHuman(MergeResult result)
    {
        if (result.Changes.Count > 0)
        {
            var changes = new Table().Border(TableBorder.Rounded).Title("The master's changes");
            changes.AddColumns("Field", "Was", "Now");
            foreach (var change in result.Changes)
            {
                changes.AddRow(Markup.Escape(change.Field), Markup.Escape(change.OldValue ?? "(empty)"), Markup.Escape(change.NewValue ?? "(empty)"));
            }

            Host.Console.Write(changes);
        }

        if (result.NotTaken.Count > 0)
        {
            var notTaken = new Table().Border(TableBorder.Rounded).Title("Values not taken (kept in the master's history)");
            notTaken.AddColumns("Field", "Value");
            notTaken.AddColumn(new TableColumn("From lead").NoWrap());
            foreach (var value in result.NotTaken)
            {
                notTaken.AddRow(Markup.Escape(value.Field), Markup.Escape(value.Value), value.From.ToString());
            }

            Host.Console.Write(notTaken);
        }

        Host.Console.WriteLine(
            $"Merged {OutcomeView.Leads(result.Merged.Count)} into {result.Master.Name.FullName} ({result.Master.Id}): "
            + $"{result.HistoryMoved} history items and {result.OpportunitiesMoved} opportunities carried over. "
            + $"Undo with 'leadkit bulk-edit undo {result.Operation}'.");
    }

    /// <summary>The options of <c>merge</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the master's id.</summary>
        [CommandArgument(0, "<MASTER>")]
        [Description("The id of the lead that stays and takes the others' values.")]
        public string Master { get; init; } = string.Empty;

        /// <summary>Gets the ids of the leads merged into the master.</summary>
        [CommandArgument(1, "<LEAD>")]
        [Description("The ids of the duplicates to merge into the master, in order: their values fill the master's empty fields in this order.")]
        public string[] Leads { get; init; } = [];

        /// <summary>Gets the explicit winners.</summary>
        [CommandOption("--prefer <FIELD=LEAD>")]
        [Description("Take a field from a given lead (repeatable), e.g. --prefer title=LEAD --prefer custom.Budget=LEAD; even an empty value wins.")]
        public string[] Prefer { get; init; } = [];
    }
}
