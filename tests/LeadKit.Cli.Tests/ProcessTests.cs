using System.IO;
using LeadKit.Cli.Hosting;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests;

/// <summary>The console host as separate processes on a real temporary SQLite file.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Process_InitAddShowList_PersistBetweenProcesses()
    {
        var dir = _cli.Directory;

        var init = await CliProcess.RunAsync(dir, "--db", "x.db", "init");
        var add = await CliProcess.RunAsync(dir, "--db", "x.db", "lead", "add", "--name", "Ann Lee", "--json");
        var id = add.Json().GetProperty("id").GetString()!;
        var show = await CliProcess.RunAsync(dir, "--db", "x.db", "lead", "show", id, "--json");
        var list = await CliProcess.RunAsync(dir, "--db", "x.db", "lead", "list", "--json");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir, "x.db")));
        Assert.Equal("Ann Lee", show.Json().GetProperty("name").GetProperty("fullName").GetString());
        Assert.Equal(1, list.Json().GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Process_ExitCodes_AreZeroOneTwo()
    {
        var dir = _cli.Directory;
        Assert.Equal(ExitCodes.Success, (await CliProcess.RunAsync(dir, "--db", "x.db", "init")).ExitCode);

        var missing = await CliProcess.RunAsync(dir, "--db", "x.db", "lead", "show", LeadId.New().ToString());
        var usage = await CliProcess.RunAsync(dir, "--db", "x.db", "lead", "shwo");

        Assert.Equal(ExitCodes.DomainError, missing.ExitCode);
        Assert.Contains("was not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, missing.Output);
        Assert.Equal(ExitCodes.Usage, usage.ExitCode);
        Assert.Contains("shwo", usage.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_Demo_CreatesLeadKitDemoDbInTheCurrentDirectory()
    {
        var dir = _cli.Directory;

        var first = await CliProcess.RunAsync(dir, "demo");
        var second = await CliProcess.RunAsync(dir, "demo", "--json");
        var list = await CliProcess.RunAsync(dir, "--db", "leadkit-demo.db", "lead", "list", "--json");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("Leads by assigned user", first.Output, StringComparison.Ordinal);
        Assert.Contains("1. Import demo-leads.csv", first.Output, StringComparison.Ordinal);
        Assert.Equal(20, second.Json().GetProperty("leads").GetProperty("total").GetInt64());
        Assert.Equal(20 + second.Json().GetProperty("tour").GetProperty("import").GetProperty("imported").GetInt64(), list.Json().GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Process_RedirectedOutput_ImportAndExport_ShowTheirSummaryWithoutAProgressDisplay()
    {
        var dir = _cli.Directory;
        var sample = Commands.FileFormatCommandTests.Sample("csv", "salesforce_demo_leads.csv");

        Assert.Equal(ExitCodes.Success, (await CliProcess.RunAsync(dir, "--db", "x.db", "init")).ExitCode);
        var import = await CliProcess.RunAsync(dir, "--db", "x.db", "import", sample);
        var export = await CliProcess.RunAsync(dir, "--db", "x.db", "export", "all.csv");

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Contains("imported", import.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Importing", import.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, export.ExitCode);
        Assert.DoesNotContain("Exporting", export.Output, StringComparison.Ordinal);
    }
}
