using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using NodaTime;

namespace LeadKit.Tests.Reports;

/// <summary>Reports and the funnel on <see cref="InMemoryLeadKitStore"/> (one store per test), which streams: it has no <see cref="IRecordAggregation"/>.</summary>
public sealed class InMemoryReportsTests : ReportsContractTests
{
    private InMemoryLeadKitStore? _store;

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock) => Task.FromResult<ILeadKitStore>(_store ??= new InMemoryLeadKitStore(clock));
}
