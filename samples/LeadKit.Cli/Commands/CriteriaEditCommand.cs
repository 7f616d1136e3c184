using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Scoring;
using LeadKit.Operations;
using LeadKit.Scoring;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit criteria edit ID [--description D] [--weight W]</c>: edits a criterion and re-scores.</summary>
/// <param name="host">The host.</param>
internal sealed class CriteriaEditCommand(CliHost host) : LeadKitCommand<CriteriaEditCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Description is null && settings.Weight is null)
        {
            throw new CliException("criteria edit needs --description and/or --weight.", ExitCodes.Usage);
        }

        Weight? weight = settings.Weight is null ? null : CriterionArguments.ParseWeight(settings.Weight);
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var profiles = new ScoringProfiles(session.Store, session.Workspace.Id, Host.Clock, actingUser: session.ActingUser.Id);
        var id = CriterionArguments.Resolve(await profiles.GetAsync(cancellationToken), settings.Id).Id;
        var change = await RescoreProgressBar.RunAsync(Host, settings.Json, p => profiles.EditCriterionAsync(id, settings.Description, weight, p, cancellationToken));
        await CriteriaOutput.WriteChangeAsync(Host, settings.Json, "Edited", id, change, cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>The options of <c>criteria edit</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the criterion.</summary>
        [CommandArgument(0, "<ID>")]
        [Description("The criterion's id (or description).")]
        public string Id { get; init; } = string.Empty;

        /// <summary>Gets the new description.</summary>
        [CommandOption("--description <TEXT>")]
        [Description("The new description.")]
        public string? Description { get; init; }

        /// <summary>Gets the new weight.</summary>
        [CommandOption("--weight <WEIGHT>")]
        [Description("The new weight: low, normal or high.")]
        public string? Weight { get; init; }
    }
}
