using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using LeadKit.Testing.Stores;
using NodaTime;

namespace LeadKit.Tests.Storage;

/// <summary>The concurrency contract on the in-memory store.</summary>
public sealed class InMemoryStoreConcurrencyTests : StoreConcurrencyTests
{
    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock) => Task.FromResult<ILeadKitStore>(new InMemoryLeadKitStore(clock));
}
