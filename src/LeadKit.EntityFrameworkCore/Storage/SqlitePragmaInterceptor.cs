using System.Data.Common;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>
/// Sets the per-connection SQLite pragmas on every opened connection: a busy timeout (writers wait
/// for each other instead of failing with SQLITE_BUSY), synchronous=NORMAL (durable with WAL at a
/// fraction of FULL's cost), foreign keys on, and the page cache's size
/// (<see cref="LeadKitStoreOptions.SqliteCacheSizeKiB"/>). WAL itself is a property of the file, set
/// once by the migrator.
/// </summary>
internal sealed class SqlitePragmaInterceptor(int busyTimeoutMilliseconds, int cacheSizeKiB) : DbConnectionInterceptor
{
    // A negative cache_size is a size in KiB (a positive one would count pages).
    private readonly string _pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -{cacheSizeKiB};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
