using LeadKit.Cli.Hosting;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class LeadEraseCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Erase_WithYes_RemovesTheLeadAndItsHistoryAndListsAnAuditOperation()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example");
        var other = await _cli.AddLeadAsync("--name", "Bob Stone");
        await _cli.OnDatabaseAsync("lead", "comment", id, "Wants a demo.");

        var json = (await _cli.OnDatabaseAsync("lead", "erase", id, "--yes", "--json")).Json();

        Assert.Equal(id, json.GetProperty("erased").GetString());
        Assert.StartsWith("erased: the record", json.GetProperty("removed").GetString(), StringComparison.Ordinal);
        Assert.Empty(await _cli.WithWorkAsync(async unit => await unit.History.ListForAsync(RecordReference.To(LeadId.Parse(id))).ToListAsync()));
        var list = (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json();
        Assert.Equal(1, list.GetProperty("total").GetInt64());
        var operations = await _cli.OnDatabaseAsync("operations", "list");
        Assert.Contains("erase", operations.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ann", operations.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("lead", "show", other, "--json")).ExitCode);
    }

    [Fact]
    public async Task Erase_WithoutYes_ErasesNothing()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("lead", "erase", id);

        Assert.NotEqual(ExitCodes.Success, result.ExitCode);
        Assert.Contains("--yes", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Erase_UnknownId_IsDomainError()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "erase", LeadId.New().ToString(), "--yes");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("not found", result.Error, StringComparison.OrdinalIgnoreCase);
    }
}
