using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Sql;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// Applies LeadKit's versioned SQL migrations (embedded <c>Migrations/{Provider}/NNNN_name.sql</c>).
/// The table <c>leadkit_schema</c> records each applied version; every migration runs in the same
/// transaction as its record, under a lock (SQLite: the write lock of <c>BEGIN IMMEDIATE</c>;
/// PostgreSQL: a transaction-scoped advisory lock), so concurrent initialisations apply each
/// migration exactly once and a failed one leaves nothing behind.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>The advisory lock key LeadKit's PostgreSQL migrations take ("LeadKit" in ASCII).</summary>
    private const long AdvisoryLockKey = 0x4C6561644B6974;

    internal static IReadOnlyList<(int Version, string Name, string Sql)> Scripts(LeadKitDatabaseProvider provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"LeadKit.EntityFrameworkCore.Migrations.{provider}/";
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(resource[prefix.Length..]);
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add((version, name, reader.ReadToEnd()));
        }

        return scripts;
    }

    public static async Task MigrateAsync(EfLeadKitStore store, CancellationToken cancellationToken)
    {
        if (store.Provider == LeadKitDatabaseProvider.Sqlite)
        {
            await MigrateSqliteAsync(store, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await MigratePostgresAsync(store, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task MigrateSqliteAsync(EfLeadKitStore store, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(store.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, $"PRAGMA busy_timeout = {(int)Math.Min(int.MaxValue, store.Options.BusyTimeout.TotalMilliseconds)}; PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

            // Deferred is wrong here: BEGIN IMMEDIATE takes the write lock first, so two initialisers serialise.
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS leadkit_schema (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken).ConfigureAwait(false);
                await ApplyAsync(store, connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task MigratePostgresAsync(EfLeadKitStore store, CancellationToken cancellationToken)
    {
        await EnsurePostgresDatabaseAsync(store, cancellationToken).ConfigureAwait(false);
        var connection = await store.DataSource!.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS leadkit_schema (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)", cancellationToken).ConfigureAwait(false);
                await ApplyAsync(store, connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task ApplyAsync(EfLeadKitStore store, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Every script not recorded yet, in order: not only those above the highest applied one, so
        // that a migration numbered below one a database already has (parallel branches merged later:
        // 0003 arriving after 0004) is still applied.
        var applied = new HashSet<long>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT version FROM leadkit_schema";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }

        foreach (var (version, name, sql) in Scripts(store.Provider).Where(s => !applied.Contains(s.Version)))
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
            var record = new SqlText(store.Dialect);
            record.Append("INSERT INTO leadkit_schema (version, name, applied_at) VALUES (")
                .Append(record.Parameter(version, ColumnType.Int32)).Append(", ")
                .Append(record.Parameter(name, ColumnType.Text)).Append(", ")
                .Append(record.Parameter(store.Clock.GetCurrentInstant(), ColumnType.Instant)).Append(")");
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            record.ApplyTo(command);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await MatchKeyRebuild.EnsureAsync(store, connection, transaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the PostgreSQL database when the server reports it missing (SQLSTATE 3D000).</summary>
    private static async Task EnsurePostgresDatabaseAsync(EfLeadKitStore store, CancellationToken cancellationToken)
    {
        try
        {
            var probe = await store.DataSource!.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await probe.DisposeAsync().ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == "3D000")
        {
            var target = new NpgsqlConnectionStringBuilder(store.ConnectionString);
            var database = target.Database ?? throw new InvalidOperationException("The connection string names no database.", e);
            var maintenance = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Database = "postgres", Pooling = false };
            var connection = new NpgsqlConnection(maintenance.ToString());
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, null, $"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
