using System;
using System.Collections.Generic;
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
/// left out of the run when none is configured. The database is filled once per process (with the
/// store's <c>AddAsync</c>, binary COPY) and dropped when the process ends.
/// </summary>
[MemoryDiagnoser]
public class ReportPostgresBenchmarks
{
    private static readonly Dictionary<int, (string ConnectionString, WorkspaceId Workspace)> Databases = [];

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

    private static async Task<(string ConnectionString, WorkspaceId Workspace)> DatabaseAsync(int count)
    {
        if (Databases.TryGetValue(count, out var known))
        {
            return known;
        }

        var server = BulkEditPostgresBenchmarks.Server ?? throw new InvalidOperationException("Set LEADKIT_BENCH_POSTGRES to a PostgreSQL connection string.");
        var database = "leadkit_bench_reports_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 0 }.ToString();
        await using (var store = EfLeadKitStore.UsePostgres(connectionString, SampleLeads.Clock))
        {
            Databases[count] = (connectionString, await ReportLeads.FillAsync(store, count));
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("VACUUM ANALYZE leads", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(server, database);
        return Databases[count];
    }

    private static void Drop(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
