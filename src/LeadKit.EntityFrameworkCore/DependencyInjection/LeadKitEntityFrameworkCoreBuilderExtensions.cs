using System;
using LeadKit.EntityFrameworkCore;
using LeadKit.EntityFrameworkCore.DependencyInjection;
using LeadKit.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The EF Core stores for <c>services.AddLeadKit(…)</c>: <c>"Sqlite"</c> and <c>"Postgres"</c> as values of
/// <see cref="LeadKitOptions.Store"/>, each an <see cref="EfLeadKitStore"/> opened once (a singleton: it
/// opens a new context per unit of work and is safe to share) with the registered clock and the
/// options' connection string, <see cref="LeadKitOptions.BusyTimeout"/> and
/// <see cref="LeadKitOptions.StoreBatchSize"/>.
/// </summary>
public static class LeadKitEntityFrameworkCoreBuilderExtensions
{
    /// <summary>
    /// Registers the <c>"Sqlite"</c> and <c>"Postgres"</c> stores, so configuration can choose one
    /// (<c>"LeadKit": { "Store": "Sqlite", "ConnectionString": "Data Source=leads.db" }</c>). A missing or
    /// malformed connection string for them stops the host's start, naming the setting.
    /// </summary>
    /// <param name="builder">The builder <c>AddLeadKit</c> returned.</param>
    /// <returns>The builder.</returns>
    public static ILeadKitBuilder AddEntityFrameworkCoreStores(this ILeadKitBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStore(nameof(LeadKitDatabaseProvider.Sqlite), (provider, options) =>
            Open(LeadKitStoreOptions.ForSqlite(options.ConnectionString!, provider.GetRequiredService<IClock>()), options));
        builder.AddStore(nameof(LeadKitDatabaseProvider.Postgres), (provider, options) =>
            Open(LeadKitStoreOptions.ForPostgres(options.ConnectionString!, provider.GetRequiredService<IClock>()), options));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LeadKitOptions>, DatabaseOptionsValidator>());
        return builder;
    }

    /// <summary>Stores LeadKit's data in a SQLite database file (created when missing, in WAL mode).</summary>
    /// <param name="builder">The builder <c>AddLeadKit</c> returned.</param>
    /// <param name="pathOrConnectionString">A file path, or a Microsoft.Data.Sqlite connection string (when it contains <c>=</c>).</param>
    /// <returns>The builder.</returns>
    public static ILeadKitBuilder UseSqlite(this ILeadKitBuilder builder, string pathOrConnectionString) =>
        Use(builder, LeadKitDatabaseProvider.Sqlite, pathOrConnectionString);

    /// <summary>Stores LeadKit's data in a PostgreSQL database (created by <c>InitializeAsync</c> when missing and allowed).</summary>
    /// <param name="builder">The builder <c>AddLeadKit</c> returned.</param>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Username=leadkit;Database=leadkit</c>.</param>
    /// <returns>The builder.</returns>
    public static ILeadKitBuilder UsePostgres(this ILeadKitBuilder builder, string connectionString) =>
        Use(builder, LeadKitDatabaseProvider.Postgres, connectionString);

    private static ILeadKitBuilder Use(ILeadKitBuilder builder, LeadKitDatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.AddEntityFrameworkCoreStores().Configure(options =>
        {
            options.Store = provider.ToString();
            options.ConnectionString = connectionString;
        });
    }

    private static EfLeadKitStore Open(LeadKitStoreOptions store, LeadKitOptions options) =>
        EfLeadKitStore.Create(store with { BusyTimeout = options.BusyTimeout, BatchSize = options.StoreBatchSize });
}
