using LeadKit.Cli.Hosting;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class LeadDeleteCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Delete_SeveralIds_DeletesThemAll()
    {
        await _cli.InitAsync();
        var first = await _cli.AddLeadAsync("--name", "Ann Lee");
        var second = await _cli.AddLeadAsync("--name", "Bob Stone");
        var kept = await _cli.AddLeadAsync("--name", "Cem Aydin");

        var json = (await _cli.OnDatabaseAsync("lead", "delete", first, second, "--json")).Json();

        Assert.Equal([first, second], json.GetProperty("deleted").EnumerateArray().Select(i => i.GetString()));
        var left = (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json();
        Assert.Equal([kept], left.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Delete_OneUnknownId_DeletesNothing()
    {
        await _cli.InitAsync();
        var first = await _cli.AddLeadAsync("--name", "Ann Lee");
        var missing = LeadId.New().ToString();

        var result = await _cli.OnDatabaseAsync("lead", "delete", first, missing);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Delete_Human_SaysHowMany()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("lead", "delete", id, id);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Deleted 1 lead.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WithoutIds_IsBadUsage()
    {
        await _cli.InitAsync();

        Assert.Equal(ExitCodes.Usage, (await _cli.OnDatabaseAsync("lead", "delete")).ExitCode);
    }
}
