using LeadKit.Cli.Hosting;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class RulesCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task RulesAddAndList_KeepTheOrderAndShowTheTargetsByName()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman,Diego Santos");

        var web = (await _cli.OnDatabaseAsync("rules", "add", "--filter", "source = \"Web\"", "--assign", "priya raman", "--description", "web", "--json")).Json().GetProperty("id").GetString();
        var rest = (await _cli.OnDatabaseAsync("rules", "add", "--filter", "all", "--round-robin", "Priya Raman, Diego Santos", "--by-load", "--json")).Json().GetProperty("id").GetString();
        var first = (await _cli.OnDatabaseAsync("rules", "add", "--filter", "company = \"Contoso\"", "--assign", "Diego Santos", "--position", "1", "--json")).Json().GetProperty("id").GetString();
        var items = (await _cli.OnDatabaseAsync("rules", "list", "--json")).Json().GetProperty("items").EnumerateArray().ToList();
        var table = await _cli.OnDatabaseAsync("rules", "list");

        Assert.Equal([first, web, rest], items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.Equal("source = \"Web\"", items[1].GetProperty("filter").GetString());
        Assert.Equal("Priya Raman", items[1].GetProperty("assign").GetString());
        Assert.Equal("web", items[1].GetProperty("description").GetString());
        Assert.Equal(["Priya Raman", "Diego Santos"], items[2].GetProperty("roundRobin").EnumerateArray().Select(u => u.GetString()));
        Assert.True(items[2].GetProperty("byLoad").GetBoolean());
        Assert.False(items[2].TryGetProperty("assign", out _));
        Assert.Contains("least loaded: Priya Raman, Diego Santos", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesApply_AssignsUnassignedLeadsInTurnAndSaysWhichRule()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman,Diego Santos");
        var a = await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Contoso");
        var b = await _cli.AddLeadAsync("--name", "Bob Stone", "--company", "Contoso");
        var c = await _cli.AddLeadAsync("--name", "Cy Dunn", "--company", "Fabrikam");
        var rule = (await _cli.OnDatabaseAsync("rules", "add", "--filter", "company = \"Contoso\"", "--round-robin", "Priya Raman,Diego Santos", "--json")).Json().GetProperty("id").GetString();

        var json = (await _cli.OnDatabaseAsync("rules", "apply", "--json")).Json();

        Assert.Equal(2, json.GetProperty("changed").GetInt32());
        Assert.Equal(1, json.GetProperty("unchanged").GetInt32());
        Assert.Empty(json.GetProperty("failed").EnumerateArray());
        var assigned = json.GetProperty("assigned").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal([a, b], assigned.Keys.Order());
        Assert.All(assigned.Values, e => Assert.Equal((rule, 1), (e.GetProperty("rule").GetString(), e.GetProperty("position").GetInt32())));
        Assert.Equal(["Diego Santos", "Priya Raman"], assigned.Values.Select(e => e.GetProperty("user").GetString()).Order());
        Assert.Equal([c], json.GetProperty("unmatched").EnumerateArray().Select(e => e.GetString()));

        var undo = await _cli.OnDatabaseAsync("bulk-edit", "undo", json.GetProperty("operation").GetString()!);
        Assert.Equal(ExitCodes.Success, undo.ExitCode);
        Assert.False((await _cli.OnDatabaseAsync("lead", "show", a, "--json")).Json().TryGetProperty("assignedTo", out _));
    }

    [Fact]
    public async Task RulesApply_HumanOutput_CountsPerRuleAndUser()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        await _cli.AddLeadAsync("--name", "Ann Lee");
        await _cli.OnDatabaseAsync("rules", "add", "--filter", "all", "--assign", "Priya Raman");

        var result = await _cli.OnDatabaseAsync("rules", "apply");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Rule 1: 1 lead (Priya Raman 1).", result.Output, StringComparison.Ordinal);
        Assert.Contains("Assigned 1 lead (operation ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeadAdd_WithoutAssign_IsAssignedByTheRulesWithAHistoryEntry()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman,Diego Santos");
        await _cli.OnDatabaseAsync("rules", "add", "--filter", "all", "--assign", "Diego Santos", "--description", "catch-all");

        var ruled = await _cli.AddLeadAsync("--name", "Ann Lee");
        var chosen = await _cli.AddLeadAsync("--name", "Bob Stone", "--assign", "Priya Raman");

        var diego = (await _cli.OnDatabaseAsync("lead", "show", ruled, "--json")).Json().GetProperty("assignedTo").GetString();
        var entries = await _cli.WithWorkAsync(async unit => await unit.History.ListForAsync(RecordReference.To(LeadId.Parse(ruled))).ToListAsync());
        Assert.Equal("Assigned to Diego Santos by rule 1 (catch-all)", Assert.Single(entries.OfType<ActivityEntry>()).Subject);
        Assert.NotEqual(diego, (await _cli.OnDatabaseAsync("lead", "show", chosen, "--json")).Json().GetProperty("assignedTo").GetString());
    }

    [Fact]
    public async Task RulesRemove_TakesTheRuleOutOfTheList()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        var id = (await _cli.OnDatabaseAsync("rules", "add", "--filter", "all", "--assign", "Priya Raman", "--json")).Json().GetProperty("id").GetString()!;

        var json = (await _cli.OnDatabaseAsync("rules", "remove", id, "--json")).Json();
        var again = await _cli.OnDatabaseAsync("rules", "remove", id);

        Assert.Empty(json.GetProperty("items").EnumerateArray());
        Assert.Equal(ExitCodes.DomainError, again.ExitCode);
        Assert.Contains($"No assignment rule {id}", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--filter", "all" }, "Give either --assign USER or --round-robin")]
    [InlineData(new[] { "--filter", "all", "--assign", "Priya Raman", "--round-robin", "Priya Raman" }, "Give either --assign USER or --round-robin")]
    [InlineData(new[] { "--filter", "all", "--assign", "Priya Raman", "--by-load" }, "--by-load shares leads")]
    [InlineData(new[] { "--assign", "Priya Raman" }, "--filter EXPR")]
    public async Task RulesAdd_BadUsage_ExitsWith2(string[] options, string message)
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");

        var result = await _cli.OnDatabaseAsync(["rules", "add", .. options]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--filter", "source = ", "--assign", "Priya Raman" }, "column 10")]
    [InlineData(new[] { "--filter", "all", "--assign", "Nobody" }, "No user is named \"Nobody\"")]
    [InlineData(new[] { "--filter", "all", "--round-robin", " , " }, "round-robin list is empty")]
    public async Task RulesAdd_RefusedRule_ExitsWith1AndSaysWhy(string[] options, string message)
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");

        var result = await _cli.OnDatabaseAsync(["rules", "add", .. options]);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty((await _cli.OnDatabaseAsync("rules", "list", "--json")).Json().GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task RulesRemove_NotAnId_ExitsWith2()
    {
        await _cli.InitAsync("--owner", "Alex Morgan");

        var result = await _cli.OnDatabaseAsync("rules", "remove", "first");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
