using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>
/// Reports and the funnel on PostgreSQL, grouped in SQL: a fresh database for the class (dropped
/// afterwards), a workspace per test. Skipped when <c>LEADKIT_TEST_POSTGRES</c> is unset.
/// </summary>
[PostgresAvailable]
public sealed class ReportsOnPostgresTests(PostgresDatabase database) : EfReportsTests, IClassFixture<PostgresDatabase>
{
    protected override EfLeadKitStore OpenStore(IClock clock) => EfLeadKitStore.UsePostgres(database.ConnectionString, clock);
}
