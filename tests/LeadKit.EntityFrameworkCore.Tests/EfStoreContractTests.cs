using LeadKit.Storage;
using LeadKit.Testing.Stores;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The store contract on an EF Core store: a derived class opens the store on its database; the stores a test opens are disposed after it.</summary>
public abstract class EfStoreContractTests : StoreContractTests, IAsyncLifetime
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

    protected sealed override Task<ILeadKitStore> CreateStoreAsync(IClock clock)
    {
        var store = OpenStore(clock);
        _stores.Add(store);
        return Task.FromResult<ILeadKitStore>(store);
    }

    /// <summary>Opens a store on the test class's database.</summary>
    /// <param name="clock">The clock the store must use.</param>
    /// <returns>The store (not yet initialised).</returns>
    protected abstract EfLeadKitStore OpenStore(IClock clock);
}
