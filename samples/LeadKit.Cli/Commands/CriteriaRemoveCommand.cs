using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Scoring;
using LeadKit.Operations;
using LeadKit.Scoring;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit criteria remove ID</c>: removes a criterion and re-scores (records keep their check, ignored from now on).</summary>
/// <param name="host">The host.</param>
internal sealed class CriteriaRemoveCommand(CliHost host) : LeadKitCommand<CriteriaRemoveCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var profiles = new ScoringProfiles(session.Store, session.Workspace.Id, Host.Clock, actingUser: session.ActingUser.Id);
        var id = CriterionArguments.Resolve(await profiles.GetAsync(cancellationToken), settings.Id).Id;
        var change = await RescoreProgressBar.RunAsync(Host, settings.Json, p => profiles.RemoveCriterionAsync(id, p, cancellationToken));
        await CriteriaOutput.WriteChangeAsync(Host, settings.Json, "Removed", id, change, cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>The options of <c>criteria remove</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the criterion.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The criterion's id (or description).")]
        public string Id { get; init; } = string.Empty;
    }
}
