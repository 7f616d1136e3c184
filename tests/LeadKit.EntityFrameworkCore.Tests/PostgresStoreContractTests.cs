using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The store contract on PostgreSQL: a fresh database for the class (dropped afterwards), a workspace per test.</summary>
[PostgresAvailable]
public sealed class PostgresStoreContractTests(PostgresDatabase database) : EfStoreContractTests, IClassFixture<PostgresDatabase>
{
    protected override EfLeadKitStore OpenStore(IClock clock) => EfLeadKitStore.UsePostgres(database.ConnectionString, clock);
}
