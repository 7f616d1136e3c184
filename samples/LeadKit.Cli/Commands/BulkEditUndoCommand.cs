using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.BulkEdit;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Operations;
using LeadKit.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit bulk-edit undo OPERATION</c>: reverts a recorded bulk edit, assignment, import or merge through
/// <see cref="BulkEditor.UndoOperationAsync"/>, rebuilt from what the database stored, so it works
/// in another process than the edit. All or nothing: one lead changed since refuses the undo.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class BulkEditUndoCommand(CliHost host) : OperationCommand<BulkEditUndoCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (!OperationId.TryParse(settings.Operation.Trim(), out var operation))
        {
            throw new CliException($"'{settings.Operation}' is not an operation id: use the id 'bulk-edit', 'assign' or 'operations list' printed.", ExitCodes.Usage);
        }

        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var result = await new BulkEditor(CreateContext(session)).UndoOperationAsync(operation, cancellationToken: cancellationToken);
        var report = result.Report;
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    var writer = json.Writer;
                    writer.WriteStartObject();
                    writer.WriteString("operation", operation.ToString());
                    if (report.Operation is { } undo)
                    {
                        writer.WriteString("undo", undo.ToString());
                    }

                    writer.WriteNumber("restored", report.IsCommitted ? report.Changed + report.Created : 0);
                    writer.WriteNumber("deleted", report.IsCommitted ? report.Deleted : 0);
                    writer.WriteNumber("unchanged", report.Unchanged);
                    writer.WriteStartArray("conflicts");
                    foreach (var failure in report.Failures)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("id", failure.Record?.Id.ToString("D"));
                        writer.WriteString("reason", failure.Reason);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteBoolean("committed", report.IsCommitted);
                    writer.WriteEndObject();
                },
                cancellationToken);
        }

        ThrowIfFailed(report, "Nothing was undone");
        if (!settings.Json)
        {
            var deleted = report.Deleted > 0 ? $", deleted the {OutcomeView.Leads(report.Deleted)} it created" : string.Empty;
            Host.Console.WriteLine($"Undid operation {operation}: restored {OutcomeView.Leads(report.Changed + report.Created)}{deleted}{(report.Operation is { } id ? $" (undo recorded as {id})" : string.Empty)}.");
        }

        return ExitCodes.Success;
    }

    /// <summary>The options of <c>bulk-edit undo</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the operation to undo.</summary>
        [CommandArgument(0, "<OPERATION>")]
        [Description("The id of the operation to undo, as 'bulk-edit', 'assign' or 'operations list' printed it.")]
        public string Operation { get; init; } = string.Empty;
    }
}
