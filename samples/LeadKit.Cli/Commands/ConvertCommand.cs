using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Conversion;
using LeadKit.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit convert LEAD… [--dry-run]</c>: converts leads into business contacts through
/// <see cref="LeadConverter"/> — plan, then commit, all or none — and reports the custom-field
/// values that have no place on a contact (they stay on the lead).
/// </summary>
/// <param name="host">The host.</param>
internal sealed class ConvertCommand(CliHost host) : OperationCommand<ConvertCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var texts = settings.Leads.Select(LeadIds.Check).ToList();
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var ids = await LeadIds.ResolveAsync(session, texts, cancellationToken);
        var converter = new LeadConverter(CreateContext(session));
        var plan = await converter.PlanAsync(LeadSelection.Of(ids), cancellationToken: cancellationToken);
        OperationReport report;
        IReadOnlyList<LeadConversion> converted;
        if (settings.DryRun)
        {
            report = plan.Preview;
            converted = [.. plan.Leads.Where(l => l.CanConvert)];
        }
        else
        {
            var result = await converter.CommitAsync(plan, cancellationToken);
            report = result.Report;
            var done = result.Converted.Select(c => c.Lead).ToHashSet();
            converted = [.. plan.Leads.Where(l => done.Contains(l.Lead))];
        }

        if (settings.Json)
        {
            await WriteJsonAsync(json => WriteJson(json.Writer, report, converted), cancellationToken);
        }

        ThrowIfFailed(report, settings.DryRun ? "The conversion would convert nothing" : "Nothing was converted");
        if (!settings.Json)
        {
            WriteHuman(report, converted);
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(Utf8JsonWriter writer, OperationReport report, IReadOnlyList<LeadConversion> converted)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("converted");
        foreach (var lead in converted)
        {
            writer.WriteStartObject();
            writer.WriteString("lead", lead.Lead.ToString());
            writer.WriteString("contact", lead.Contact.ToString());
            writer.WriteString("name", lead.Name);
            writer.WriteStartArray("unmapped");
            foreach (var unmapped in lead.Unmapped)
            {
                writer.WriteStartObject();
                writer.WriteString("field", unmapped.LeadField);
                writer.WriteString("value", unmapped.Value.ToInvariantString());
                writer.WriteString("reason", unmapped.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        OutcomeView.WriteCounts(writer, report);
        if (report.IsDryRun)
        {
            writer.WriteBoolean("dryRun", true);
        }

        writer.WriteEndObject();
    }

    private void WriteHuman(OperationReport report, IReadOnlyList<LeadConversion> converted)
    {
        // A contact keeps its lead's id today; should that change, the table shows the contact's own.
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Lead").NoWrap());
        table.AddColumns("Name", "Contact", "History", "Opportunities");
        foreach (var lead in converted)
        {
            var contact = lead.Contact.Value == lead.Lead.Value ? "same id" : lead.Contact.ToString();
            table.AddRow(lead.Lead.ToString(), lead.Name, contact, lead.HistoryItems.ToString(Host.Culture), lead.Opportunities.ToString(Host.Culture));
        }

        Host.Console.Write(table);
        var unmapped = converted.SelectMany(l => l.Unmapped.Select(u => (l.Name, Mapping: u))).ToList();
        if (unmapped.Count > 0)
        {
            Host.Console.WriteLine(report.IsDryRun
                ? "These custom-field values have no place on a business contact; they would stay on the lead:"
                : "These custom-field values have no place on a business contact; they stay on the lead:");
            foreach (var (name, mapping) in unmapped)
            {
                Host.Console.WriteLine($"  {name}: {mapping.LeadField} = {mapping.Value.ToInvariantString()} ({mapping.Reason})");
            }
        }

        Host.Console.WriteLine(report.IsDryRun
            ? $"Dry run: {OutcomeView.Leads(converted.Count)} would be converted; nothing was written."
            : $"Converted {OutcomeView.Leads(converted.Count)} into business contacts.");
    }

    /// <summary>The options of <c>convert</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the ids of the leads.</summary>
        [CommandArgument(0, "<LEAD>")]
        [Description("The ids of the leads to convert; all are converted, or none.")]
        public string[] Leads { get; init; } = [];

        /// <summary>Gets a value indicating whether only the plan is shown.</summary>
        [CommandOption("--dry-run")]
        [Description("Show the plan (what each lead becomes, what has no place on a contact) and write nothing.")]
        public bool DryRun { get; init; }
    }
}
