namespace LeadKit.EntityFrameworkCore;

/// <summary>The databases LeadKit's EF Core store runs on.</summary>
public enum LeadKitDatabaseProvider
{
    /// <summary>SQLite: an embedded database in one file, the default for a single machine.</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL: a database server, for many users and larger data.</summary>
    Postgres = 1,
}
