using LeadKit.Testing.Stores;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using NodaTime;

namespace LeadKit.Tests.Operations;

/// <summary>The lead operations on <see cref="InMemoryLeadKitStore"/> (one store per test).</summary>
public sealed class InMemoryOperationsTests : OperationsContractTests
{
    private InMemoryLeadKitStore? _store;

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock) => Task.FromResult<ILeadKitStore>(_store ??= new InMemoryLeadKitStore(clock));
}
