using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using LeadKit.EntityFrameworkCore;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Serialization;
using LeadKit.Storage;
using Microsoft.Data.Sqlite;

namespace LeadKit.Benchmarks;

/// <summary>
/// What the SQLite benchmarks share: the raw baseline's table, and the LeadKit JSON options. The
/// baseline does the same work as the store — every lead serialised to the LeadKit JSON format
/// and stored with its name, company and version — with one prepared statement in one transaction.
/// </summary>
public abstract class SqliteBenchmarkBase
{
    protected static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ConfigureForLeadKit();

    [Params(100_000)]
    public int Count { get; set; }

    protected string Directory { get; private set; } = string.Empty;

    protected void CreateDirectory() => Directory = System.IO.Directory.CreateTempSubdirectory("leadkit-bench-").FullName;

    protected void DeleteDirectory()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    protected string NewPath(string suffix) => Path.Combine(Directory, Guid.NewGuid().ToString("N") + suffix);

    protected static void RawInsert(string path, IReadOnlyList<Lead> leads)
    {
        using var connection = Open(path);
        Execute(connection, "CREATE TABLE leads (id TEXT PRIMARY KEY, full_name TEXT NOT NULL, company TEXT, version INTEGER NOT NULL, document TEXT NOT NULL); CREATE INDEX ix_leads_name ON leads(full_name, id);");
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO leads (id, full_name, company, version, document) VALUES ($id, $name, $company, 1, $doc)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var company = insert.Parameters.Add("$company", SqliteType.Text);
        var doc = insert.Parameters.Add("$doc", SqliteType.Text);
        insert.Prepare();
        foreach (var lead in leads)
        {
            id.Value = lead.Id.ToString();
            name.Value = lead.Name.FullName;
            company.Value = (object?)lead.CompanyName ?? DBNull.Value;
            doc.Value = JsonSerializer.Serialize(lead, Json);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    protected static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        return connection;
    }

    protected static async Task<WorkspaceId> StoreInsertAsync(string path, IReadOnlyCollection<Lead> leads)
    {
        await using var store = EfLeadKitStore.UseSqlite(path, SampleLeads.Clock);
        await store.InitializeAsync();
        var workspace = await store.CreateWorkspaceAsync("bench");
        await using var unit = await store.BeginAsync(workspace.Id);
        await unit.Leads.AddAsync(leads);
        await unit.CommitAsync();
        return workspace.Id;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>Inserting 100 000 leads: the EF Core store's bulk path against the raw baseline.</summary>
[MemoryDiagnoser]
public class SqliteInsertBenchmarks : SqliteBenchmarkBase
{
    private List<Lead> _leads = [];

    [GlobalSetup]
    public void Setup() => CreateDirectory();

    [GlobalCleanup]
    public void Cleanup() => DeleteDirectory();

    /// <summary>Fresh leads (version 0) each iteration: the store stamps the ones it saved.</summary>
    [IterationSetup]
    public void NewLeads() => _leads = SampleLeads.Create(Count);

    [Benchmark(Baseline = true, Description = "raw SQLite insert")]
    public int RawInsert()
    {
        RawInsert(NewPath("-raw.db"), _leads);
        return _leads.Count;
    }

    [Benchmark(Description = "LeadKit store AddAsync")]
    public async Task<int> StoreInsert()
    {
        await StoreInsertAsync(NewPath(".db"), _leads);
        return _leads.Count;
    }
}

/// <summary>Reading 100 000 leads by name in keyset pages of 1 000: the EF Core store against the raw baseline.</summary>
[MemoryDiagnoser]
public class SqlitePagingBenchmarks : SqliteBenchmarkBase
{
    private string _rawPath = string.Empty;
    private string _storePath = string.Empty;
    private WorkspaceId _workspace;

    [GlobalSetup]
    public async Task Setup()
    {
        CreateDirectory();
        _rawPath = NewPath("-raw.db");
        _storePath = NewPath(".db");
        RawInsert(_rawPath, SampleLeads.Create(Count));
        _workspace = await StoreInsertAsync(_storePath, SampleLeads.Create(Count));
    }

    [GlobalCleanup]
    public void Cleanup() => DeleteDirectory();

    [Benchmark(Baseline = true, Description = "raw SQLite keyset pages")]
    public long RawPages()
    {
        using var connection = Open(_rawPath);
        using var page = connection.CreateCommand();
        page.CommandText = "SELECT id, full_name, document FROM leads WHERE $name IS NULL OR full_name > $name OR (full_name = $name AND id > $id) ORDER BY full_name, id LIMIT 1000";
        var name = page.Parameters.Add("$name", SqliteType.Text);
        var id = page.Parameters.Add("$id", SqliteType.Text);
        name.Value = DBNull.Value;
        id.Value = DBNull.Value;
        long read = 0;
        while (true)
        {
            var rows = 0;
            using (var reader = page.ExecuteReader())
            {
                while (reader.Read())
                {
                    id.Value = reader.GetString(0);
                    name.Value = reader.GetString(1);
                    read += JsonSerializer.Deserialize<Lead>(reader.GetString(2), Json)!.Version;
                    rows++;
                }
            }

            if (rows < 1000)
            {
                return read;
            }
        }
    }

    [Benchmark(Description = "LeadKit store PageAsync")]
    public async Task<long> StorePages()
    {
        await using var store = EfLeadKitStore.UseSqlite(_storePath, SampleLeads.Clock);
        await using var unit = await store.BeginAsync(_workspace);
        var query = new RecordQuery(sort: SortSpec.By(RecordField.FullName.Ascending()));
        long read = 0;
        PageCursor? cursor = null;
        do
        {
            var page = await unit.Leads.PageAsync(query, 1000, cursor);
            read += page.Items.Sum(l => l.Version);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return read;
    }
}
