using System.Data.Common;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The EF Core store's own promises on PostgreSQL (a fresh database per test class, dropped afterwards).</summary>
[PostgresAvailable]
public sealed class PostgresStoreTests : EfStoreTests, IDisposable
{
    private PostgresDatabase? _database;

    public void Dispose() => _database?.Dispose();

    protected override EfLeadKitStore CreateStore(IClock clock, TimeSpan? busyTimeout)
    {
        _database ??= new PostgresDatabase();
        return EfLeadKitStore.Create(LeadKitStoreOptions.ForPostgres(_database.ConnectionString, clock) with { BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(30) });
    }

    protected override async Task<HashSet<string>> ColumnsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}'";
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
