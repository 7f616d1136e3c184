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

    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Gets the sizes: 100 000 leads (a small size in CI's smoke run).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Sqlite;

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

    /// <summary>
    /// The fair baseline: the rows LeadKit writes, written by hand with prepared statements into
    /// LeadKit's own schema (same tables, columns and indexes): the lead row with its folded
    /// search keys and JSON document, and one row per e-mail address and phone number.
    /// </summary>
    protected static async Task RawInsertSameSchemaAsync(string path, IReadOnlyList<Lead> leads)
    {
        WorkspaceId workspace;
        await using (var store = EfLeadKitStore.UseSqlite(path, SampleLeads.Clock))
        {
            await store.InitializeAsync();
            workspace = (await store.CreateWorkspaceAsync("bench")).Id;
        }

        using var connection = Open(path);
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO leads (id, workspace_id, version, name_key, first_key, last_key, file_as_key, title_key, company_key, source_key, score_type_key, created_at, modified_at, converted, document) VALUES ($id, $ws, 1, $name, $first, $last, $fileAs, $title, $company, $source, 'AUTOMATIC', $created, $modified, 0, $doc)";
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$id", "$ws", "$name", "$first", "$last", "$fileAs", "$title", "$company", "$source", "$created", "$modified", "$doc" })
        {
            p[name] = insert.Parameters.Add(name, SqliteType.Text);
        }

        insert.Prepare();
        using var email = connection.CreateCommand();
        email.CommandText = "INSERT INTO record_emails (record_kind, record_id, position, address_key) VALUES (0, $id, $pos, $key)";
        var emailId = email.Parameters.Add("$id", SqliteType.Text);
        var emailPos = email.Parameters.Add("$pos", SqliteType.Integer);
        var emailKey = email.Parameters.Add("$key", SqliteType.Text);
        email.Prepare();
        using var phone = connection.CreateCommand();
        phone.CommandText = "INSERT INTO record_phones (record_kind, record_id, position, digits) VALUES (0, $id, $pos, $digits)";
        var phoneId = phone.Parameters.Add("$id", SqliteType.Text);
        var phonePos = phone.Parameters.Add("$pos", SqliteType.Integer);
        var phoneDigits = phone.Parameters.Add("$digits", SqliteType.Text);
        phone.Prepare();
        var ws = workspace.Value.ToString("D").ToUpperInvariant();
        foreach (var lead in leads)
        {
            var id = lead.Id.Value.ToString("D").ToUpperInvariant();
            p["$id"].Value = id;
            p["$ws"].Value = ws;
            p["$name"].Value = lead.Name.FullName.ToUpperInvariant();
            p["$first"].Value = (object?)lead.Name.First?.ToUpperInvariant() ?? DBNull.Value;
            p["$last"].Value = (object?)lead.Name.Last?.ToUpperInvariant() ?? DBNull.Value;
            p["$fileAs"].Value = lead.FileAs.ToUpperInvariant();
            p["$title"].Value = (object?)lead.JobTitle?.ToUpperInvariant() ?? DBNull.Value;
            p["$company"].Value = (object?)lead.CompanyName?.ToUpperInvariant() ?? DBNull.Value;
            p["$source"].Value = (object?)lead.Source?.Name.ToUpperInvariant() ?? DBNull.Value;
            p["$created"].Value = NodaTime.Text.InstantPattern.ExtendedIso.Format(lead.CreatedAt);
            p["$modified"].Value = NodaTime.Text.InstantPattern.ExtendedIso.Format(lead.ModifiedAt);
            p["$doc"].Value = JsonSerializer.Serialize(lead, Json);
            insert.ExecuteNonQuery();
            for (var i = 0; i < lead.Emails.Count; i++)
            {
                emailId.Value = id;
                emailPos.Value = i;
                emailKey.Value = lead.Emails[i].Address.Value.ToUpperInvariant();
                email.ExecuteNonQuery();
            }

            for (var i = 0; i < lead.Phones.Count; i++)
            {
                phoneId.Value = id;
                phonePos.Value = i;
                phoneDigits.Value = lead.Phones[i].Digits;
                phone.ExecuteNonQuery();
            }
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

/// <summary>
/// Inserting 100 000 leads: the EF Core store's bulk path against raw Microsoft.Data.Sqlite
/// writing the same rows into the same schema (the baseline), and against a minimal one-table
/// layout (to show what LeadKit's search columns and indexes cost).
/// </summary>
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

    [Benchmark(Baseline = true, Description = "raw SQLite insert, LeadKit's schema")]
    public async Task<int> RawInsertSameSchema()
    {
        await RawInsertSameSchemaAsync(NewPath("-raw.db"), _leads);
        return _leads.Count;
    }

    [Benchmark(Description = "raw SQLite insert, one table, one index")]
    public int RawInsertMinimal()
    {
        RawInsert(NewPath("-min.db"), _leads);
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
