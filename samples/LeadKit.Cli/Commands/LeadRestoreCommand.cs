using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Storage;
using LeadKit.Leads;
using LeadKit.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit lead restore ID…</c>: brings deleted leads back through <see cref="LeadDeletion.RestoreAsync"/>,
/// with the same ids, every field as it was, and their history and opportunities attached again.
/// All together in one unit of work: an id that names no deleted lead restores nothing.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class LeadRestoreCommand(CliHost host) : OperationCommand<LeadRestoreCommand.Settings>(host)
{
    private const string NothingRestored = "Nothing was restored";

    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        // Parse every id before touching the database: a typo in the last one restores nothing.
        var ids = settings.Ids.Select(LeadIds.Parse).Distinct().ToList();
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        await ThrowIfNotDeletedAsync(session, ids, cancellationToken);
        var report = await new LeadDeletion(CreateContext(session)).RestoreAsync(ids, cancellationToken: cancellationToken);
        ThrowIfFailed(report, NothingRestored);
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    var w = json.Writer;
                    w.WriteStartObject();
                    w.WriteStartArray("restored");
                    foreach (var outcome in report.Outcomes.Where(o => o.Status == OutcomeStatus.Created))
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
            Host.Console.WriteLine(report.Created == 1 ? "Restored 1 lead." : $"Restored {report.Created} leads.");
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Refuses ids of leads that are in the workspace: the library would count them as unchanged and
    /// restore the others, but an id that names no deleted lead is a mistake the command reports.
    /// </summary>
    private static async Task ThrowIfNotDeletedAsync(WorkspaceSession session, List<LeadId> ids, CancellationToken cancellationToken)
    {
        var present = new List<LeadId>();
        await using (var work = await session.BeginAsync(cancellationToken))
        {
            foreach (var id in ids)
            {
                if (await work.Leads.FindAsync(id, cancellationToken) is not null)
                {
                    present.Add(id);
                }
            }
        }

        if (present.Count > 0)
        {
            var lines = present.Select(id => $"{Environment.NewLine}  {id}: Lead {id} is not deleted: it is in this workspace.");
            var count = present.Count == 1 ? $"1 lead of {ids.Count} is" : $"{present.Count} leads of {ids.Count} are";
            throw new CliException($"{NothingRestored}: {count} not deleted, and the command is all-or-nothing.{string.Concat(lines)}");
        }
    }

    /// <summary>The options of <c>lead restore</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the ids of the leads to restore.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The ids of the deleted leads to restore; all are restored, or none.")]
        public string[] Ids { get; init; } = [];
    }
}
