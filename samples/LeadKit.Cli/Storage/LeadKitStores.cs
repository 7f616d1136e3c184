using System;
using LeadKit.EntityFrameworkCore;
using LeadKit.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace LeadKit.Cli.Storage;

/// <summary>The one place that decides which <see cref="ILeadKitStore"/> implementation backs a database.</summary>
internal static class LeadKitStores
{
    /// <summary>Opens the EF Core store of a database: SQLite for a file, PostgreSQL for a connection string.</summary>
    /// <param name="target">The database.</param>
    /// <param name="clock">The clock that stamps changes.</param>
    /// <returns>The store, not yet initialised; dispose it.</returns>
    public static ILeadKitStore Open(DatabaseTarget target, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind switch
        {
            // A connection string, not the bare path: a path may hold '=' or ';'.
            DatabaseKind.Sqlite => EfLeadKitStore.UseSqlite(new SqliteConnectionStringBuilder { DataSource = target.Location }.ToString(), clock),
            DatabaseKind.Postgres => EfLeadKitStore.UsePostgres(target.Location, clock),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target.Kind, "Unknown database kind."),
        };
    }
}
