using System;
using System.ComponentModel;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>The options of <c>score check</c> and <c>score uncheck</c>: a lead and criteria.</summary>
internal sealed class ScoreCriteriaSettings : ScoreLeadSettings
{
    /// <summary>Gets the criteria, by id or description.</summary>
    [CommandArgument(1, "<CRITERION>")]
    [Description("The criteria, by id (as `criteria list` prints them) or description.")]
    public string[] Criteria { get; init; } = [];
}
