using System.Data.Common;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The EF Core store's own promises on SQLite, plus SQLite's file settings.</summary>
public sealed class SqliteStoreTests : EfStoreTests, IDisposable
{
    private readonly SqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task InitializeAsync_PutsTheFileInWalMode()
    {
        await using var store = EfLeadKitStore.UseSqlite(_database.Path, Clock);
        await store.InitializeAsync();

        await using var connection = new SqliteConnection("Data Source=" + _database.Path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.True(System.IO.File.Exists(_database.Path));
    }

    [Fact]
    public void UseSqlite_PathOrConnectionString_BothAccepted()
    {
        using var byPath = EfLeadKitStore.UseSqlite(_database.Path, Clock);
        using var byString = EfLeadKitStore.UseSqlite("Data Source=" + _database.Path, Clock);

        Assert.Equal(LeadKitDatabaseProvider.Sqlite, byPath.Provider);
        Assert.Equal("Data Source=" + _database.Path, byString.Options.ConnectionString);
    }

    protected override EfLeadKitStore CreateStore(IClock clock, TimeSpan? busyTimeout) =>
        EfLeadKitStore.Create(LeadKitStoreOptions.ForSqlite(_database.Path, clock) with { BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(30) });

    protected override async Task<HashSet<string>> ColumnsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
