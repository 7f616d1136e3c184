using System;
using LeadKit.Operations;
using LeadKit.Storage;

namespace LeadKit.Extensions.DependencyInjection;

/// <summary>
/// LeadKit's settings in a host: which store, its connection string, and the batch sizes. Bound from
/// the configuration section given to <c>AddLeadKit(configuration)</c> (conventionally
/// <see cref="SectionName"/>), set in code with <c>AddLeadKit(options =&gt; …)</c>, and checked when the
/// host starts: a bad value stops the start with an <c>OptionsValidationException</c> naming it.
/// </summary>
/// <example>
/// <code>
/// "LeadKit": {
///   "Store": "Sqlite",
///   "ConnectionString": "Data Source=leads.db",
///   "BatchSize": 100,
///   "RescorePageSize": 500,
///   "StoreBatchSize": 1000,
///   "BusyTimeout": "00:00:30"
/// }
/// </code>
/// </example>
public sealed class LeadKitOptions
{
    /// <summary>The configuration section LeadKit's settings conventionally live in: <c>"LeadKit"</c>.</summary>
    public const string SectionName = "LeadKit";

    /// <summary>The name of the in-memory store, which is always registered: <c>"InMemory"</c>.</summary>
    public const string InMemoryStore = "InMemory";

    /// <summary>
    /// Gets or sets the store, by name: <see cref="InMemoryStore"/> (the default), or a store a package
    /// registers — <c>"Sqlite"</c> and <c>"Postgres"</c> come with LeadKit.EntityFrameworkCore
    /// (<c>AddEntityFrameworkCoreStores()</c>, <c>UseSqlite(…)</c>, <c>UsePostgres(…)</c>). Case-insensitive.
    /// </summary>
    public string Store { get; set; } = InMemoryStore;

    /// <summary>Gets or sets the store's connection string (for SQLite, a file path will do); the in-memory store has none.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Gets or sets how many records an operation (assign, bulk edit, conversion, import, …) reads, checks and
    /// saves together: <see cref="OperationContext.BatchSize"/>, 1 to <see cref="RecordQuery.MaxLimit"/>;
    /// <see cref="OperationContext.DefaultBatchSize"/> by default.
    /// </summary>
    public int BatchSize { get; set; } = OperationContext.DefaultBatchSize;

    /// <summary>
    /// Gets or sets how many records a re-score after a profile edit reads, scores and writes together:
    /// <see cref="ScoringProfiles.PageSize"/>, 1 to <see cref="RecordQuery.MaxLimit"/>;
    /// <see cref="ScoringProfiles.DefaultPageSize"/> by default.
    /// </summary>
    public int RescorePageSize { get; set; } = ScoringProfiles.DefaultPageSize;

    /// <summary>Gets or sets how many rows a database store writes in one bulk statement (at least 1; 1 000 by default). The in-memory store ignores it.</summary>
    public int StoreBatchSize { get; set; } = 1_000;

    /// <summary>Gets or sets how long a database store waits for another writer's lock (more than zero; 30 seconds by default). The in-memory store ignores it.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
