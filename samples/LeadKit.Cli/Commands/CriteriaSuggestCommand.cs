using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Cli.Scoring;
using LeadKit.Operations;
using LeadKit.Scoring;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// <c>leadkit criteria suggest [--min-closed N] [--lost-after DAYS] [--apply]</c>: weights suggested from the
/// workspace's closed leads, with their evidence; <c>--apply</c> saves the changes as a new profile version
/// and re-scores. Too little data exits 1 with the reason.
/// </summary>
/// <param name="host">The host.</param>
internal sealed class CriteriaSuggestCommand(CliHost host) : LeadKitCommand<CriteriaSuggestCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (settings.MinClosed < 1 || settings.LostAfterDays < 0)
        {
            throw new CliException("--min-closed must be at least 1 and --lost-after cannot be negative.", ExitCodes.Usage);
        }

        var options = WeightLearningOptions.Default with { MinimumClosed = settings.MinClosed, LostAfter = Duration.FromDays(settings.LostAfterDays) };
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var profiles = new ScoringProfiles(session.Store, session.Workspace.Id, Host.Clock, actingUser: session.ActingUser.Id);
        var suggestions = await profiles.SuggestWeightsAsync(options, cancellationToken);
        ProfileChange? change = null;
        if (settings.Apply && suggestions.Changes.Any())
        {
            change = await RescoreProgressBar.RunAsync(Host, settings.Json, p => profiles.ApplySuggestionsAsync(suggestions, null, p, cancellationToken));
        }

        if (settings.Json)
        {
            await WriteJsonAsync(json => Write(json, suggestions, change), cancellationToken);
            return ExitCodes.Success;
        }

        Host.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"From [bold]{suggestions.Closed}[/] closed leads ({suggestions.Converted} converted):"));
        var table = new Table().AddColumns("criterion", "weight", "suggested", "evidence");
        foreach (var s in suggestions.Criteria)
        {
            var suggested = s.Suggested is { } w ? (s.IsChange ? $"[bold]{w}[/]" : w.ToString()) : "—";
            table.AddRow(Markup.Escape(s.Description), s.Current.ToString(), suggested, Markup.Escape(s.Reason));
        }

        Host.Console.Write(table);
        if (change is not null)
        {
            Host.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Applied: profile v{change.Profile.Version}."));
            CriteriaOutput.WriteRescore(Host, change.Rescore);
        }
        else if (suggestions.Changes.Any())
        {
            Host.Console.MarkupLine("Review them, then run [bold]criteria suggest --apply[/] to save the suggested weights.");
        }

        return ExitCodes.Success;
    }

    private static void Write(JsonOutput json, WeightSuggestions suggestions, ProfileChange? change)
    {
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteNumber("closed", suggestions.Closed);
        w.WriteNumber("converted", suggestions.Converted);
        w.WriteNumber("profileVersion", suggestions.ProfileVersion);
        w.WriteStartArray("suggestions");
        foreach (var s in suggestions.Criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Criterion.Value);
            w.WriteString("description", s.Description);
            w.WriteString("weight", s.Current.ToString().ToLowerInvariant());
            if (s.Suggested is { } suggested)
            {
                w.WriteString("suggested", suggested.ToString().ToLowerInvariant());
            }
            else
            {
                w.WriteNull("suggested");
            }

            w.WriteString("reason", s.Reason);
            var e = s.Evidence;
            w.WriteStartObject("evidence");
            w.WriteNumber("met", e.Met);
            w.WriteNumber("metConverted", e.MetConverted);
            w.WriteNumber("unmet", e.Unmet);
            w.WriteNumber("unmetConverted", e.UnmetConverted);
            w.WriteNumber("lift", Math.Round(e.Lift, 4));
            w.WriteNumber("oddsRatio", Math.Round(e.OddsRatio, 4));
            w.WriteNumber("z", Math.Round(e.Z, 4));
            w.WriteString("strength", e.Strength.ToString().ToLowerInvariant());
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (change is not null)
        {
            w.WriteNumber("version", change.Profile.Version);
            CriteriaOutput.WriteRescoreMembers(json, change.Rescore);
        }

        w.WriteEndObject();
    }

    /// <summary>The options of <c>criteria suggest</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets the fewest closed leads to learn from.</summary>
        [CommandOption("--min-closed <N>")]
        [Description("The fewest closed leads to learn from (default 30); with fewer, nothing is suggested.")]
        [DefaultValue(30)]
        public int MinClosed { get; init; } = 30;

        /// <summary>Gets the age in days after which an open lead counts as lost.</summary>
        [CommandOption("--lost-after <DAYS>")]
        [Description("Days after its creation when an open lead counts as lost (default 90); converted leads count whatever their age.")]
        [DefaultValue(90)]
        public int LostAfterDays { get; init; } = 90;

        /// <summary>Gets whether to apply the suggested changes.</summary>
        [CommandOption("--apply")]
        [Description("Save the suggested weights as a new profile version and re-score.")]
        public bool Apply { get; init; }
    }
}
