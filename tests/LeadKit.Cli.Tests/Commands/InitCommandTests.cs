using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Init_NewDatabase_CreatesWorkspaceAndUsersOwnerFirst()
    {
        var json = (await _cli.OnDatabaseAsync("init", "--owner", "Alex Morgan", "--users", "Priya Raman, Diego Santos", "--json")).Json();

        Assert.Equal("default", json.GetProperty("workspace").GetProperty("name").GetString());
        Assert.Equal("Alex Morgan", json.GetProperty("owner").GetProperty("displayName").GetString());
        var users = json.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("displayName").GetString()).ToList();
        Assert.Equal(["Alex Morgan", "Priya Raman", "Diego Santos"], users);
    }

    [Fact]
    public async Task Init_HumanOutput_ListsUsersWithOwnerRole()
    {
        var result = await _cli.OnDatabaseAsync("init", "--users", "Priya Raman");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Created workspace default", result.Output, StringComparison.Ordinal);
        Assert.Contains("Owner", result.Output, StringComparison.Ordinal);
        Assert.Contains("Priya Raman", result.Output, StringComparison.Ordinal);
        Assert.Contains("owner", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_Twice_IsRefusedWithDomainError()
    {
        await _cli.InitAsync();

        var second = await _cli.OnDatabaseAsync("init", "--owner", "Someone Else");

        Assert.Equal(ExitCodes.DomainError, second.ExitCode);
        Assert.Contains("already has a LeadKit workspace", second.Error, StringComparison.Ordinal);
        var owner = (await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee", "--as", "Owner")).ExitCode;
        Assert.Equal(ExitCodes.Success, owner);
    }

    [Fact]
    public async Task Init_SameUserNameTwice_IsRefusedAndCreatesNothing()
    {
        var result = await _cli.OnDatabaseAsync("init", "--owner", "Ann", "--users", "Bob,ann");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("'ann'", result.Error, StringComparison.OrdinalIgnoreCase);
        var list = await _cli.OnDatabaseAsync("lead", "list");
        Assert.Equal(ExitCodes.DomainError, list.ExitCode);
        Assert.Contains("leadkit init", list.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_GlobalOptionAfterCommand_UsesThatDatabase()
    {
        var result = await _cli.RunAsync("init", "--db", _cli.Database, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("lead", "list", "--db", _cli.Database)).ExitCode);
    }

    [Fact]
    public async Task Init_LeadKitDbVariable_IsTheDefaultDatabase()
    {
        _cli.SetEnvironment("LEADKIT_DB", _cli.PathOf("from-env.db"));

        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("init")).ExitCode);

        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("--db", _cli.PathOf("from-env.db"), "lead", "list")).ExitCode);
        Assert.Equal(ExitCodes.DomainError, (await _cli.RunAsync("--db", _cli.PathOf("other.db"), "lead", "list")).ExitCode);
    }

    [Fact]
    public async Task Init_BothDbAndConnection_IsBadUsage()
    {
        var result = await _cli.RunAsync("init", "--db", _cli.Database, "--connection", "Host=localhost;Database=x");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("not both", result.Error, StringComparison.Ordinal);
    }
}
