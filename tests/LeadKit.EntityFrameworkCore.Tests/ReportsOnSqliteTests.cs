using LeadKit.Storage;
using LeadKit.Testing.Stores.Faults;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>Reports and the funnel on SQLite, grouped in SQL: one real database file for the class, a workspace per test.</summary>
public sealed class ReportsOnSqliteTests(SqliteDatabase database) : EfReportsTests, IClassFixture<SqliteDatabase>
{
    protected override EfLeadKitStore OpenStore(IClock clock) => EfLeadKitStore.UseSqlite(database.Path, clock);
}

/// <summary>
/// Reports and the funnel on SQLite through a wrapper that hides <see cref="IRecordAggregation"/>
/// (the repositories are proxies of their interfaces only): the streaming fallback, on a database.
/// </summary>
public sealed class ReportsOnSqliteStreamingTests(SqliteDatabase database) : EfReportsTests, IClassFixture<SqliteDatabase>
{
    protected override int PropertyRuns => 5;

    protected override EfLeadKitStore OpenStore(IClock clock) => EfLeadKitStore.UseSqlite(database.Path, clock);

    protected override ILeadKitStore Wrap(EfLeadKitStore store) => new FaultyStore(store, FaultPlan.Never);
}
