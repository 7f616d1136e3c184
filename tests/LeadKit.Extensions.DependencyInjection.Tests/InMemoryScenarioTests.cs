using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace LeadKit.Extensions.DependencyInjection.Tests;

/// <summary>The scenario on the in-memory store, the default.</summary>
public sealed class InMemoryScenarioTests : LeadKitScenario
{
    [Fact]
    public Task Store_ResolvedFromTheContainer_AddsScoresAndReadsLeads() => AddScoreAndReadAsync();

    protected override void UseStore(ILeadKitBuilder builder) => builder.UseInMemory();

    protected override void AssertStore(ILeadKitStore store) => Assert.IsType<InMemoryLeadKitStore>(store);
}
