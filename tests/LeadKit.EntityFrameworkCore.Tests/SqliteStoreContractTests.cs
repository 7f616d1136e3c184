using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The store contract on SQLite: one real database file for the class, a workspace per test.</summary>
public sealed class SqliteStoreContractTests(SqliteDatabase database) : EfStoreContractTests, IClassFixture<SqliteDatabase>
{
    protected override EfLeadKitStore OpenStore(IClock clock) => EfLeadKitStore.UseSqlite(database.Path, clock);
}
