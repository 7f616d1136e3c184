using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using LeadKit.BulkEdit;
using LeadKit.EntityFrameworkCore;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using NodaTime.Text;
using Npgsql;

namespace LeadKit.Benchmarks;

/// <summary>
/// Bulk-editing the 100 000 leads of a PostgreSQL workspace: set the job title of all of them, each
/// run to another value. Needs a server: <c>LEADKIT_BENCH_POSTGRES</c> (or <c>LEADKIT_TEST_POSTGRES</c>)
/// holds a connection string whose user may create databases; the class is left out of the run
/// when neither is set (see <c>Program.cs</c>). Each setup creates a fresh database through the
/// store and fills it with the store's <c>AddAsync</c>. The baseline is one raw set-based
/// <c>UPDATE leads SET … WHERE workspace_id = …</c> that keeps the JSON document in step with
/// <c>jsonb_set</c>.
/// </summary>
[MemoryDiagnoser]
public class BulkEditPostgresBenchmarks
{
    private static readonly string[] Titles = ["Buyer A", "Buyer B"];

    private string _connectionString = string.Empty;
    private string _database = string.Empty;
    private Guid _workspace;
    private EfLeadKitStore? _store;
    private OperationContext _context = null!;
    private int _round;

    /// <summary>Gets the connection string of the server, or <see langword="null"/> when none is configured.</summary>
    public static string? Server =>
        Environment.GetEnvironmentVariable("LEADKIT_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
        : Environment.GetEnvironmentVariable("LEADKIT_TEST_POSTGRES") is { Length: > 0 } test ? test
        : null;

    /// <summary>Gets or sets the number of leads.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Gets the sizes: as for SQLite.</summary>
    public static System.Collections.Generic.IEnumerable<int> Sizes => BenchmarkSizes.Sqlite;

    [GlobalSetup]
    public async Task Setup()
    {
        var server = Server ?? throw new InvalidOperationException("Set LEADKIT_BENCH_POSTGRES to a PostgreSQL connection string.");
        _database = "leadkit_bench_" + Guid.NewGuid().ToString("N")[..12];
        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ToString();
        _store = EfLeadKitStore.UsePostgres(_connectionString, SampleLeads.Clock);
        await _store.InitializeAsync();
        var workspace = await _store.CreateWorkspaceAsync("bench");
        await using (var unit = await _store.BeginAsync(workspace.Id))
        {
            await unit.Leads.AddAsync(SampleLeads.Create(Count));
            await unit.CommitAsync();
        }

        _workspace = workspace.Id.Value;
        _context = new OperationContext(_store, workspace.Id, SampleLeads.Clock);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(Server);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>The reference: one set-based statement, the search key and the JSON document updated together.</summary>
    [Benchmark(Baseline = true, Description = "raw PostgreSQL: one UPDATE … WHERE workspace_id (jsonb_set)")]
    public async Task<int> RawSetBased()
    {
        var title = NextTitle();
        var now = SampleLeads.Clock.GetCurrentInstant();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var update = new NpgsqlCommand(
            """
            UPDATE leads
            SET title_key = @key,
                version = version + 1,
                modified_at = @now,
                document = jsonb_set(jsonb_set(jsonb_set(document::jsonb, '{jobTitle}', to_jsonb(@title::text)), '{version}', to_jsonb(version + 1)), '{modifiedAt}', to_jsonb(@nowIso::text))::json
            WHERE workspace_id = @ws AND converted = false
            """,
            connection,
            transaction);

        // One statement over 100 000 rows: on a loaded machine it outlasts Npgsql's 30-second default.
        update.CommandTimeout = 0;
        update.Parameters.AddWithValue("key", title.ToUpperInvariant());
        update.Parameters.AddWithValue("title", title);
        update.Parameters.AddWithValue("now", now.ToDateTimeUtc());
        update.Parameters.AddWithValue("nowIso", InstantPattern.ExtendedIso.Format(now));
        update.Parameters.AddWithValue("ws", _workspace);
        var changed = await update.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return Checked(changed);
    }

    [Benchmark(Description = "BulkEditor.ApplyAsync, no history")]
    public async Task<int> BulkEdit()
    {
        var result = await new BulkEditor(_context).ApplyAsync(Request(recordHistory: false));
        return Checked(result.Report.IsCommitted ? result.Report.Changed : -1);
    }

    [Benchmark(Description = "BulkEditor.ApplyAsync, history entry per lead")]
    public async Task<int> BulkEditWithHistory()
    {
        var result = await new BulkEditor(_context).ApplyAsync(Request(recordHistory: true));
        return Checked(result.Report.IsCommitted ? result.Report.Changed : -1);
    }

    private string NextTitle() => Titles[_round++ % Titles.Length];

    private BulkEditRequest Request(bool recordHistory) =>
        new(LeadSelection.All, FieldEdit.Set(RecordField.JobTitle, NextTitle())) { RecordHistory = recordHistory };

    private int Checked(int changed) =>
        changed == Count ? changed : throw new InvalidOperationException($"{changed} of {Count} leads changed.");
}
