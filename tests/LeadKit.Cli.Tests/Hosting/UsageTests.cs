using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Hosting;

public sealed class UsageTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Run_UnknownCommand_IsBadUsage()
    {
        var result = await _cli.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoCommand_PrintsHelpAndIsBadUsage()
    {
        var result = await _cli.RunAsync();

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("USAGE", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BranchWithoutSubcommand_IsBadUsage()
    {
        var result = await _cli.RunAsync("lead");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("delete", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Help_Succeeds()
    {
        var result = await _cli.RunAsync("lead", "add", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("--email", result.Output, StringComparison.Ordinal);
        Assert.Contains("--assign", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DoneWhenScenario_InitAddShow()
    {
        // The "done when": leadkit --db x.db init; lead add --name "Ann Lee" --json; lead show.
        var db = _cli.PathOf("x.db");
        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("--db", db, "init")).ExitCode);

        var id = (await _cli.RunAsync("--db", db, "lead", "add", "--name", "Ann Lee", "--json")).Json().GetProperty("id").GetString()!;
        var shown = await _cli.RunAsync("--db", db, "lead", "show", id);
        var json = (await _cli.RunAsync("--db", db, "lead", "show", id, "--json")).Json();

        Assert.Equal(ExitCodes.Success, shown.ExitCode);
        Assert.Contains("Ann Lee", shown.Output, StringComparison.Ordinal);
        Assert.Equal("Ann Lee", json.GetProperty("name").GetProperty("fullName").GetString());
    }
}
