using System.ComponentModel;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>The options of the <c>score</c> commands about one lead.</summary>
internal class ScoreLeadSettings : GlobalSettings
{
    /// <summary>Gets the lead's id.</summary>
    [CommandArgument(0, "<LEAD>")]
    [Description("The lead's id, as `lead add` or `lead list` prints it.")]
    public string Lead { get; init; } = string.Empty;
}
