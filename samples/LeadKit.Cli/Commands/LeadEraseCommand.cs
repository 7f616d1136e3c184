using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Leads;
using LeadKit.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit lead erase ID --yes</c>: erases a person through <see cref="RecordErasure.EraseAsync"/>
/// — the lead (present or deleted) with its history, opportunities and undo entries — leaving one
/// audit operation without personal data. It cannot be undone, so it asks for <c>--yes</c>.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class LeadEraseCommand(CliHost host) : OperationCommand<LeadEraseCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var id = LeadIds.Parse(settings.Id);
        if (!settings.Yes)
        {
            throw new CliException($"Nothing was erased: erasing lead {id} removes it with its history for good and cannot be undone; run again with --yes.");
        }

        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var report = await new RecordErasure(CreateContext(session)).EraseAsync(RecordReference.To(id), cancellationToken);
        var outcome = report.Outcomes[0];
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    var w = json.Writer;
                    w.WriteStartObject();
                    w.WriteString("erased", id.ToString());
                    w.WriteString("operation", report.Operation!.Value.ToString());
                    w.WriteString("removed", outcome.Reason);
                    w.WriteEndObject();
                },
                cancellationToken);
        }
        else
        {
            Host.Console.WriteLine($"Erased lead {id} ({outcome.Reason}); audit operation {report.Operation}.");
        }

        return ExitCodes.Success;
    }

    /// <summary>The options of <c>lead erase</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the id of the lead to erase (the whole id: a deleted lead has no prefix to find it by).</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The whole id of the lead to erase, present or deleted.")]
        public string Id { get; init; } = string.Empty;

        /// <summary>Gets a value indicating whether the user confirmed that the erasure cannot be undone.</summary>
        [CommandOption("--yes")]
        [Description("Confirm: the erasure cannot be undone.")]
        public bool Yes { get; init; }
    }
}
