using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit lead delete ID… [--reason TEXT]</c>: deletes leads through <see cref="LeadDeletion"/>,
/// all together in one unit of work, so that one unknown id deletes nothing. Each deletion is
/// recorded in the lead's history, with the lead as it was (the library can restore it from there).
/// </summary>
/// <param name="host">The host.</param>
internal sealed class LeadDeleteCommand(CliHost host) : OperationCommand<LeadDeleteCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        // Parse every id before touching the database: a typo in the last one deletes nothing.
        var texts = settings.Ids.Select(LeadIds.Check).ToList();
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var ids = (await LeadIds.ResolveAsync(session, texts, cancellationToken)).Distinct().ToList();
        var report = await new LeadDeletion(CreateContext(session)).DeleteAsync(LeadSelection.Of(ids), settings.Reason, cancellationToken: cancellationToken);
        ThrowIfFailed(report, "Nothing was deleted");
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    var w = json.Writer;
                    w.WriteStartObject();
                    w.WriteStartArray("deleted");
                    foreach (var outcome in report.Outcomes.Where(o => o.Status == OutcomeStatus.Deleted))
                    {
                        w.WriteStringValue(outcome.Record!.Value.Id.ToString("D"));
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                },
                cancellationToken);
        }
        else
        {
            Host.Console.WriteLine(report.Deleted == 1 ? "Deleted 1 lead." : $"Deleted {report.Deleted} leads.");
        }

        return ExitCodes.Success;
    }

    /// <summary>The options of <c>lead delete</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the ids of the leads to delete.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The ids of the leads to delete; all are deleted, or none.")]
        public string[] Ids { get; init; } = [];

        /// <summary>Gets why the leads are deleted.</summary>
        [CommandOption("--reason <TEXT>")]
        [Description("Why the leads are deleted, kept in each lead's history with the deletion.")]
        public string? Reason { get; init; }
    }
}
