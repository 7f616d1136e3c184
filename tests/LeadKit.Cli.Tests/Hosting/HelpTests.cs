using System.Text.RegularExpressions;
using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Hosting;

/// <summary><c>--help</c> on every command: a description, examples, and every option described.</summary>
public sealed class HelpTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("init")]
    [InlineData("demo")]
    [InlineData("lead add")]
    [InlineData("lead show")]
    [InlineData("lead list")]
    [InlineData("lead delete")]
    [InlineData("lead restore")]
    [InlineData("lead comment")]
    [InlineData("criteria list")]
    [InlineData("criteria add")]
    [InlineData("criteria edit")]
    [InlineData("criteria remove")]
    [InlineData("criteria suggest")]
    [InlineData("score check")]
    [InlineData("score uncheck")]
    [InlineData("score manual")]
    [InlineData("score auto")]
    [InlineData("score explain")]
    [InlineData("score rescore")]
    [InlineData("assign")]
    [InlineData("bulk-edit")]
    [InlineData("bulk-edit undo")]
    [InlineData("operations list")]
    [InlineData("convert")]
    [InlineData("merge")]
    [InlineData("from-email")]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("report")]
    [InlineData("funnel")]
    [InlineData("picklist list")]
    [InlineData("picklist add")]
    [InlineData("picklist remove")]
    [InlineData("rules list")]
    [InlineData("rules add")]
    [InlineData("rules remove")]
    [InlineData("rules apply")]
    public async Task Help_EveryCommand_HasADescriptionExamplesAndDescribedOptions(string command)
    {
        var result = await _cli.RunAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches(@"DESCRIPTION:\r?\n\S", result.Output);
        Assert.Matches($@"EXAMPLES:\r?\n\s+leadkit {Regex.Escape(command)}", result.Output);
        var options = Regex.Matches(result.Output, @"^\s+(-\w, )?(--[\w-]+)( <[^>]+>)?(?<rest>.*)$", RegexOptions.Multiline);
        Assert.NotEmpty(options);
        Assert.All(options, o => Assert.True(o.Groups["rest"].Value.Trim().Length > 0, $"'{o.Value.Trim()}' has no description"));
    }
}
