using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using LeadKit.EntityFrameworkCore;
using LeadKit.Reporting;
using LeadKit.Reports;
using LeadKit.Storage;
using Npgsql;

namespace LeadKit.Benchmarks;

/// <summary>
/// Leads by Assigned To and Rating over a PostgreSQL database of <see cref="ReportLeads"/>
/// (1 000 000 leads): <see cref="LeadReports.RunBuiltInAsync"/> against the hand-written
/// <c>GROUP BY</c> of the same rows. Needs a server (as <see cref="BulkEditPostgresBenchmarks"/>);
/// left out of the run when none is configured. The database is built once and kept on the server
/// (see <see cref="DatabaseAsync"/>): a first run may stop at BenchmarkDotNet's in-process time
/// limit while it builds; run again.
/// </summary>
[MemoryDiagnoser]
public class ReportPostgresBenchmarks
{
    private EfLeadKitStore? _store;
    private LeadReports _reports = null!;
    private string _connectionString = string.Empty;
    private Guid _workspace;

    /// <summary>Gets or sets the number of leads.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Gets the sizes.</summary>
    public static IEnumerable<int> Sizes => ReportLeads.Sizes;

    [GlobalSetup]
    public async Task Setup()
    {
        var (connectionString, workspace) = await DatabaseAsync(Count);
        _connectionString = connectionString;
        _workspace = workspace.Value;
        _store = EfLeadKitStore.UsePostgres(connectionString, SampleLeads.Clock);
        await _store.InitializeAsync();
        _reports = new LeadReports(_store, workspace);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    /// <summary>The reference: the GROUP BY a person would write, read into a list.</summary>
    [Benchmark(Baseline = true, Description = "raw PostgreSQL: SELECT … GROUP BY assigned_to, rating_key")]
    public async Task<long> RawGroupBy()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT assigned_to, rating_key, COUNT(*) FROM leads WHERE workspace_id = @ws AND converted = false GROUP BY assigned_to, rating_key", connection);
        command.Parameters.AddWithValue("ws", _workspace);
        var rows = new List<(Guid?, string?, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2)));
        }

        return rows.Sum(r => r.Item3);
    }

    [Benchmark(Description = "LeadReports.RunBuiltInAsync(ByAssignedRating)")]
    public async Task<long> LeadKitReport() => (await _reports.RunBuiltInAsync(BuiltInReport.ByAssignedRating)).Count;

    /// <summary>
    /// The database of <paramref name="count"/> leads: <c>leadkit_bench_reports_{count}_v1</c>, built
    /// once (with the store's <c>AddAsync</c>, binary COPY, then <c>VACUUM ANALYZE</c>) and kept on the
    /// server for the next runs, like the SQLite file; drop it with <c>DROP DATABASE</c> when done. A
    /// database left half-built by an interrupted run is dropped and built again.
    /// </summary>
    private static async Task<(string ConnectionString, WorkspaceId Workspace)> DatabaseAsync(int count)
    {
        var server = BulkEditPostgresBenchmarks.Server ?? throw new InvalidOperationException("Set LEADKIT_BENCH_POSTGRES to a PostgreSQL connection string.");
        var database = string.Create(CultureInfo.InvariantCulture, $"leadkit_bench_reports_{count}_v1");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 0 }.ToString();
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync() is not null && await CompleteAsync(connectionString, count) is { } workspace)
            {
                return (connectionString, workspace);
            }

            NpgsqlConnection.ClearAllPools();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        WorkspaceId built;
        await using (var store = EfLeadKitStore.UsePostgres(connectionString, SampleLeads.Clock))
        {
            built = await ReportLeads.FillAsync(store, count);
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("VACUUM ANALYZE leads", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        return (connectionString, built);
    }

    /// <summary>The workspace of a database that holds all <paramref name="count"/> leads, or <see langword="null"/>.</summary>
    private static async Task<WorkspaceId?> CompleteAsync(string connectionString, int count)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT workspace_id, COUNT(*) FROM leads GROUP BY workspace_id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            return await reader.ReadAsync() && reader.GetInt64(1) == count ? new WorkspaceId(reader.GetGuid(0)) : null;
        }
        catch (PostgresException)
        {
            return null;
        }
    }
}
