using LeadKit.Samples.Store;
using LeadKit.Storage;
using LeadKit.Testing.Stores;
using NodaTime;

namespace LeadKit.Samples.Store.Tests;

// The store contract kit, run against the sample store: every suite LeadKit's own stores pass.
// Each test gets a fresh store (xunit creates the class per test); the suites make their own workspaces.

/// <summary>The storage contract on <see cref="JsonDocumentStore"/>.</summary>
public sealed class JsonDocumentStoreContractTests : StoreContractTests
{
    private JsonDocumentStore? _store;

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock) => Task.FromResult<ILeadKitStore>(_store ??= new JsonDocumentStore(clock));
}

/// <summary>Parallel writers on <see cref="JsonDocumentStore"/>.</summary>
public sealed class JsonDocumentStoreConcurrencyTests : StoreConcurrencyTests
{
    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock) => Task.FromResult<ILeadKitStore>(new JsonDocumentStore(clock));
}

/// <summary>Every lead operation on <see cref="JsonDocumentStore"/>.</summary>
public sealed class JsonDocumentStoreOperationsTests : OperationsContractTests
{
    private JsonDocumentStore? _store;

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock) => Task.FromResult<ILeadKitStore>(_store ??= new JsonDocumentStore(clock));
}

/// <summary>Reports on <see cref="JsonDocumentStore"/>, which has no aggregation of its own: reports stream its records.</summary>
public sealed class JsonDocumentStoreReportsTests : ReportsContractTests
{
    private JsonDocumentStore? _store;

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock) => Task.FromResult<ILeadKitStore>(_store ??= new JsonDocumentStore(clock));
}
