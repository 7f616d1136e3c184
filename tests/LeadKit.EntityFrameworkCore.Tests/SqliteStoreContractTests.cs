using LeadKit.Storage;
using LeadKit.Tests.Storage.Contract;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The store contract on SQLite: one real database file for the class, a workspace per test.</summary>
public sealed class SqliteStoreContractTests(SqliteDatabase database) : StoreContractTests, IClassFixture<SqliteDatabase>, IAsyncLifetime
{
    private readonly List<EfLeadKitStore> _stores = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock)
    {
        var store = EfLeadKitStore.UseSqlite(database.Path, clock);
        _stores.Add(store);
        return Task.FromResult<ILeadKitStore>(store);
    }
}
