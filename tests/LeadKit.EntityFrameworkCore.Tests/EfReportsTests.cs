using LeadKit.Testing.Stores;
using LeadKit.Storage;
using LeadKit.Tests.Reports;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>Reports and the funnel on an EF Core store: a derived class opens the store on its database; the stores a test opens are disposed after it.</summary>
public abstract class EfReportsTests : ReportsContractTests, IAsyncLifetime
{
    private readonly List<EfLeadKitStore> _stores = [];

    protected override int PropertyRuns => 20;

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
        var store = OpenStore(clock);
        _stores.Add(store);
        return Task.FromResult(Wrap(store));
    }

    /// <summary>Opens a store on the test class's database.</summary>
    /// <param name="clock">The clock the store must use.</param>
    /// <returns>The store (not yet initialised).</returns>
    protected abstract EfLeadKitStore OpenStore(IClock clock);

    /// <summary>What the tests see of the store: the store itself, or a wrapper.</summary>
    /// <param name="store">The store.</param>
    /// <returns>The store the tests use.</returns>
    protected virtual ILeadKitStore Wrap(EfLeadKitStore store) => store;
}
