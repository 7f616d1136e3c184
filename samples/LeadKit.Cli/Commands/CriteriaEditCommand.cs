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

/// <summary><c>leadkit criteria edit ID [--description D] [--weight W] [--rule RULE]</c>: edits a criterion and re-scores.</summary>
/// <param name="host">The host.</param>
internal sealed class CriteriaEditCommand(CliHost host) : LeadKitCommand<CriteriaEditCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Description is null && settings.Weight is null && settings.Rule is null)
        {
            throw new CliException("criteria edit needs --description, --weight and/or --rule.", ExitCodes.Usage);
        }

        Weight? weight = settings.Weight is null ? null : CriterionArguments.ParseWeight(settings.Weight);
        var rule = settings.Rule is null ? null : ScoringRule.Parse(settings.Rule);
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var profiles = new ScoringProfiles(session.Store, session.Workspace.Id, Host.Clock, actingUser: session.ActingUser.Id);
        var id = CriterionArguments.Resolve(await profiles.GetAsync(cancellationToken), settings.Id).Id;

        // One edit, so one new version; users the rule names are bound to their ids when it is saved.
        var change = await RescoreProgressBar.RunAsync(
            Host,
            settings.Json,
            p => profiles.EditAsync(
                profile =>
                {
                    var criterion = profile[id];
                    criterion = settings.Description is null ? criterion : criterion.WithDescription(settings.Description);
                    criterion = weight is { } w ? criterion.WithWeight(w) : criterion;
                    criterion = rule is null ? criterion : criterion.WithRule(rule);
                    return profile.Replace(criterion);
                },
                p,
                cancellationToken));
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

        /// <summary>Gets the new rule.</summary>
        [CommandOption("--rule <RULE>")]
        [Description("A new rule that decides the criterion, e.g. 'assignedTo = \"Priya Raman\"' (a user named by display name is stored by id).")]
        public string? Rule { get; init; }
    }
}
