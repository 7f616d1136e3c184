using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using LeadKit.Testing.Stores;
using NodaTime;

namespace LeadKit.Tests.Storage;

/// <summary>The store contract, run against <see cref="InMemoryLeadKitStore"/> (a fresh store per test).</summary>
public sealed class InMemoryStoreContractTests : StoreContractTests
{
    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock) => Task.FromResult<ILeadKitStore>(_store ??= new InMemoryLeadKitStore(clock));

    private InMemoryLeadKitStore? _store;
}
