using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using LeadKit.EntityFrameworkCore;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LeadKit.Benchmarks;

/// <summary>
/// Finding the duplicates of a workspace of 1 000 000 leads (<see cref="LeadDuplicates"/>) on SQLite
/// and PostgreSQL, against a hand-written <c>GROUP BY</c> over the same normalised keys
/// (<c>record_match_keys</c>) read with plain ADO.NET. Planted: every 50th lead repeats the previous
/// lead's e-mail address, every 40th its phone number, every 30th its name and company (about 8 %
/// of the leads are in a group). The databases are built once and kept in the temporary folder
/// (SQLite) or on the server (PostgreSQL: <c>LEADKIT_BENCH_POSTGRES</c> or <c>LEADKIT_TEST_POSTGRES</c>).
/// </summary>
[MemoryDiagnoser]
public class DuplicateSearchBenchmarks
{
    private const string HandQuery =
        "SELECT k.rule, k.key_value, k.record_id FROM record_match_keys k " +
        "JOIN (SELECT rule, key_value FROM record_match_keys WHERE workspace_id = @ws AND record_kind = 0 GROUP BY rule, key_value HAVING COUNT(*) > 1) d " +
        "ON d.rule = k.rule AND d.key_value = k.key_value WHERE k.workspace_id = @ws AND k.record_kind = 0";

    private EfLeadKitStore? _store;
    private LeadDuplicates _duplicates = null!;
    private string _connectionString = string.Empty;
    private WorkspaceId _workspace;

    /// <summary>Gets or sets the number of leads.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Gets or sets the database: <c>sqlite</c> or <c>postgres</c>.</summary>
    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Gets the sizes: 1 000 000 leads (2 000 in a smoke run).</summary>
    public static IEnumerable<int> Sizes => ReportLeads.Sizes;

    /// <summary>Gets the databases: SQLite, and PostgreSQL when a server is configured.</summary>
    public static IEnumerable<string> Providers => BulkEditPostgresBenchmarks.Server is null ? ["sqlite"] : ["sqlite", "postgres"];

    [GlobalSetup]
    public async Task Setup()
    {
        if (Provider == "sqlite")
        {
            var path = await SqliteAsync(Count);
            _connectionString = "Data Source=" + path;
            _store = EfLeadKitStore.UseSqlite(path, SampleLeads.Clock);
        }
        else
        {
            _connectionString = await PostgresAsync(Count);
            _store = EfLeadKitStore.UsePostgres(_connectionString, SampleLeads.Clock);
        }

        await _store.InitializeAsync();
        _workspace = await WorkspaceAsync(_store);
        _duplicates = new LeadDuplicates(new OperationContext(_store, _workspace, SampleLeads.Clock));
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written GROUP BY on the normalised keys (ADO.NET)")]
    public async Task<int> HandGroupBy()
    {
        var rows = new List<(int Rule, string Key, Guid Record)>();
        if (Provider == "sqlite")
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync();
            await using var command = new SqliteCommand(HandQuery, connection);
            command.Parameters.AddWithValue("@ws", _workspace.Value.ToString("D").ToUpperInvariant());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1), Guid.Parse(reader.GetString(2))));
            }
        }
        else
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(HandQuery, connection);
            command.Parameters.AddWithValue("ws", _workspace.Value);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetGuid(2)));
            }
        }

        return rows.Count;
    }

    [Benchmark(Description = "LeadDuplicates.FindAsync (groups per rule)")]
    public async Task<int> LeadKitFind() => (await _duplicates.FindAsync()).Sum(g => g.Ids.Count);

    /// <summary>The leads: unique e-mail, phone and name + company, except the planted repeats.</summary>
    internal static List<Lead> Create(int from, int to)
    {
        var leads = new List<Lead>(to - from);
        for (var i = from; i < to; i++)
        {
            var email = i % 50 == 49 ? i - 1 : i;
            var phone = i % 40 == 39 ? i - 1 : i;
            var name = i % 30 == 29 ? i - 1 : i;
            var lead = Lead.Create(PersonName.FromParts(null, "First" + name.ToString(CultureInfo.InvariantCulture), null, "Last" + name.ToString(CultureInfo.InvariantCulture), null), SampleLeads.Clock);
            lead.SetCompanyName("Company " + (name % 5000).ToString(CultureInfo.InvariantCulture));
            lead.AddEmail(EmailEntry.Business(string.Create(CultureInfo.InvariantCulture, $"person{email}@example.com")));
            lead.AddPhone(new PhoneNumber(PhoneKind.Business, string.Create(CultureInfo.InvariantCulture, $"+1 212 {5_550_000 + phone}")));
            leads.Add(lead);
        }

        return leads;
    }

    private static async Task FillAsync(EfLeadKitStore store, int count)
    {
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("duplicates")).Id;
        for (var done = 0; done < count; done += 20_000)
        {
            await using var unit = await store.BeginAsync(workspace);
            await unit.Leads.AddAsync(Create(done, Math.Min(count, done + 20_000)));
            await unit.CommitAsync();
        }
    }

    private static async Task<WorkspaceId> WorkspaceAsync(EfLeadKitStore store)
    {
        await foreach (var workspace in store.ListWorkspacesAsync())
        {
            return workspace.Id;
        }

        throw new InvalidOperationException("The benchmark database has no workspace.");
    }

    private static async Task<string> SqliteAsync(int count)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "leadkit-bench")).FullName;
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"duplicates-{count}-v2.db"));
        var marker = path + ".done";
        if (!File.Exists(marker))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, Path.GetFileName(path) + "*"))
            {
                File.Delete(stale);
            }

            await using (var store = EfLeadKitStore.UseSqlite(path, SampleLeads.Clock))
            {
                await FillAsync(store, count);
            }

            await using (var connection = new SqliteConnection("Data Source=" + path))
            {
                await connection.OpenAsync();
                await using var analyze = new SqliteCommand("ANALYZE", connection);
                await analyze.ExecuteNonQueryAsync();
            }

            SqliteConnection.ClearAllPools();
            await File.WriteAllTextAsync(marker, "done");
        }

        return path;
    }

    private static async Task<string> PostgresAsync(int count)
    {
        var server = BulkEditPostgresBenchmarks.Server ?? throw new InvalidOperationException("Set LEADKIT_BENCH_POSTGRES to a PostgreSQL connection string.");
        var database = string.Create(CultureInfo.InvariantCulture, $"leadkit_bench_duplicates_{count}_v2");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 0 }.ToString();
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync() is not null && await CountAsync(connectionString) == count)
            {
                return connectionString;
            }

            NpgsqlConnection.ClearAllPools();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        await using (var store = EfLeadKitStore.UsePostgres(connectionString, SampleLeads.Clock))
        {
            await FillAsync(store, count);
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        return connectionString;
    }

    private static async Task<long> CountAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM leads", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException)
        {
            return -1;
        }
    }
}
