using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Commands;

public sealed class LeadListCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task List_Json_HasItemsAndTotal()
    {
        await _cli.InitAsync();
        var first = await _cli.AddLeadAsync("--name", "Ann Lee");
        var second = await _cli.AddLeadAsync("--name", "Bob Stone");

        var json = (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json();

        Assert.Equal(2, json.GetProperty("total").GetInt64());
        Assert.Equal([first, second], json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task List_Json_EmptyWorkspace_IsAnEmptyList()
    {
        await _cli.InitAsync();

        var json = (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json();

        Assert.Equal(0, json.GetProperty("total").GetInt64());
        Assert.Empty(json.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task List_FilterAndSort_SelectAndOrder()
    {
        await _cli.InitAsync();
        await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Contoso", "--source", "Web");
        await _cli.AddLeadAsync("--name", "Bob Stone", "--company", "Fabrikam", "--source", "Trade Show");
        await _cli.AddLeadAsync("--name", "Cem Aydin", "--company", "Adventure Works", "--source", "Trade Show");

        var json = (await _cli.OnDatabaseAsync("lead", "list", "--filter", "source = \"Trade Show\"", "--sort", "company:desc", "--json")).Json();

        Assert.Equal(2, json.GetProperty("total").GetInt64());
        Assert.Equal(["Fabrikam", "Adventure Works"], json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("companyName").GetString()));
    }

    [Fact]
    public async Task List_Human_IsATableWithACount()
    {
        await _cli.InitAsync("--owner", "Alex Morgan");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Contoso", "--assign", "Alex Morgan");

        var result = await _cli.OnDatabaseAsync("lead", "list");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(id, result.Output, StringComparison.Ordinal);
        Assert.Contains("Contoso", result.Output, StringComparison.Ordinal);
        Assert.Contains("Alex Morgan", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 lead", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_BadFilter_IsDomainErrorWithTheColumn()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "list", "--filter", "company ==", "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("column", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task List_UnknownSortField_IsDomainError()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "list", "--sort", "shoeSize");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("shoeSize", result.Error, StringComparison.Ordinal);
    }
}
