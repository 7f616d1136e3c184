using System;
using LeadKit.Import.Duplicates;
using NodaTime;

namespace LeadKit.EntityFrameworkCore;

/// <summary>
/// How to open an <see cref="EfLeadKitStore"/>: the provider, the connection string, the clock that
/// stamps changes and the few knobs that matter. Build one with <see cref="ForSqlite"/> or
/// <see cref="ForPostgres"/>, then adjust with <c>with</c>.
/// </summary>
public sealed record LeadKitStoreOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="provider">The database provider.</param>
    /// <param name="connectionString">The ADO.NET connection string.</param>
    /// <param name="clock">The clock that stamps creations and changes.</param>
    /// <exception cref="ArgumentException">The connection string is blank.</exception>
    public LeadKitStoreOptions(LeadKitDatabaseProvider provider, string connectionString, IClock clock)
    {
        if (!Enum.IsDefined(provider))
        {
            throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = provider;
        ConnectionString = connectionString;
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Gets the database provider.</summary>
    public LeadKitDatabaseProvider Provider { get; init; }

    /// <summary>Gets the ADO.NET connection string.</summary>
    public string ConnectionString { get; init; }

    /// <summary>Gets the clock that stamps creations and changes.</summary>
    public IClock Clock { get; init; }

    /// <summary>
    /// Gets how long a writer waits for another writer's lock before giving up with a
    /// <see cref="DatabaseBusyException"/> (SQLite's busy timeout; on PostgreSQL, the lock timeout
    /// of a unit of work's statements). Default 30 seconds.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets how many rows one bulk statement or batch carries at most. Default 1 000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int BatchSize
    {
        get => _batchSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _batchSize = value;
        }
    }

    private readonly int _batchSize = 1_000;

    /// <summary>
    /// Gets the most memory, in KiB, each SQLite connection's page cache may hold (SQLite's
    /// <c>cache_size</c>; PostgreSQL ignores it). Default 32 768 (32 MiB), where SQLite's own default
    /// is 2 MiB: a bulk edit, an import or a re-score touches far more pages than that within one
    /// transaction, and a small cache writes them out to the WAL mid-transaction and reads them back
    /// (a bulk edit of 100 000 leads ran about 10 % faster in interleaved runs). The cache grows only as pages are
    /// read, and is held while the pooled connection stays open, so a host with many pooled connections
    /// and little memory may want less.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int SqliteCacheSizeKiB
    {
        get => _sqliteCacheSizeKiB;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _sqliteCacheSizeKiB = value;
        }
    }

    private readonly int _sqliteCacheSizeKiB = 32 * 1024;

    /// <summary>
    /// Gets the duplicate rules and phone region of the match keys the store keeps for every record
    /// (normalised e-mail, E.164 phone, name + company; see <see cref="MatchKeys"/>), which let
    /// <c>LeadDuplicates</c> find the duplicates of a workspace with one <c>GROUP BY</c>. Default:
    /// <see cref="DuplicateMatchOptions.Default"/> (every rule, region <c>US</c>). The keys belong to
    /// the database: when a store is created with other options than those the keys were made
    /// with, it rebuilds every record's keys as it opens (a pass over every record), and a search
    /// with options the keys were not made with reads the records instead.
    /// </summary>
    public DuplicateMatchOptions DuplicateMatching { get; init; } = DuplicateMatchOptions.Default;

    /// <summary>
    /// Options for SQLite. <paramref name="pathOrConnectionString"/> is a file path (created when
    /// missing) or, when it contains <c>=</c>, a Microsoft.Data.Sqlite connection string.
    /// </summary>
    /// <param name="pathOrConnectionString">The database file, or a connection string.</param>
    /// <param name="clock">The clock that stamps creations and changes.</param>
    /// <returns>The options.</returns>
    public static LeadKitStoreOptions ForSqlite(string pathOrConnectionString, IClock clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnectionString);
        var connectionString = pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? pathOrConnectionString
            : "Data Source=" + pathOrConnectionString;
        return new LeadKitStoreOptions(LeadKitDatabaseProvider.Sqlite, connectionString, clock);
    }

    /// <summary>Options for PostgreSQL, from an Npgsql connection string.</summary>
    /// <param name="connectionString">The connection string, e.g. <c>Host=db;Username=leadkit;Database=leadkit</c>.</param>
    /// <param name="clock">The clock that stamps creations and changes.</param>
    /// <returns>The options.</returns>
    public static LeadKitStoreOptions ForPostgres(string connectionString, IClock clock) =>
        new(LeadKitDatabaseProvider.Postgres, connectionString, clock);
}
