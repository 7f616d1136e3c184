using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.BulkEdit;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Cli.Storage;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit bulk-edit --field F (--set VALUE | --clear | --add VALUE | --remove VALUE) (--ids ID… | --filter EXPR) [--dry-run]</c>:
/// sets or clears one field, or adds or removes one value of a multi-valued field (e-mail addresses,
/// phone numbers), on many leads through <see cref="BulkEditor"/>: every lead is checked first, and
/// one failure writes nothing. The dry run shows old → new for each lead.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class BulkEditCommand(CliHost host) : OperationCommand<BulkEditCommand.Settings>(host)
{
    /// <summary>How many changed leads the human output of a dry run lists before it says "and N more".</summary>
    private const int RowsShown = 50;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        // The selection is read before the database is opened: a typo in an id or the filter changes nothing.
        var filter = settings.Filter is { } text ? Parse("--filter", text, Filter.Parse) : null;
        var idTexts = settings.Ids.Concat(settings.MoreIds).SelectMany(SplitIds).Select(LeadIds.Check).ToList();
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var selection = filter is not null
            ? LeadSelection.Matching(filter)
            : LeadSelection.Of(await LeadIds.ResolveAsync(session, idTexts, cancellationToken));
        var editor = new BulkEditor(CreateContext(session));
        var catalog = await editor.GetCatalogAsync(cancellationToken);
        var field = Parse("--field", settings.Field, catalog.Get);
        var edit = settings switch
        {
            { Clear: true } => Parse("--clear", settings.Field, _ => FieldEdit.Clear(field)),
            { Add: { } added } => Parse("--add", added, text => FieldEdit.Add(field, ValueText(field, text))),
            { Remove: { } removed } => Parse("--remove", removed, text => FieldEdit.Remove(field, ValueText(field, text))),
            _ => Parse("--set", settings.Value!, text => FieldEdit.Parse(field, EditOperation.Set, ValueText(field, text))),
        };
        var request = new BulkEditRequest(selection, edit);
        // A user named by display name (--set assignedTo="Priya Raman") is resolved by the bulk edit itself.
        var result = await Parse(
            settings.Value is null ? "--field" : "--set",
            settings.Value ?? settings.Field,
            async _ => settings.DryRun
                ? await editor.PreviewAsync(request, cancellationToken)
                : await editor.ApplyAsync(request, cancellationToken));
        var report = result.Report;
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    json.Writer.WriteStartObject();
                    OutcomeView.WriteCounts(json.Writer, report);
                    if (report.IsDryRun)
                    {
                        json.Writer.WriteBoolean("dryRun", true);
                        OutcomeView.WriteChanges(json.Writer, report);
                    }

                    json.Writer.WriteEndObject();
                },
                cancellationToken);
        }

        ThrowIfFailed(report, settings.DryRun ? "The edit would change nothing" : "Nothing was changed");
        if (!settings.Json)
        {
            await WriteHumanAsync(session, Describe(session, edit), report, cancellationToken);
        }

        return ExitCodes.Success;
    }

    /// <summary>Lets <c>--ids</c> take comma-separated ids as well as repeated options.</summary>
    private static IEnumerable<string> SplitIds(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The text of a value as the field parses it: a source or rating takes the default list's
    /// spelling. Users named by display name are left to the library (FieldEdit, BulkEditor).
    /// </summary>
    private static string ValueText(RecordField field, string text)
    {
        var list = field == RecordField.Source ? Picklist.DefaultLeadSources : field == RecordField.Rating ? Picklist.DefaultRatings : null;
        return list?.FirstOrDefault(entry => string.Equals(entry, text.Trim(), StringComparison.OrdinalIgnoreCase)) ?? text;
    }

    /// <summary>Runs a step of reading the command line; the library's refusal names the option and its text.</summary>
    private static T Parse<T>(string option, string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (Exception ex) when (ex is LeadKitValidationException or FilterException)
        {
            throw new CliException($"{option} '{text}': {ex.Message}", ExitCodes.DomainError, ex);
        }
    }

    /// <summary>Runs a step that checks a value against the workspace (a user named by display name); the library's refusal names the option and its text.</summary>
    private static async Task<T> Parse<T>(string option, string text, Func<string, Task<T>> run)
    {
        try
        {
            return await run(text);
        }
        catch (LeadKitValidationException ex) when (ex.Errors.Any(e => e.ErrorCode is "LeadKit.BulkEdit.UnknownUser" or "LeadKit.BulkEdit.AmbiguousUser"))
        {
            throw new CliException($"{option} '{text}': {ex.Message}", ExitCodes.DomainError, ex);
        }
    }

    /// <summary>Describes the edit for people, e.g. <c>set assignedTo = "Priya Raman"</c>, <c>clear title</c>, <c>add email = "…"</c>.</summary>
    private static string Describe(WorkspaceSession session, FieldEdit edit)
    {
        var verb = edit.Operation switch
        {
            EditOperation.Add => "add",
            EditOperation.Remove => "remove",
            EditOperation.Clear => "clear",
            _ => "set",
        };
        return edit.Value is not { } value ? $"{verb} {edit.Field.Name}"
            : edit.NamesUser ? $"{verb} {edit.Field.Name} = \"{value}\""
            : $"{verb} {edit.Field.Name} = \"{Shown(session, edit.Field.Name, edit.Field.FormatValue(value))}\"";
    }

    private async Task WriteHumanAsync(WorkspaceSession session, string edit, OperationReport report, CancellationToken cancellationToken)
    {
        var changed = report.Outcomes.Where(o => o.Changes.Count > 0).ToList();
        var summary = report.IsDryRun
            ? $"Dry run of `{edit}`: {OutcomeView.Leads(report.Changed)} would change, {report.Unchanged} unchanged; nothing was written."
            : $"`{edit}`: changed {OutcomeView.Leads(report.Changed)}, {report.Unchanged} unchanged.";
        if (report.IsDryRun && changed.Count > 0)
        {
            var shown = changed.Take(RowsShown).ToList();
            var names = await NamesAsync(session, shown, cancellationToken);
            var table = OutcomeView.ChangesTable(shown, id => names.GetValueOrDefault(id), (field, value) => Shown(session, field, value));
            if (changed.Count > shown.Count)
            {
                table.Caption($"… and {OutcomeView.Leads(changed.Count - shown.Count)} more (--json lists them all)");
            }

            Host.Console.Write(table);
        }

        Host.Console.WriteLine(summary);
    }

    /// <summary>Reads the names of the leads a dry-run table shows.</summary>
    private static async Task<Dictionary<Guid, string>> NamesAsync(WorkspaceSession session, IEnumerable<RecordOutcome> outcomes, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        await using var work = await session.BeginAsync(cancellationToken);
        foreach (var outcome in outcomes)
        {
            if (outcome.Record is { } record && await work.Leads.FindAsync(new LeadId(record.Id), cancellationToken) is { } lead)
            {
                names[record.Id] = lead.Name.FullName;
            }
        }

        return names;
    }

    /// <summary>Shows a user id as the user's name.</summary>
    private static string? Shown(WorkspaceSession session, string field, string? value) =>
        field == RecordField.AssignedTo.Name && UserId.TryParse(value, out var user) ? session.DisplayName(user) : value;

    /// <summary>The options of <c>bulk-edit</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the field to edit.</summary>
        [CommandOption("--field <FIELD>", true)]
        [Description("The field, as the filter language names it: title, company, source, rating, assignedTo, manualStars, email, custom.Budget, … (see docs/operations.md).")]
        public string Field { get; init; } = string.Empty;

        /// <summary>Gets the value to set.</summary>
        [CommandOption("--set <VALUE>")]
        [Description("Set the field to this value (invariant text form: 1234.5, 2026-11-27; a user by name or id). For e-mail and phone fields it becomes the only entry.")]
        public string? Value { get; init; }

        /// <summary>Gets a value indicating whether the field is cleared.</summary>
        [CommandOption("--clear")]
        [Description("Empty the field (refused for fields that cannot be empty, such as name).")]
        public bool Clear { get; init; }

        /// <summary>Gets the value to add to a multi-valued field.</summary>
        [CommandOption("--add <VALUE>")]
        [Description("Add this value to a multi-valued field: an e-mail address ([[business:|personal:|other:]]address) or a phone number ([[kind:]]number); the other entries stay.")]
        public string? Add { get; init; }

        /// <summary>Gets the value to remove from a multi-valued field.</summary>
        [CommandOption("--remove <VALUE>")]
        [Description("Remove this value from a multi-valued field: an e-mail address (matched by address) or a phone number (matched by its digits).")]
        public string? Remove { get; init; }

        /// <summary>Gets the ids of the leads to edit.</summary>
        [CommandOption("--ids <ID>")]
        [Description("The leads to edit, by id: --ids ID ID…, or repeat the option, or separate ids with commas.")]
        public string[] Ids { get; init; } = [];

        /// <summary>Gets the ids that follow the first one of <c>--ids</c> (<c>--ids ID ID…</c>).</summary>
        [CommandArgument(0, "[ID]")]
        [Description("More lead ids after --ids: --ids ID ID ID.")]
        public string[] MoreIds { get; init; } = [];

        /// <summary>Gets the filter selecting the leads to edit.</summary>
        [CommandOption("--filter <EXPR>")]
        [Description("The leads to edit, in LeadKit's filter language: 'source = \"Web\" and rating is empty'.")]
        public string? Filter { get; init; }

        /// <summary>Gets a value indicating whether this is a dry run.</summary>
        [CommandOption("--dry-run")]
        [Description("Show old → new for each lead and write nothing.")]
        public bool DryRun { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var global = base.Validate();
            if (!global.Successful)
            {
                return global;
            }

            if (new[] { Value is not null, Clear, Add is not null, Remove is not null }.Count(given => given) != 1)
            {
                return ValidationResult.Error("Give exactly one of --set VALUE, --clear, --add VALUE and --remove VALUE.");
            }

            if (MoreIds.Length > 0 && Ids.Length == 0)
            {
                return ValidationResult.Error($"'{MoreIds[0]}': lead ids follow --ids (--ids ID ID…).");
            }

            return (Ids.Length == 0) == (Filter is null)
                ? ValidationResult.Error("Select the leads with either --ids ID… or --filter EXPR.")
                : ValidationResult.Success();
        }
    }
}
