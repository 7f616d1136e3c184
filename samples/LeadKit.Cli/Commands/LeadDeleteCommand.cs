using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit lead delete ID…</c>: deletes leads all together in one unit of work, so that one
/// unknown id deletes nothing.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class LeadDeleteCommand(CliHost host) : LeadKitCommand<LeadDeleteCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        // Parse every id before touching the database: a typo in the last one deletes nothing.
        var ids = settings.Ids.Select(LeadIds.Parse).Distinct().ToList();
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        await using (var work = await session.BeginAsync(cancellationToken))
        {
            foreach (var id in ids)
            {
                var lead = await work.Leads.GetAsync(id, cancellationToken);
                await work.Leads.DeleteAsync(id, lead.Version, cancellationToken);
            }

            await work.CommitAsync(cancellationToken);
        }

        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    var w = json.Writer;
                    w.WriteStartObject();
                    w.WriteStartArray("deleted");
                    foreach (var id in ids)
                    {
                        w.WriteStringValue(id.ToString());
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                },
                cancellationToken);
        }
        else
        {
            Host.Console.WriteLine(ids.Count == 1 ? "Deleted 1 lead." : $"Deleted {ids.Count} leads.");
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
    }
}
