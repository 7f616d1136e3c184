using LeadKit.Storage;
using LeadKit.Testing.Stores;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The concurrency contract on PostgreSQL (a fresh database per test, dropped afterwards).</summary>
[PostgresAvailable]
public sealed class PostgresStoreConcurrencyTests : StoreConcurrencyTests, IDisposable
{
    private readonly List<EfLeadKitStore> _stores = [];
    private PostgresDatabase? _database;

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _database?.Dispose();
    }

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock)
    {
        _database ??= new PostgresDatabase();
        var store = EfLeadKitStore.UsePostgres(_database.ConnectionString, clock);
        _stores.Add(store);
        return Task.FromResult<ILeadKitStore>(store);
    }
}
