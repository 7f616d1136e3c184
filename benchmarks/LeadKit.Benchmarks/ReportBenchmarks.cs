using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using LeadKit.EntityFrameworkCore;
using LeadKit.Leads;
using LeadKit.Reporting;
using LeadKit.Reports;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using Microsoft.Data.Sqlite;

namespace LeadKit.Benchmarks;

/// <summary>
/// Leads by Assigned To and Rating over a SQLite database of <see cref="ReportLeads"/> (1 000 000 leads):
/// <see cref="LeadReports.RunBuiltInAsync"/> (a unit of work, the workspace's fields and users, one
/// <c>GROUP BY</c> through <see cref="IRecordAggregation"/>, the first lead of each rating group
/// read to spell it, the group tree built, named and ordered) against the hand-written
/// <c>GROUP BY</c> of the same rows. The database is built once and kept in the temporary folder.
/// </summary>
[MemoryDiagnoser]
public class ReportSqliteBenchmarks
{
    private EfLeadKitStore? _store;
    private LeadReports _reports = null!;
    private string _connectionString = string.Empty;
    private string _workspace = string.Empty;

    /// <summary>Gets or sets the number of leads.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Gets the sizes.</summary>
    public static IEnumerable<int> Sizes => ReportLeads.Sizes;

    [GlobalSetup]
    public async Task Setup()
    {
        var (path, workspace) = await ReportLeads.SqliteAsync(Count);
        _store = EfLeadKitStore.UseSqlite(path, SampleLeads.Clock);
        await _store.InitializeAsync();
        _reports = new LeadReports(_store, workspace);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
        _workspace = workspace.Value.ToString("D").ToUpperInvariant();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>The reference: the GROUP BY a person would write, read into a list.</summary>
    [Benchmark(Baseline = true, Description = "raw SQLite: SELECT … GROUP BY assigned_to, rating_key")]
    public async Task<long> RawGroupBy()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT assigned_to, rating_key, COUNT(*) FROM leads WHERE workspace_id = $ws AND converted = 0 GROUP BY assigned_to, rating_key";
        command.Parameters.AddWithValue("$ws", _workspace);
        var rows = new List<(string?, string?, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2)));
        }

        return rows.Sum(r => r.Item3);
    }

    [Benchmark(Description = "LeadReports.RunBuiltInAsync(ByAssignedRating)")]
    public async Task<long> LeadKitReport() => (await _reports.RunBuiltInAsync(BuiltInReport.ByAssignedRating)).Count;
}

/// <summary>
/// Leads by Assigned To and Rating over <see cref="ReportLeads"/> in memory: the in-memory store's
/// report (its records grouped in place through <see cref="IRecordAggregation"/>, then the tree
/// built, named and ordered) against a LINQ <c>GroupBy</c> of the same leads held in a list.
/// </summary>
[MemoryDiagnoser]
public class ReportInMemoryBenchmarks
{
    private List<Lead> _leads = [];
    private LeadReports _reports = null!;

    /// <summary>Gets or sets the number of leads.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Gets the sizes.</summary>
    public static IEnumerable<int> Sizes => ReportLeads.Sizes;

    [GlobalSetup]
    public async Task Setup()
    {
        var store = new InMemoryLeadKitStore(SampleLeads.Clock);
        var workspace = await ReportLeads.FillAsync(store, Count);
        _reports = new LeadReports(store, workspace);
        _leads = ReportLeads.Create(0, Count);
    }

    /// <summary>The reference: open leads grouped by user and upper-cased rating, counted.</summary>
    [Benchmark(Baseline = true, Description = "LINQ GroupBy over a List<Lead>")]
    public long LinqGroupBy() =>
        _leads.Where(l => !l.IsConverted)
            .GroupBy(l => (l.AssignedTo, Rating: l.Rating?.Name.ToUpperInvariant()))
            .Select(g => (g.Key, Count: (long)g.Count()))
            .ToList()
            .Sum(g => g.Count);

    [Benchmark(Description = "LeadReports.RunBuiltInAsync(ByAssignedRating), in-memory store")]
    public async Task<long> LeadKitReport() => (await _reports.RunBuiltInAsync(BuiltInReport.ByAssignedRating)).Count;
}
