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

/// <summary><c>leadkit criteria add --description D --weight W [--rule RULE]</c>: adds a criterion and re-scores.</summary>
/// <param name="host">The host.</param>
internal sealed class CriteriaAddCommand(CliHost host) : LeadKitCommand<CriteriaAddCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Description) || settings.Weight is null)
        {
            throw new CliException("criteria add needs --description and --weight.", ExitCodes.Usage);
        }

        var weight = CriterionArguments.ParseWeight(settings.Weight);
        var rule = settings.Rule is null ? null : ScoringRule.Parse(settings.Rule);
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var profiles = new ScoringProfiles(session.Store, session.Workspace.Id, Host.Clock, actingUser: session.ActingUser.Id);
        var change = await RescoreProgressBar.RunAsync(Host, settings.Json, p => profiles.AddCriterionAsync(settings.Description, weight, rule, p, cancellationToken));
        var id = change.Criterion!.Value.Value;
        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    json.Writer.WriteStartObject();
                    json.Writer.WriteString("id", id);
                    json.Writer.WriteNumber("version", change.Profile.Version);
                    CriteriaOutput.WriteRescoreMembers(json, change.Rescore);
                    json.Writer.WriteEndObject();
                },
                cancellationToken);
        }
        else
        {
            Host.Console.MarkupLine($"Added criterion [bold]{Markup.Escape(id)}[/].");
            CriteriaOutput.WriteRescore(Host, change.Rescore);
        }

        return ExitCodes.Success;
    }

    /// <summary>The options of <c>criteria add</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the description.</summary>
        [CommandOption("--description <TEXT>")]
        [Description("The question, e.g. \"Budget confirmed\" (1-255 characters, unique ignoring case).")]
        public string Description { get; init; } = string.Empty;

        /// <summary>Gets the weight.</summary>
        [CommandOption("--weight <WEIGHT>")]
        [Description("low, normal or high (1, 2 or 3 points by default).")]
        public string? Weight { get; init; }

        /// <summary>Gets the rule.</summary>
        [CommandOption("--rule <RULE>")]
        [Description("A rule that decides the criterion, e.g. 'email is not empty', 'history.phoneLog within 30d' or 'assignedTo = \"Priya Raman\"' (a user named by display name is stored by id).")]
        public string? Rule { get; init; }
    }
}
