using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using LeadKit.History;
using LeadKit.Operations;
using Spectre.Console;

namespace LeadKit.Cli.Rendering;

/// <summary>
/// Renders the <see cref="OperationReport"/> of a batch operation (assign, bulk edit, convert,
/// delete): the counts and failures as JSON members, the old → new changes as JSON or as a table,
/// and the message on standard error when the operation was refused.
/// </summary>
internal static class OutcomeView
{
    /// <summary>How many failures a message on standard error names before it says "and N more".</summary>
    private const int FailuresNamed = 20;

    /// <summary>
    /// Writes the members every operation document has: <c>changed</c>, <c>unchanged</c>,
    /// <c>skipped</c> (would have changed, but others failed), <c>failed</c> (<c>[{"id", "reason"}…]</c>)
    /// and <c>committed</c> (whether anything was written).
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="report">The report.</param>
    public static void WriteCounts(Utf8JsonWriter writer, OperationReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Operation is { } operation)
        {
            writer.WriteString("operation", operation.ToString());
        }

        writer.WriteNumber("changed", report.Changed);
        writer.WriteNumber("unchanged", report.Unchanged);
        writer.WriteNumber("skipped", report.Skipped);
        writer.WriteStartArray("failed");
        foreach (var failure in report.Failures)
        {
            writer.WriteStartObject();
            writer.WriteString("id", IdOf(failure));
            writer.WriteString("reason", failure.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("committed", report.IsCommitted);
    }

    /// <summary>
    /// Writes <c>"changes": [{"id", "fields": [{"field", "old", "new"}…]}…]</c>: every record that
    /// changed (or, in a dry run or a refused run, would change), with each field's old and new value
    /// (<see langword="null"/> for empty), as the library's <see cref="FieldChange"/> gives them.
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="report">The report.</param>
    public static void WriteChanges(Utf8JsonWriter writer, OperationReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartArray("changes");
        foreach (var outcome in report.Outcomes.Where(o => o.Changes.Count > 0))
        {
            writer.WriteStartObject();
            writer.WriteString("id", IdOf(outcome));
            writer.WriteStartArray("fields");
            foreach (var change in outcome.Changes)
            {
                writer.WriteStartObject();
                writer.WriteString("field", change.Field);
                writer.WriteString("old", change.OldValue);
                writer.WriteString("new", change.NewValue);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Builds a table of old → new values: one row per changed field of each record given.</summary>
    /// <param name="outcomes">The outcomes with changes.</param>
    /// <param name="name">Gives a record's name for the table, or <see langword="null"/>.</param>
    /// <param name="value">Renders a field's value for people (a user id as the user's name, say).</param>
    /// <returns>The table.</returns>
    public static Table ChangesTable(IEnumerable<RecordOutcome> outcomes, Func<Guid, string?> name, Func<string, string?, string?> value)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Id").NoWrap());
        table.AddColumns("Name", "Field", "Old", "New");
        foreach (var outcome in outcomes)
        {
            var id = outcome.Record?.Id;
            var first = true;
            foreach (var change in outcome.Changes)
            {
                table.AddRow(
                    new Text(first ? IdOf(outcome) : string.Empty),
                    new Text(first && id is { } guid ? name(guid) ?? string.Empty : string.Empty),
                    new Text(change.Field),
                    new Text(Shown(value(change.Field, change.OldValue))),
                    new Text(Shown(value(change.Field, change.NewValue))));
                first = false;
            }
        }

        return table;
    }

    /// <summary>
    /// The message for standard error when records failed: what was not done, then each failed
    /// record with its reason (the first <see cref="FailuresNamed"/>).
    /// </summary>
    /// <param name="report">The report, with failures.</param>
    /// <param name="what">What was refused, e.g. <c>Nothing was assigned</c>.</param>
    /// <returns>The message.</returns>
    public static string FailureMessage(OperationReport report, string what)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failures = report.Failures.ToList();
        var message = new StringBuilder();
        message.Append(what).Append(": ").Append(failures.Count).Append(failures.Count == 1 ? " lead" : " leads")
            .Append(" of ").Append(report.Total).Append(" failed");
        message.Append(report.IsCommitted ? "." : ", and the command is all-or-nothing.");
        foreach (var failure in failures.Take(FailuresNamed))
        {
            message.AppendLine().Append("  ").Append(IdOf(failure)).Append(": ").Append(failure.Reason);
        }

        if (failures.Count > FailuresNamed)
        {
            message.AppendLine().Append("  … and ").Append(failures.Count - FailuresNamed).Append(" more (--json lists them all).");
        }

        return message.ToString();
    }

    /// <summary>Gets the record's id as the commands print and take it, or an empty string when there is none.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The id.</returns>
    public static string IdOf(RecordOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Record?.Id.ToString("D") ?? string.Empty;
    }

    /// <summary>Counts for people: <c>1 lead</c>, <c>3 leads</c>.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public static string Leads(int count) => count == 1 ? "1 lead" : $"{count} leads";

    private static string Shown(string? value) => value ?? "(empty)";
}
