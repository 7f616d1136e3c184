using LeadKit.Testing.Stores;
using LeadKit.Storage;
using LeadKit.Tests.Operations;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The lead operations on the EF Core store over SQLite: one real database file for the class, a workspace per test.</summary>
public sealed class OperationsOnSqliteTests(SqliteDatabase database) : OperationsContractTests, IClassFixture<SqliteDatabase>, IAsyncLifetime
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

    protected override async Task<string?> StoredTextAsync() => await StoredText.OfSqliteAsync(database.Path);

    protected override Task<ILeadKitStore> CreateStoreAsync(IClock clock)
    {
        var store = EfLeadKitStore.UseSqlite(database.Path, clock);
        _stores.Add(store);
        return Task.FromResult<ILeadKitStore>(store);
    }
}
