using Npgsql;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>
/// A fresh PostgreSQL database (<c>leadkit_&lt;random&gt;</c>) on the server named by the
/// <c>LEADKIT_TEST_POSTGRES</c> connection string, dropped when disposed. Without the variable it
/// does nothing, and the tests that need it are skipped (see <see cref="PostgresAvailableAttribute"/>).
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string Variable = "LEADKIT_TEST_POSTGRES";

    public PostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            return;
        }

        Server = server;
        Name = "leadkit_" + Guid.NewGuid().ToString("N")[..12];
        Execute(server, $"CREATE DATABASE \"{Name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ToString();
    }

    /// <summary>Gets the server's connection string (its own database), or <see langword="null"/> without a server.</summary>
    public string? Server { get; }

    /// <summary>Gets the test database's name.</summary>
    public string? Name { get; }

    /// <summary>Gets the connection string of the test database.</summary>
    public string ConnectionString { get; } = string.Empty;

    public void Dispose()
    {
        if (Server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        Execute(Server, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
