using LeadKit.Testing.Stores;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using NodaTime;

namespace LeadKit.Tests.Reports;

/// <summary>Reports and the funnel on <see cref="InMemoryLeadKitStore"/> (one store per test), which groups its records in place (<see cref="IRecordAggregation"/>); the properties compare it with the streaming fallback.</summary>
public sealed class InMemoryReportsTests : ReportsContractTests
{
    private InMemoryLeadKitStore? _store;

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock) => Task.FromResult<ILeadKitStore>(_store ??= new InMemoryLeadKitStore(clock));
}

/// <summary>Reports and the funnel on <see cref="InMemoryLeadKitStore"/> behind a wrapper that hides <see cref="IRecordAggregation"/>: the streaming fallback.</summary>
public sealed class InMemoryStreamingReportsTests : ReportsContractTests
{
    private ILeadKitStore? _store;

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock) =>
        Task.FromResult(_store ??= new LeadKit.Testing.Stores.Faults.FaultyStore(new InMemoryLeadKitStore(clock), LeadKit.Testing.Stores.Faults.FaultPlan.Never));
}
