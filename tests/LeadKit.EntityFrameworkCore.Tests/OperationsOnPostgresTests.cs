using LeadKit.Testing.Stores;
using LeadKit.Storage;
using LeadKit.Tests.Operations;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>
/// The lead operations on the EF Core store over PostgreSQL: a fresh database for the class
/// (dropped afterwards), a workspace per test. Skipped when <c>LEADKIT_TEST_POSTGRES</c> is unset.
/// </summary>
[PostgresAvailable]
public sealed class OperationsOnPostgresTests(PostgresDatabase database) : OperationsContractTests, IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly List<EfLeadKitStore> _stores = [];

    protected override int PropertyRuns => 15;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    protected override async Task<string?> StoredTextAsync() => await StoredText.OfPostgresAsync(database.ConnectionString);

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock)
    {
        var store = EfLeadKitStore.UsePostgres(database.ConnectionString, clock);
        _stores.Add(store);
        return Task.FromResult<ILeadKitStore>(store);
    }
}
