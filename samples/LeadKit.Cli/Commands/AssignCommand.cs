using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Assignment;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit assign USER LEAD…</c>: assigns leads to a user of the workspace through
/// <see cref="LeadAssignment"/>, all or none; each change is recorded in the lead's history.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class AssignCommand(CliHost host) : OperationCommand<AssignCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var texts = settings.Leads.Select(LeadIds.Check).ToList();
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var ids = await LeadIds.ResolveAsync(session, texts, cancellationToken);

        // An unknown name stops here; an inactive user is refused by the library (AssignmentRefusedException).
        var user = session.ResolveUser(settings.User, "assign");
        var report = await new LeadAssignment(CreateContext(session)).AssignAsync(LeadSelection.Of(ids), user.Id, cancellationToken: cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    json.Writer.WriteStartObject();
                    json.WriteValue("user", user);
                    OutcomeView.WriteCounts(json.Writer, report);
                    json.Writer.WriteEndObject();
                },
                cancellationToken);
        }

        ThrowIfFailed(report, "Nothing was assigned");
        if (!settings.Json)
        {
            var already = report.Unchanged == 0 ? string.Empty : $" ({OutcomeView.Leads(report.Unchanged)} already {(report.Unchanged == 1 ? "was" : "were")})";
            Host.Console.WriteLine($"Assigned {OutcomeView.Leads(report.Changed)} to {user.DisplayName}{already}.");
        }

        return ExitCodes.Success;
    }

    /// <summary>The options of <c>assign</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the user to assign the leads to.</summary>
        [CommandArgument(0, "<USER>")]
        [Description("The user to assign the leads to, by display name or id: an active member of the workspace.")]
        public string User { get; init; } = string.Empty;

        /// <summary>Gets the ids of the leads.</summary>
        [CommandArgument(1, "<LEAD>")]
        [Description("The ids of the leads to assign; all are assigned, or none.")]
        public string[] Leads { get; init; } = [];
    }
}
