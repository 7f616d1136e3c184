using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using LeadKit.BulkEdit;
using LeadKit.EntityFrameworkCore;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using Microsoft.Data.Sqlite;
using NodaTime.Text;

namespace LeadKit.Benchmarks;

/// <summary>
/// Bulk-editing the 100 000 leads of a SQLite workspace: set the job title of all of them, each run
/// to another value so that every lead changes. The database is made by the store
/// (<see cref="ILeadKitStore.InitializeAsync"/>) and filled with its <c>AddAsync</c> once, as a
/// template; every iteration of every method edits its own copy of it (<see cref="Fresh"/>): the same
/// schema and the same state. The baseline is one raw set-based <c>UPDATE leads SET … WHERE
/// workspace_id = …</c> that keeps the JSON document in step with <c>json_set</c>; a second raw
/// reference does what an optimistic per-record update must do by hand — read each document,
/// change it, and write it back with a prepared, version-checked <c>UPDATE</c>.
/// </summary>
[MemoryDiagnoser]
public class BulkEditSqliteBenchmarks : SqliteBenchmarkBase
{
    private static readonly string[] Titles = ["Buyer A", "Buyer B"];

    /// <summary>The store's own text form of instants (nanoseconds, UTC).</summary>
    private static readonly InstantPattern StoredInstant = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

    private string _template = string.Empty;
    private string _path = string.Empty;
    private string _workspaceText = string.Empty;
    private WorkspaceId _workspace;
    private EfLeadKitStore? _store;
    private OperationContext _context = null!;
    private int _round;

    /// <summary>
    /// Gets or sets the store's SQLite page cache, in KiB (<see cref="LeadKitStoreOptions.SqliteCacheSizeKiB"/>);
    /// <see langword="null"/> for the store's default. Set by the interleaved runner (<see cref="Interleaved"/>), not a parameter of the BenchmarkDotNet runs.
    /// </summary>
    public int? SqliteCacheSizeKiB { get; set; }

    /// <summary>Makes the template: the store's schema and <see cref="SqliteBenchmarkBase.Count"/> leads, with no history and no recorded operation.</summary>
    [GlobalSetup]
    public async Task Setup()
    {
        CreateDirectory();
        _template = NewPath(".db");
        _workspace = await StoreInsertAsync(_template, SampleLeads.Create(Count));
        _workspaceText = _workspace.Value.ToString("D").ToUpperInvariant();
    }

    /// <summary>
    /// Gives each iteration its own copy of the template and a store on it, so that every edit starts
    /// from the same database: without it, each iteration's history items and undo entries stayed for
    /// the next, and the edits slowed as the file grew.
    /// </summary>
    [IterationSetup]
    public void Fresh()
    {
        CloseStore();
        _path = NewPath(".db");
        DatabaseCopies.Copy(_template, _path);
        var options = LeadKitStoreOptions.ForSqlite(_path, SampleLeads.Clock);
        _store = EfLeadKitStore.Create(SqliteCacheSizeKiB is { } cache ? options with { SqliteCacheSizeKiB = cache } : options);
        _store.InitializeAsync().GetAwaiter().GetResult();
        _context = new OperationContext(_store, _workspace, SampleLeads.Clock);
    }

    /// <summary>Closes the iteration's store and deletes its copy.</summary>
    [IterationCleanup]
    public void Discard()
    {
        CloseStore();
        DatabaseCopies.Delete(_path);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        CloseStore();
        DeleteDirectory();
    }

    private void CloseStore()
    {
        _store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _store = null;
    }

    /// <summary>The reference: one set-based statement, the search key and the JSON document updated together.</summary>
    [Benchmark(Baseline = true, Description = "raw SQLite: one UPDATE … WHERE workspace_id (json_set)")]
    public int RawSetBased()
    {
        var title = NextTitle();
        using var connection = Open(_path);
        using var transaction = connection.BeginTransaction();
        using var update = connection.CreateCommand();
        update.CommandText = """
            UPDATE leads
            SET title_key = $key,
                version = version + 1,
                modified_at = $now,
                document = json_set(document, '$.jobTitle', $title, '$.version', version + 1, '$.modifiedAt', $nowIso)
            WHERE workspace_id = $ws AND converted = 0
            """;
        update.Parameters.AddWithValue("$key", title.ToUpperInvariant());
        update.Parameters.AddWithValue("$title", title);
        update.Parameters.AddWithValue("$now", StoredInstant.Format(SampleLeads.Clock.GetCurrentInstant()));
        update.Parameters.AddWithValue("$nowIso", InstantPattern.ExtendedIso.Format(SampleLeads.Clock.GetCurrentInstant()));
        update.Parameters.AddWithValue("$ws", _workspaceText);
        var changed = update.ExecuteNonQuery();
        transaction.Commit();
        return Checked(changed);
    }

    /// <summary>Read every document, change the lead, write it back row by row with a version check.</summary>
    [Benchmark(Description = "raw SQLite: read documents, prepared UPDATE … WHERE id AND version per row")]
    public int RawPerRow()
    {
        var title = NextTitle();
        using var connection = Open(_path);
        using var transaction = connection.BeginTransaction();
        var rows = new List<(string Id, long Version, string Document)>(Count);
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT id, version, document FROM leads WHERE workspace_id = $ws ORDER BY id";
            select.Parameters.AddWithValue("$ws", _workspaceText);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE leads SET title_key = $key, version = $next, modified_at = $now, document = $doc WHERE id = $id AND workspace_id = $ws AND version = $version";
        var key = update.Parameters.Add("$key", SqliteType.Text);
        var next = update.Parameters.Add("$next", SqliteType.Integer);
        var now = update.Parameters.Add("$now", SqliteType.Text);
        var doc = update.Parameters.Add("$doc", SqliteType.Text);
        var id = update.Parameters.Add("$id", SqliteType.Text);
        var version = update.Parameters.Add("$version", SqliteType.Integer);
        update.Parameters.AddWithValue("$ws", _workspaceText);
        update.Prepare();
        var instant = SampleLeads.Clock.GetCurrentInstant();
        now.Value = StoredInstant.Format(instant);
        var changed = 0;
        foreach (var row in rows)
        {
            var lead = JsonSerializer.Deserialize<Lead>(row.Document, Json)!;
            lead.SetJobTitle(title);
            StoreRecords.MarkSaved(lead, instant, lead.ModifiedBy, row.Version + 1);
            key.Value = title.ToUpperInvariant();
            next.Value = row.Version + 1;
            doc.Value = JsonSerializer.Serialize(lead, Json);
            id.Value = row.Id;
            version.Value = row.Version;
            changed += update.ExecuteNonQuery();
        }

        transaction.Commit();
        return Checked(changed);
    }

    /// <summary>
    /// The one-statement update, then what a history entry per lead costs SQLite itself: one prepared
    /// <c>INSERT</c> per lead into <c>history_items</c> (its two indexes included), with a document of the
    /// size and shape of the bulk edit's own entries, in the same transaction.
    /// </summary>
    [Benchmark(Description = "raw SQLite: one UPDATE, then a prepared history INSERT per lead")]
    public int RawSetBasedWithHistory()
    {
        var title = NextTitle();
        using var connection = Open(_path);
        using var transaction = connection.BeginTransaction();
        var ids = new List<byte[]>(Count);
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT id FROM leads WHERE workspace_id = $ws AND converted = 0 ORDER BY id";
            select.Parameters.AddWithValue("$ws", _workspaceText);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(Guid.Parse(reader.GetString(0)).ToByteArray(bigEndian: true));
            }
        }

        using (var update = connection.CreateCommand())
        {
            update.CommandText = """
                UPDATE leads
                SET title_key = $key, version = version + 1, modified_at = $now,
                    document = json_set(document, '$.jobTitle', $title, '$.version', version + 1, '$.modifiedAt', $nowIso)
                WHERE workspace_id = $ws AND converted = 0
                """;
            update.Parameters.AddWithValue("$key", title.ToUpperInvariant());
            update.Parameters.AddWithValue("$title", title);
            update.Parameters.AddWithValue("$now", StoredInstant.Format(SampleLeads.Clock.GetCurrentInstant()));
            update.Parameters.AddWithValue("$nowIso", InstantPattern.ExtendedIso.Format(SampleLeads.Clock.GetCurrentInstant()));
            update.Parameters.AddWithValue("$ws", _workspaceText);
            Checked(update.ExecuteNonQuery());
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO history_items (id, workspace_id, record_kind, record_id, item_type, occurred_at, created_at, document)
            VALUES ($id, $ws, 0, $record, 'ActivityEntry', $now, $now, $doc)
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Blob);
        var record = insert.Parameters.Add("$record", SqliteType.Blob);
        var doc = insert.Parameters.Add("$doc", SqliteType.Text);
        insert.Parameters.AddWithValue("$ws", _workspaceText);
        insert.Parameters.AddWithValue("$now", StoredInstant.Format(SampleLeads.Clock.GetCurrentInstant()));
        insert.Prepare();
        var createdAt = InstantPattern.ExtendedIso.Format(SampleLeads.Clock.GetCurrentInstant());
        var written = 0;
        foreach (var lead in ids)
        {
            var itemId = Guid.CreateVersion7();
            id.Value = itemId.ToByteArray(bigEndian: true);
            record.Value = lead;
            var recordId = new Guid(lead, bigEndian: true);
            doc.Value = $$"""{"schemaVersion":1,"kind":"activity","id":"{{itemId:D}}","record":{"kind":"lead","id":"{{recordId:D}}"},"subject":"Bulk edit: set title = \"{{title}}\"","createdAt":"{{createdAt}}","activity":"edited","changes":[{"field":"title","old":"Buyer","new":"{{title}}"}]}""";
            written += insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return Checked(written);
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
