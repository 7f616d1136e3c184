using System.IO;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>The sample on a store: a fresh SQLite file, or a fresh workspace on the test PostgreSQL server.</summary>
public sealed class WebApiFactory : WebApplicationFactory<Program>
{
    private readonly string? _sqliteFile;
    private readonly string _store;
    private readonly string _connectionString;

    private WebApiFactory(string store, string connectionString, string? sqliteFile)
    {
        (_store, _connectionString, _sqliteFile) = (store, connectionString, sqliteFile);
    }

    /// <summary>Gets every message the sample logged (Debug and up), with its exception's messages.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Gets the workspace the sample serves (unique per factory).</summary>
    public string Workspace { get; } = $"Web {Guid.NewGuid():N}";

    /// <summary>The sample on a new SQLite file.</summary>
    public static WebApiFactory Sqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"leadkit-web-{Guid.NewGuid():N}.db");
        return new WebApiFactory("Sqlite", $"Data Source={file}", file);
    }

    /// <summary>The sample on the test PostgreSQL server (<c>LEADKIT_TEST_POSTGRES</c>).</summary>
    public static WebApiFactory Postgres() =>
        new("Postgres", Environment.GetEnvironmentVariable(PostgresAvailableAttribute.Variable)!, null);

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("LeadKit:Store", _store);
        builder.UseSetting("LeadKit:ConnectionString", _connectionString);
        builder.UseSetting("Sample:Workspace", Workspace);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
