using LeadKit.Cli.Hosting;
using LeadKit.Leads;
using Npgsql;

namespace LeadKit.Cli.Tests;

/// <summary>
/// The console host on PostgreSQL (<c>--connection</c>). Each test gets a database of its own,
/// created by the store's first use and dropped afterwards, because the CLI keeps one workspace
/// per database and the shared test database holds other tests' workspaces.
/// </summary>
public sealed class PostgresCliTests : IAsyncLifetime, IDisposable
{
    private readonly CliRun _cli = new();
    private string _connection = string.Empty;
    private string _database = string.Empty;

    public Task InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            _database = "leadkit_cli_" + Guid.NewGuid().ToString("N");
            _connection = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ToString();
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _cli.Dispose();

    public async Task DisposeAsync()
    {
        if (_database.Length == 0)
        {
            return;
        }

        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [PostgresFact]
    public async Task Postgres_InitAddShowListDelete_WorkOnTheServer()
    {
        var init = await _cli.RunAsync("--connection", _connection, "init", "--owner", "Alex Morgan", "--users", "Priya Raman");
        var id = (await _cli.RunAsync("--connection", _connection, "lead", "add", "--name", "Ann Lee", "--company", "Contoso", "--assign", "Priya Raman", "--json")).Json().GetProperty("id").GetString()!;
        var show = (await _cli.RunAsync("--connection", _connection, "lead", "show", id, "--json")).Json();
        var list = (await _cli.RunAsync("--connection", _connection, "lead", "list", "--filter", "company = \"Contoso\"", "--json")).Json();
        var missing = await _cli.RunAsync("--connection", _connection, "lead", "delete", id, LeadId.New().ToString());
        var delete = await _cli.RunAsync("--connection", _connection, "lead", "delete", id);
        var after = (await _cli.RunAsync("--connection", _connection, "lead", "list", "--json")).Json();

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Equal("Ann Lee", show.GetProperty("name").GetProperty("fullName").GetString());
        Assert.Equal(1, list.GetProperty("total").GetInt64());
        Assert.Equal(ExitCodes.DomainError, missing.ExitCode);
        Assert.Equal(ExitCodes.Success, delete.ExitCode);
        Assert.Equal(0, after.GetProperty("total").GetInt64());
        Assert.DoesNotContain("Password", init.Output, StringComparison.OrdinalIgnoreCase);
    }

    [PostgresFact]
    public async Task Postgres_Demo_NeedsAnEmptyDatabase()
    {
        var first = await _cli.RunAsync("--connection", _connection, "demo", "--json");
        var second = await _cli.RunAsync("--connection", _connection, "demo");

        Assert.Equal(20, first.Json().GetProperty("leads").GetProperty("total").GetInt64());
        Assert.Equal(ExitCodes.DomainError, second.ExitCode);
        Assert.Contains("empty database", second.Error, StringComparison.Ordinal);
    }
}
