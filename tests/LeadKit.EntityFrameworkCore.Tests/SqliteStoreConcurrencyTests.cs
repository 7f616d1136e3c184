using LeadKit.Storage;
using LeadKit.Testing.Stores;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The concurrency contract on a SQLite file (WAL, busy timeout: writers wait for each other).</summary>
public sealed class SqliteStoreConcurrencyTests : StoreConcurrencyTests, IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly List<EfLeadKitStore> _stores = [];

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _database.Dispose();
    }

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock)
    {
        var store = EfLeadKitStore.UseSqlite(_database.Path, clock);
        _stores.Add(store);
        return Task.FromResult<ILeadKitStore>(store);
    }
}
