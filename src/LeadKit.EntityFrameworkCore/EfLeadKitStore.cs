using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.EntityFrameworkCore.Storage;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;
using Npgsql;

namespace LeadKit.EntityFrameworkCore;

/// <summary>
/// LeadKit's <see cref="ILeadKitStore"/> on EF Core: SQLite (an embedded file, the default) or
/// PostgreSQL (a server). Each unit of work is one <see cref="LeadKitDbContext"/> and at most one
/// database transaction, begun at its first write and committed by
/// <see cref="IUnitOfWork.CommitAsync"/>. Create the store once per database and share it;
/// dispose it at shutdown to release pooled connections.
/// </summary>
/// <example>
/// <code>
/// await using var store = EfLeadKitStore.UseSqlite("leads.db", SystemClock.Instance);
/// await store.InitializeAsync();
/// var workspace = await store.CreateWorkspaceAsync("Sales");
/// await using var unit = await store.BeginAsync(workspace.Id);
/// await unit.Leads.AddAsync([Lead.Create(PersonName.Parse("Ada Lovelace"), SystemClock.Instance)]);
/// await unit.CommitAsync();
/// </code>
/// </example>
public sealed class EfLeadKitStore : ILeadKitStore, IAsyncDisposable, IDisposable
{
    private readonly DbContextOptions<LeadKitDbContext> _contextOptions;
    private readonly NpgsqlDataSource? _dataSource;
    private bool _disposed;

    private EfLeadKitStore(LeadKitStoreOptions options)
    {
        Options = options;
        MatchKeys = new MatchKeys(options.DuplicateMatching);
        var builder = new DbContextOptionsBuilder<LeadKitDbContext>();
        if (options.Provider == LeadKitDatabaseProvider.Sqlite)
        {
            var connection = new SqliteConnectionStringBuilder(options.ConnectionString)
            {
                Pooling = true,
                ForeignKeys = true,
                DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
            };
            ConnectionString = connection.ToString();
            Dialect = SqliteDialect.Instance;
            builder.UseSqlite(ConnectionString)
                .AddInterceptors(new SqlitePragmaInterceptor((int)Math.Min(int.MaxValue, options.BusyTimeout.TotalMilliseconds), options.SqliteCacheSizeKiB));
        }
        else
        {
            ConnectionString = options.ConnectionString;
            Dialect = PostgresDialect.Instance;
            var dataSourceBuilder = new NpgsqlDataSourceBuilder(options.ConnectionString);
            dataSourceBuilder.UseNodaTime();
            _dataSource = dataSourceBuilder.Build();
            builder.UseNpgsql(_dataSource, npgsql => npgsql.UseNodaTime());
        }

        builder.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
        _contextOptions = builder.Options;
    }

    /// <summary>Gets the options the store was opened with.</summary>
    public LeadKitStoreOptions Options { get; }

    /// <summary>Gets the clock that stamps creations and changes.</summary>
    public IClock Clock => Options.Clock;

    /// <summary>Gets the database provider.</summary>
    public LeadKitDatabaseProvider Provider => Options.Provider;

    internal string ConnectionString { get; }

    internal SqlDialect Dialect { get; }

    /// <summary>Gets the duplicate match keys kept for every record (<see cref="LeadKitStoreOptions.DuplicateMatching"/>).</summary>
    internal MatchKeys MatchKeys { get; }

    internal NpgsqlDataSource? DataSource => _dataSource;

    /// <summary>Opens a store on a SQLite database file (created when missing), in WAL mode.</summary>
    /// <param name="pathOrConnectionString">A file path, or a Microsoft.Data.Sqlite connection string (when it contains <c>=</c>).</param>
    /// <param name="clock">The clock that stamps creations and changes.</param>
    /// <returns>The store; call <see cref="InitializeAsync"/> before use.</returns>
    public static EfLeadKitStore UseSqlite(string pathOrConnectionString, IClock clock) =>
        Create(LeadKitStoreOptions.ForSqlite(pathOrConnectionString, clock));

    /// <summary>Opens a store on a PostgreSQL database (created by <see cref="InitializeAsync"/> when missing and allowed).</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="clock">The clock that stamps creations and changes.</param>
    /// <returns>The store; call <see cref="InitializeAsync"/> before use.</returns>
    public static EfLeadKitStore UsePostgres(string connectionString, IClock clock) =>
        Create(LeadKitStoreOptions.ForPostgres(connectionString, clock));

    /// <summary>Opens a store with explicit options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The store; call <see cref="InitializeAsync"/> before use.</returns>
    public static EfLeadKitStore Create(LeadKitStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "The batch size is at least 1.");
        }

        return new EfLeadKitStore(options);
    }

    /// <summary>
    /// Creates a <see cref="LeadKitDbContext"/> on the store's database: the context of a unit of
    /// work, of a workspace's creation, and of the tests that look at the tables.
    /// </summary>
    /// <returns>A new context; dispose it.</returns>
    internal LeadKitDbContext CreateDbContext()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new LeadKitDbContext(_contextOptions);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Applies LeadKit's versioned SQL migrations that the database has not seen yet, each in the
    /// transaction that records it in <c>leadkit_schema</c>; concurrent callers wait for each other.
    /// On SQLite this also switches the file to WAL; on PostgreSQL it creates the database when the
    /// server says it does not exist and the user may create databases.
    /// </remarks>
    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return SchemaMigrator.MigrateAsync(this, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Workspace> CreateWorkspaceAsync(string name, CancellationToken cancellationToken = default)
    {
        var workspace = new Workspace(WorkspaceId.New(), name, Clock.GetCurrentInstant());
        var context = CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            context.Workspaces.Add(new WorkspaceRow { Id = workspace.Id.Value, Name = workspace.Name, CreatedAt = workspace.CreatedAt });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return workspace;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Workspace> ListWorkspacesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<WorkspaceRow> rows;
        var context = CreateDbContext();
        await using (context.ConfigureAwait(false))
        {
            rows = await context.Workspaces.AsNoTracking().OrderBy(w => w.CreatedAt).ThenBy(w => w.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var row in rows)
        {
            yield return new Workspace(new WorkspaceId(row.Id), row.Name, row.CreatedAt);
        }
    }

    /// <inheritdoc />
    public async Task<IUnitOfWork> BeginAsync(WorkspaceId workspace, UserId? actingUser = null, CancellationToken cancellationToken = default)
    {
        var context = CreateDbContext();
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var id = workspace.Value;
            if (!await context.Workspaces.AnyAsync(w => w.Id == id, cancellationToken).ConfigureAwait(false))
            {
                throw new RecordNotFoundException(nameof(Workspace), workspace.ToString());
            }

            return new EfUnitOfWork(this, context, workspace, actingUser);
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            ClearSqlitePool();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_dataSource is not null)
        {
            _dataSource.Dispose();
        }
        else
        {
            ClearSqlitePool();
        }
    }

    private void ClearSqlitePool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
