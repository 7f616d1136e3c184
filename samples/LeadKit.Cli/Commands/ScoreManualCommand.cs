using System.ComponentModel;
using LeadKit.Cli.Hosting;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit score manual LEAD STARS</c>: fixes a lead's stars by hand.</summary>
/// <param name="host">The host.</param>
internal sealed class ScoreManualCommand(CliHost host) : ScoreChangeCommand<ScoreManualCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override void Apply(Lead lead, ScoringProfile profile, Settings settings, Instant now) => lead.SetManualScore(settings.Stars);

    /// <summary>The options of <c>score manual</c>.</summary>
    internal sealed class Settings : ScoreLeadSettings
    {
        /// <summary>Gets the star count.</summary>
        [CommandArgument(1, "<STARS>")]
        [Description("The stars, 0 to 10 (shown capped at the profile's most stars, 5 by default).")]
        public int Stars { get; init; }
    }
}
