using LeadKit.Storage;
using LeadKit.Tests.Storage.Contract;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The store contract on PostgreSQL: a fresh database for the class (dropped afterwards), a workspace per test.</summary>
[PostgresAvailable]
public sealed class PostgresStoreContractTests(PostgresDatabase database) : StoreContractTests, IClassFixture<PostgresDatabase>, IAsyncLifetime
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
        var store = EfLeadKitStore.UsePostgres(database.ConnectionString, clock);
        _stores.Add(store);
        return Task.FromResult<ILeadKitStore>(store);
    }
}
