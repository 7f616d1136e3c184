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
/// Inserting 100 000 leads and paging through them on SQLite: LeadKit's EF Core store against a
/// raw Microsoft.Data.Sqlite baseline doing the same work (serialise each lead to the LeadKit JSON
/// format, insert it with its name and company in one transaction; read pages of 1 000 by name
/// with a keyset condition and deserialise them).
/// </summary>
[MemoryDiagnoser]
public class SqliteBenchmarks
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ConfigureForLeadKit();
    private List<Lead> _leads = [];
    private string _directory = string.Empty;
    private string _storePath = string.Empty;
    private string _rawPath = string.Empty;

    [Params(100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("leadkit-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [IterationSetup]
    public void NewFiles()
    {
        SqliteConnection.ClearAllPools();
        _storePath = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".db");
        _rawPath = Path.Combine(_directory, Guid.NewGuid().ToString("N") + "-raw.db");
        // Fresh leads (version 0) each iteration: the store stamps the ones it saved.
        _leads = SampleLeads.Create(Count);
    }

    [Benchmark(Baseline = true, Description = "raw SQLite: insert + page")]
    public long RawInsertAndPage()
    {
        using var connection = new SqliteConnection($"Data Source={_rawPath};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(connection, "CREATE TABLE leads (id TEXT PRIMARY KEY, full_name TEXT NOT NULL, company TEXT, version INTEGER NOT NULL, document TEXT NOT NULL); CREATE INDEX ix_leads_name ON leads(full_name, id);");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO leads (id, full_name, company, version, document) VALUES ($id, $name, $company, 1, $doc)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var name = insert.Parameters.Add("$name", SqliteType.Text);
            var company = insert.Parameters.Add("$company", SqliteType.Text);
            var doc = insert.Parameters.Add("$doc", SqliteType.Text);
            insert.Prepare();
            foreach (var lead in _leads)
            {
                id.Value = lead.Id.ToString();
                name.Value = lead.Name.FullName;
                company.Value = (object?)lead.CompanyName ?? DBNull.Value;
                doc.Value = JsonSerializer.Serialize(lead, Json);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        long read = 0;
        string? lastName = null;
        string? lastId = null;
        using var page = connection.CreateCommand();
        page.CommandText = "SELECT id, full_name, document FROM leads WHERE $name IS NULL OR full_name > $name OR (full_name = $name AND id > $id) ORDER BY full_name, id LIMIT 1000";
        var pName = page.Parameters.Add("$name", SqliteType.Text);
        var pId = page.Parameters.Add("$id", SqliteType.Text);
        while (true)
        {
            pName.Value = (object?)lastName ?? DBNull.Value;
            pId.Value = (object?)lastId ?? DBNull.Value;
            var rows = 0;
            using (var reader = page.ExecuteReader())
            {
                while (reader.Read())
                {
                    lastId = reader.GetString(0);
                    lastName = reader.GetString(1);
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

    [Benchmark(Description = "LeadKit EF Core store: insert + page")]
    public async Task<long> StoreInsertAndPage()
    {
        await using var store = EfLeadKitStore.UseSqlite(_storePath, SampleLeads.Clock);
        await store.InitializeAsync();
        var workspace = await store.CreateWorkspaceAsync("bench");
        await using (var unit = await store.BeginAsync(workspace.Id))
        {
            await unit.Leads.AddAsync(_leads);
            await unit.CommitAsync();
        }

        long read = 0;
        await using var reader = await store.BeginAsync(workspace.Id);
        var query = new RecordQuery(sort: SortSpec.By(RecordField.FullName.Ascending()));
        PageCursor? cursor = null;
        do
        {
            var page = await reader.Leads.PageAsync(query, 1000, cursor);
            read += page.Items.Sum(l => l.Version);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return read;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
