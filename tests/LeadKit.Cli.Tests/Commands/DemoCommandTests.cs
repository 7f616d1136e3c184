using System.IO;
using LeadKit.Cli.Commands;
using LeadKit.Cli.Demo;
using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Demo_Json_ListsTheSampleLeadsAndTheirAssignment()
    {
        var path = _cli.PathOf("demo.db");

        var json = (await _cli.RunAsync("demo", "--db", path, "--json")).Json();

        var leads = json.GetProperty("leads");
        Assert.Equal(SampleLeads.Count, leads.GetProperty("total").GetInt64());
        Assert.Equal(SampleLeads.Count, leads.GetProperty("items").GetArrayLength());
        var companies = leads.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("companyName").GetString()).ToList();
        Assert.Equal(companies.Order(StringComparer.Ordinal), companies);
        var groups = json.GetProperty("byAssigned").GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(new[] { SampleLeads.Owner }.Concat(SampleLeads.OtherUsers).Order(StringComparer.Ordinal), groups.SkipLast(1).Select(g => g.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(DemoCommand.Unassigned, groups[^1].GetProperty("key").GetString());
        Assert.Equal(SampleLeads.Count, groups.Sum(g => g.GetProperty("count").GetInt64()));
        Assert.All(groups, g => Assert.True(g.GetProperty("count").GetInt64() > 0));
    }

    [Fact]
    public async Task Demo_Json_ToursTheWorkflow_ImportScoreBulkEditUndoConvertReports()
    {
        var json = (await _cli.RunAsync("demo", "--db", _cli.PathOf("demo.db"), "--json")).Json();

        var tour = json.GetProperty("tour");
        var import = tour.GetProperty("import");
        Assert.Equal(DemoTour.FileName, import.GetProperty("file").GetString());
        Assert.Equal("outlook", import.GetProperty("format").GetString());
        Assert.Equal(DemoTour.FileRows, import.GetProperty("rows").GetInt64());
        Assert.Equal(DemoTour.FileRows, import.GetProperty("imported").GetInt64() + import.GetProperty("merged").GetInt64() + import.GetProperty("skipped").GetInt64() + import.GetProperty("rejected").GetInt64());
        Assert.True(import.GetProperty("imported").GetInt64() >= 250);
        Assert.True(tour.GetProperty("checked").GetInt32() > 0);
        var best = tour.GetProperty("best");
        Assert.Equal(5, best.GetProperty("explanation").GetProperty("stars").GetInt32());
        var edit = tour.GetProperty("bulkEdit");
        Assert.True(edit.GetProperty("changed").GetInt32() > 0);
        Assert.Equal(edit.GetProperty("changed").GetInt32(), edit.GetProperty("restored").GetInt32());
        var converted = tour.GetProperty("converted");
        Assert.Equal(best.GetProperty("id").GetString(), converted.GetProperty("lead").GetString());
        Assert.Equal(converted.GetProperty("lead").GetString(), converted.GetProperty("contact").GetString());
        var reports = tour.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(3, reports.Count);
        Assert.All(reports, r => Assert.Equal(SampleLeads.Count + import.GetProperty("imported").GetInt64() - 1, r.GetProperty("total").GetInt64()));   // open leads: the converted one left
        Assert.Equal(SampleLeads.Count + import.GetProperty("imported").GetInt64(), tour.GetProperty("funnel")[0].GetProperty("count").GetInt64());
        Assert.Equal(1, tour.GetProperty("funnel").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "converted").GetProperty("count").GetInt64());

        // The undo restored every edited lead: none has the edited territory.
        var edited = (await _cli.RunAsync("--db", _cli.PathOf("demo.db"), "lead", "list", "--filter", "territory = \"EMEA North\"", "--json")).Json();
        Assert.Equal(0, edited.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Demo_Human_PrintsTheListAndTheCountTable()
    {
        var result = await _cli.RunAsync("demo", "--db", _cli.PathOf("demo.db"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Leads by company", result.Output, StringComparison.Ordinal);
        Assert.Contains("Northwind Traders", result.Output, StringComparison.Ordinal);
        Assert.Contains("Leads by assigned user", result.Output, StringComparison.Ordinal);
        Assert.Contains("★★★★★", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+│\s+20", result.Output);
        Assert.Contains($"1. Import {DemoTour.FileName} (outlook): {DemoTour.FileRows} rows", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"3\. Bulk edit territory = ""EMEA North"" where company = ""Lumen Solar"": (\d+) changed \(operation [0-9a-f-]+\); undone: \1 restored\.", result.Output);
        Assert.Contains("(same id)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Leads by Assigned To and Rating", result.Output, StringComparison.Ordinal);
        Assert.Contains("Leads by Score", result.Output, StringComparison.Ordinal);
        Assert.Contains("Sales funnel", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_ThenLeadCommands_WorkOnTheDemoDatabase()
    {
        var path = _cli.PathOf("demo.db");
        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("demo", "--db", path)).ExitCode);

        var trade = (await _cli.RunAsync("--db", path, "lead", "list", "--filter", "source = \"Trade Show\"", "--json")).Json();
        var asPriya = await _cli.RunAsync("--db", path, "--as", "Priya Raman", "lead", "add", "--name", "Ann Other", "--json");

        Assert.Equal(3, trade.GetProperty("total").GetInt64());
        Assert.Equal(ExitCodes.Success, asPriya.ExitCode);
    }

    [Fact]
    public void Demo_SampleData_UsesTheDefaultPicklists()
    {
        var users = Storage.WorkspaceSetup.PlanUsers(SampleLeads.Owner, SampleLeads.OtherUsers);

        var leads = SampleLeads.Create(_cli.Clock, users);

        Assert.Equal(20, leads.Count);
        Assert.All(leads, l => Assert.Contains(l.Source!.Name, LeadKit.Leads.Picklist.DefaultLeadSources));
        Assert.All(leads, l => Assert.Contains(l.Rating!.Name, LeadKit.Leads.Picklist.DefaultRatings));
        Assert.Equal(leads.Count, leads.Select(l => l.Emails[0].Address).Distinct().Count());
    }

    [Fact]
    public async Task Demo_ExistingFileThatIsNotADatabase_IsLeftAlone()
    {
        var path = _cli.PathOf("notes.db");
        await File.WriteAllTextAsync(path, "my precious notes");

        var result = await _cli.RunAsync("demo", "--db", path);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("not a LeadKit database", result.Error, StringComparison.Ordinal);
        Assert.Equal("my precious notes", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Demo_Twice_StartsAfresh()
    {
        var path = _cli.PathOf("demo.db");
        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("demo", "--db", path)).ExitCode);
        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("--db", path, "lead", "add", "--name", "Extra Lead")).ExitCode);

        var again = (await _cli.RunAsync("demo", "--db", path, "--json")).Json();

        Assert.Equal(SampleLeads.Count, again.GetProperty("leads").GetProperty("total").GetInt64());
        var imported = again.GetProperty("tour").GetProperty("import").GetProperty("imported").GetInt64();
        Assert.Equal(SampleLeads.Count + imported, (await _cli.RunAsync("--db", path, "lead", "list", "--json")).Json().GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Demo_IgnoresLeadKitDbVariable()
    {
        var precious = _cli.PathOf("precious.db");
        _cli.SetEnvironment("LEADKIT_DB", precious);
        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("init")).ExitCode);
        var id = (await _cli.RunAsync("lead", "add", "--name", "Keep Me", "--json")).Json().GetProperty("id").GetString()!;

        // The demo would otherwise delete the real database: it only takes --db.
        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("demo")).ExitCode);

        Assert.True(File.Exists(_cli.PathOf(DemoCommand.DefaultPath)));
        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("lead", "show", id)).ExitCode);
    }
}
