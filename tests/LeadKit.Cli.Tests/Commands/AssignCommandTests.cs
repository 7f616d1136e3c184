using LeadKit.Cli.Hosting;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class AssignCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task LeadList_FilterAssignedToByDisplayName_FindsThatUsersLeads()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "alice,Priya Raman");
        var ann = await _cli.AddLeadAsync("--name", "Ann Lee", "--assign", "alice");
        await _cli.AddLeadAsync("--name", "Bob Stone", "--assign", "Priya Raman");
        await _cli.AddLeadAsync("--name", "Cy Dunn");

        var json = (await _cli.OnDatabaseAsync("lead", "list", "--filter", "assignedTo = \"alice\"", "--json")).Json();
        var unknown = await _cli.OnDatabaseAsync("lead", "list", "--filter", "assignedTo = \"nobody\"");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal([ann], json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(ExitCodes.DomainError, unknown.ExitCode);
        Assert.Contains("\"nobody\"", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_ByName_AssignsEveryLeadAndReportsCounts()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        var first = await _cli.AddLeadAsync("--name", "Ann Lee");
        var second = await _cli.AddLeadAsync("--name", "Bob Stone");

        var json = (await _cli.OnDatabaseAsync("assign", "priya raman", first, second, "--json")).Json();

        Assert.Equal(2, json.GetProperty("changed").GetInt32());
        Assert.Equal(0, json.GetProperty("unchanged").GetInt32());
        Assert.Empty(json.GetProperty("failed").EnumerateArray());
        Assert.True(json.GetProperty("committed").GetBoolean());
        Assert.Equal("Priya Raman", json.GetProperty("user").GetProperty("displayName").GetString());
        var priya = json.GetProperty("user").GetProperty("id").GetString();
        foreach (var id in new[] { first, second })
        {
            var lead = (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json();
            Assert.Equal(priya, lead.GetProperty("assignedTo").GetString());
        }
    }

    [Fact]
    public async Task Assign_ByUserId_IsRecordedInTheLeadsHistory()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman,Diego Santos");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--assign", "Diego Santos");
        var priya = await UserIdAsync("Priya Raman");

        var result = await _cli.OnDatabaseAsync("assign", priya.ToString(), id);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var entries = await _cli.WithWorkAsync(async unit => await unit.History.ListForAsync(RecordReference.To(LeadId.Parse(id))).ToListAsync());
        var entry = Assert.Single(entries.OfType<ActivityEntry>(), e => e.Activity == ActivityKind.Assigned);
        Assert.Equal("Assigned to Priya Raman (was Diego Santos)", entry.Subject);
        Assert.Equal(_cli.Clock.GetCurrentInstant(), entry.CreatedAt);
    }

    [Fact]
    public async Task Assign_LeadAlreadyAssigned_IsUnchanged()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        var assigned = await _cli.AddLeadAsync("--name", "Ann Lee", "--assign", "Priya Raman");
        var other = await _cli.AddLeadAsync("--name", "Bob Stone");

        var json = (await _cli.OnDatabaseAsync("assign", "Priya Raman", assigned, other, "--json")).Json();

        Assert.Equal(1, json.GetProperty("changed").GetInt32());
        Assert.Equal(1, json.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Assign_Human_SaysWhomAndHowMany()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("assign", "Priya Raman", id);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Assigned 1 lead to Priya Raman.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_UnknownUser_IsDomainErrorAndChangesNothing()
    {
        await _cli.InitAsync("--owner", "Alex Morgan");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("assign", "Nobody", id, "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("'Nobody'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Alex Morgan", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
        Assert.False((await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().TryGetProperty("assignedTo", out _));
    }

    [Fact]
    public async Task Assign_InactiveUser_IsDomainErrorAndChangesNothing()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        var priya = await UserIdAsync("Priya Raman");
        await _cli.ChangeAsync(unit => unit.Users.ReplaceAsync(new WorkspaceUser(priya, "Priya Raman", isActive: false)));

        var result = await _cli.OnDatabaseAsync("assign", "Priya Raman", id);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("inactive", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", result.Error, StringComparison.Ordinal);
        Assert.False((await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().TryGetProperty("assignedTo", out _));
    }

    [Fact]
    public async Task Assign_OneUnknownLead_AssignsNothingAndNamesIt()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        var missing = LeadId.New().ToString();

        var result = await _cli.OnDatabaseAsync("assign", "Priya Raman", id, missing, "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var failed = Assert.Single(document.RootElement.GetProperty("failed").EnumerateArray());
        Assert.Equal(missing, failed.GetProperty("id").GetString());
        Assert.Contains("not found", failed.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, document.RootElement.GetProperty("changed").GetInt32());
        Assert.Equal(1, document.RootElement.GetProperty("skipped").GetInt32());
        Assert.False(document.RootElement.GetProperty("committed").GetBoolean());
        Assert.False((await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().TryGetProperty("assignedTo", out _));
    }

    [Fact]
    public async Task Assign_WithoutLeads_IsBadUsage()
    {
        await _cli.InitAsync();

        Assert.Equal(ExitCodes.Usage, (await _cli.OnDatabaseAsync("assign", "Owner")).ExitCode);
    }

    private Task<UserId> UserIdAsync(string name) =>
        _cli.WithWorkAsync(async unit => (await unit.Users.ListAsync().ToListAsync()).Single(u => u.DisplayName == name).Id);
}
