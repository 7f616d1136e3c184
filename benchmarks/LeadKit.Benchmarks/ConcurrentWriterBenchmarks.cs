using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using LeadKit.EntityFrameworkCore;
using LeadKit.Leads;
using LeadKit.Storage;
using Npgsql;

namespace LeadKit.Benchmarks;

/// <summary>
/// Throughput under contention on PostgreSQL: 16 writers at once, each making
/// <see cref="UpdatesPerWriter"/> read-change-save attempts on a random one of 8 shared leads
/// (a conflict ends an attempt; it is not retried). LeadKit does each attempt in a unit of work
/// (<c>GetAsync</c>, <c>SetJobTitle</c>, <c>UpdateAsync</c>, <c>CommitAsync</c>); the baseline does
/// the same with raw Npgsql: in a transaction, read the version, then one
/// <c>UPDATE … WHERE id = … AND version = …</c> of the title, its search key and the JSON
/// document. Needs a server, like <see cref="BulkEditPostgresBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class ConcurrentWriterBenchmarks
{
    private const int Writers = 16;
    private const int SharedLeads = 8;

    private string _connectionString = string.Empty;
    private string _database = string.Empty;
    private Guid _workspace;
    private EfLeadKitStore? _store;
    private LeadId[] _ids = [];
    private int _round;

    /// <summary>Gets or sets the attempts each writer makes per run.</summary>
    [Params(250)]
    public int UpdatesPerWriter { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var server = BulkEditPostgresBenchmarks.Server ?? throw new InvalidOperationException("Set LEADKIT_BENCH_POSTGRES to a PostgreSQL connection string.");
        _database = "leadkit_bench_" + Guid.NewGuid().ToString("N")[..12];
        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database, MaxPoolSize = 64 }.ToString();
        _store = EfLeadKitStore.UsePostgres(_connectionString, SampleLeads.Clock);
        await _store.InitializeAsync();
        var workspace = await _store.CreateWorkspaceAsync("bench");
        var leads = SampleLeads.Create(SharedLeads);
        await using (var unit = await _store.BeginAsync(workspace.Id))
        {
            await unit.Leads.AddAsync(leads);
            await unit.CommitAsync();
        }

        _workspace = workspace.Id.Value;
        _ids = [.. leads.Select(l => l.Id)];
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(BulkEditPostgresBenchmarks.Server);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>The reference: each attempt a raw transaction with a version-checked UPDATE.</summary>
    /// <returns>The attempts accepted.</returns>
    [Benchmark(Baseline = true, Description = "raw Npgsql: SELECT version, UPDATE … AND version = …")]
    public Task<int> RawOptimisticUpdates() => RunWritersAsync(RawAttemptAsync);

    /// <summary>The same attempts through the store.</summary>
    /// <returns>The attempts accepted.</returns>
    [Benchmark(Description = "EfLeadKitStore: GetAsync, UpdateAsync, CommitAsync")]
    public Task<int> StoreUpdates() => RunWritersAsync(StoreAttemptAsync);

    private async Task<int> RunWritersAsync(Func<LeadId, string, Task<bool>> attempt)
    {
        var round = Interlocked.Increment(ref _round);
        var accepted = 0;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            for (var i = 0; i < UpdatesPerWriter; i++)
            {
                if (await attempt(_ids[random.Next(_ids.Length)], $"r{round}-w{w}-{i}"))
                {
                    Interlocked.Increment(ref accepted);
                }
            }
        })));
        return accepted > 0 ? accepted : throw new InvalidOperationException("No attempt was accepted.");
    }

    private async Task<bool> StoreAttemptAsync(LeadId id, string title)
    {
        try
        {
            await using var unit = await _store!.BeginAsync(new WorkspaceId(_workspace));
            var lead = await unit.Leads.GetAsync(id);
            lead.SetJobTitle(title);
            await unit.Leads.UpdateAsync([lead]);
            await unit.CommitAsync();
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    private async Task<bool> RawAttemptAsync(LeadId id, string title)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var read = new NpgsqlCommand("SELECT version FROM leads WHERE workspace_id = @ws AND id = @id", connection, transaction);
        read.Parameters.AddWithValue("ws", _workspace);
        read.Parameters.AddWithValue("id", id.Value);
        var version = (long)(await read.ExecuteScalarAsync())!;
        await using var update = new NpgsqlCommand(
            """
            UPDATE leads
            SET title_key = @key,
                version = version + 1,
                document = jsonb_set(jsonb_set(document::jsonb, '{jobTitle}', to_jsonb(@title::text)), '{version}', to_jsonb(version + 1))::json
            WHERE workspace_id = @ws AND id = @id AND version = @version
            """,
            connection,
            transaction);
        update.Parameters.AddWithValue("key", title.ToUpperInvariant());
        update.Parameters.AddWithValue("title", title);
        update.Parameters.AddWithValue("ws", _workspace);
        update.Parameters.AddWithValue("id", id.Value);
        update.Parameters.AddWithValue("version", version);
        var changed = await update.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return changed == 1;
    }
}
