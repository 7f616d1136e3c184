using System.ComponentModel;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>The options of <c>score rescore</c>.</summary>
internal sealed class ScoreRescoreSettings : GlobalSettings
{
    /// <summary>Gets a value indicating whether only records with a stale stored score are re-scored.</summary>
    [CommandOption("--stale")]
    [Description("Re-score only the records whose stored score is stale (never scored, another profile version, changed since, or a check expired); run it again to finish an interrupted re-score.")]
    public bool Stale { get; init; }
}
