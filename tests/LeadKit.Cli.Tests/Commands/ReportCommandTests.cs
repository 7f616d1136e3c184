using System.Text.Json;
using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Commands;

/// <summary><c>report</c> and <c>funnel</c>: the built-ins on known leads, the JSON contracts of CLI.md, save-as and reopen, formats, and usage errors.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ByAssigned_CountsPerUser_UnassignedLast_GroupsAddUpToTheTotal()
    {
        await SeedAsync();

        var json = (await _cli.OnDatabaseAsync("report", "by-assigned", "--json")).Json();

        var groups = json.GetProperty("groups").EnumerateArray().Select(g => (g.GetProperty("key").GetString(), g.GetProperty("count").GetInt32())).ToList();
        Assert.Equal("by-assigned", json.GetProperty("name").GetString());
        Assert.Equal(3, json.GetProperty("total").GetInt32());
        Assert.Contains(("Priya Raman", 2), groups);
        Assert.Equal("(unassigned)", groups[^1].Item1);
        Assert.Equal(1, groups[^1].Item2);
        Assert.Equal(3, groups.Sum(g => g.Item2));
    }

    [Fact]
    public async Task ByAssignedRating_HasASecondLevel_WhoseCountsAddUpToTheirGroup()
    {
        await SeedAsync();

        var json = (await _cli.OnDatabaseAsync("report", "by-assigned-rating", "--json")).Json();

        foreach (var group in json.GetProperty("groups").EnumerateArray())
        {
            var inner = group.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("count").GetInt32());
            Assert.Equal(group.GetProperty("count").GetInt32(), inner);
        }

        var priya = json.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "Priya Raman");
        Assert.Equal(2, priya.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public async Task FilteredAndSavedAs_ReopensWithTheSameResult_InEveryFormat()
    {
        await SeedAsync();

        var first = await _cli.OnDatabaseAsync("report", "by-score", "--filter", "company = \"Contoso\"", "--save-as", "Contoso by score", "--json");
        var reopened = await _cli.OnDatabaseAsync("report", "saved", "Contoso by score", "--json");
        var csv = await _cli.OnDatabaseAsync("report", "saved", "Contoso by score", "--format", "csv");
        var table = await _cli.OnDatabaseAsync("report", "saved", "Contoso by score");

        Assert.Equal(2, first.Json().GetProperty("total").GetInt32());
        Assert.Equal(first.Output, reopened.Output);
        Assert.Equal("Contoso by score", reopened.Json().GetProperty("name").GetString());
        Assert.Equal(ExitCodes.Success, csv.ExitCode);
        Assert.Contains(",", csv.Output.Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, table.ExitCode);
        Assert.Contains("leads per group", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Funnel_CountsCreatedAndQualified_PerAssigneeAndForTheTeam()
    {
        await SeedAsync();

        var json = (await _cli.OnDatabaseAsync("funnel", "--qualified", "0", "--json")).Json();
        var human = await _cli.OnDatabaseAsync("funnel", "--by-assigned");

        var stages = json.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(3, stages[0].GetProperty("count").GetInt32());
        Assert.Equal(3, stages[1].GetProperty("count").GetInt32());
        Assert.True(json.GetProperty("byAssigned").GetArrayLength() >= 2);
        Assert.Equal(ExitCodes.Success, human.ExitCode);
        Assert.Contains("Priya Raman", human.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "by-nothing")]
    [InlineData("report", "by-score", "--format", "pdf")]
    [InlineData("report", "by-score", "--filter", "stars >>> 2")]
    [InlineData("report", "saved")]
    [InlineData("funnel", "--from", "yesterday")]
    [InlineData("funnel", "--qualified", "11")]
    public async Task BadUsage_ExitsWith2(params string[] args)
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task Saved_UnknownName_IsADomainError()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("report", "saved", "No such report");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
    }

    private async Task SeedAsync()
    {
        await _cli.InitAsync("--users", "Priya Raman");
        await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Contoso", "--rating", "Good", "--assign", "Priya Raman");
        await _cli.AddLeadAsync("--name", "Bob Stone", "--company", "Contoso", "--rating", "Poor", "--assign", "Priya Raman");
        await _cli.AddLeadAsync("--name", "Cem Aydin", "--company", "Fabrikam");
    }
}
