using LeadKit.Cli.Hosting;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class LeadRestoreCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Restore_DeletedLeads_BringsThemBackWithTheirIdsAndFields()
    {
        await _cli.InitAsync();
        var first = await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Contoso", "--email", "ann@contoso.example");
        var second = await _cli.AddLeadAsync("--name", "Bob Stone");
        Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("lead", "delete", first, second)).ExitCode);

        var json = (await _cli.OnDatabaseAsync("lead", "restore", first, second, "--json")).Json();

        Assert.Equal([first, second], json.GetProperty("restored").EnumerateArray().Select(i => i.GetString()));
        var lead = (await _cli.OnDatabaseAsync("lead", "show", first, "--json")).Json();
        Assert.Equal("Contoso", lead.GetProperty("companyName").GetString());
        Assert.Equal("ann@contoso.example", lead.GetProperty("emails")[0].GetProperty("address").GetString());
        Assert.Equal(2, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Restore_Human_SaysHowManyAndIsRecordedInTheHistory()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        await _cli.OnDatabaseAsync("lead", "delete", id);

        var result = await _cli.OnDatabaseAsync("lead", "restore", id, id);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("Restored 1 lead.", result.Output.Trim());
        var entries = await _cli.WithWorkAsync(async unit => await unit.History.ListForAsync(RecordReference.To(LeadId.Parse(id))).ToListAsync());
        Assert.Contains(entries.OfType<ActivityEntry>(), e => e.Activity == ActivityKind.Restored);
    }

    [Fact]
    public async Task Restore_NeverDeletedUnknownId_IsDomainErrorAndRestoresNothing()
    {
        await _cli.InitAsync();
        var deleted = await _cli.AddLeadAsync("--name", "Ann Lee");
        await _cli.OnDatabaseAsync("lead", "delete", deleted);
        var unknown = LeadId.New().ToString();

        var result = await _cli.OnDatabaseAsync("lead", "restore", deleted, unknown, "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("Nothing was restored", result.Error, StringComparison.Ordinal);
        Assert.Contains(unknown, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(0, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Restore_LeadThatIsNotDeleted_IsDomainErrorAndRestoresNothing()
    {
        await _cli.InitAsync();
        var present = await _cli.AddLeadAsync("--name", "Ann Lee");
        var deleted = await _cli.AddLeadAsync("--name", "Bob Stone");
        await _cli.OnDatabaseAsync("lead", "delete", deleted);

        var result = await _cli.OnDatabaseAsync("lead", "restore", deleted, present);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains($"Lead {present} is not deleted", result.Error, StringComparison.Ordinal);
        Assert.Equal([present], (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Restore_TextThatIsNotAnId_IsDomainError()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "restore", "not-an-id");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("'not-an-id' is not a lead id", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_WithoutIds_IsBadUsage()
    {
        await _cli.InitAsync();

        Assert.Equal(ExitCodes.Usage, (await _cli.OnDatabaseAsync("lead", "restore")).ExitCode);
    }
}
