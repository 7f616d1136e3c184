using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using LeadKit.Csv;
using LeadKit.EntityFrameworkCore;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Serialization;
using LeadKit.Storage;
using Microsoft.Data.Sqlite;
using NodaTime.Text;

namespace LeadKit.Benchmarks;

/// <summary>
/// Importing the Outlook CSV (<see cref="ImportFiles.Outlook"/>) into a new SQLite database end to
/// end. The baseline is a hand-written importer: CsvHelper reads the 20 columns into a plain class,
/// each row becomes a lead (<see cref="ImportFiles.ReadContact"/>, the domain's validation) and is
/// written with prepared <c>INSERT</c>s, in one transaction, into the schema LeadKit's migrations
/// created: the lead row (its folded search keys, the columns this data fills, the JSON document)
/// and one row per e-mail address, phone number and postal address. LeadKit's
/// <see cref="LeadImport"/> does that through <see cref="CsvImportSource"/> and the EF Core store,
/// plus, by default, duplicate matching against the store and the file, a history entry per lead
/// and the undo record of the operation; the lean variant leaves out matching and history.
/// Every iteration starts from a new database file (created, untimed, in the iteration setup).
/// </summary>
[MemoryDiagnoser]
public class ImportSqliteBenchmarks
{
    private static readonly JsonSerializerOptions LeadJson = new JsonSerializerOptions().ConfigureForLeadKit();
    private string _file = string.Empty;
    private string _database = string.Empty;
    private EfLeadKitStore? _store;
    private OperationContext _context = null!;

    /// <summary>Gets or sets the number of rows.</summary>
    [ParamsSource(nameof(Rows))]
    public int Size { get; set; }

    /// <summary>Gets the sizes (see <see cref="ImportFiles.Sizes"/>).</summary>
    public static IEnumerable<int> Rows => ImportFiles.Sizes;

    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("leadkit-bench-import-").FullName;
        _file = ImportFiles.Outlook(Size);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup]
    public void NewDatabase()
    {
        _database = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        _store = EfLeadKitStore.UseSqlite(_database, SampleLeads.Clock);
        _store.InitializeAsync().GetAwaiter().GetResult();
        var workspace = _store.CreateWorkspaceAsync("bench").GetAwaiter().GetResult();
        _context = new OperationContext(_store, workspace.Id, SampleLeads.Clock);
    }

    [IterationCleanup]
    public void CloseDatabase()
    {
        _store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _store = null;
        SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    [Benchmark(Baseline = true, Description = "CsvHelper → lead → prepared INSERTs, LeadKit's schema")]
    public long RawImport() => RawImportSameSchema(_file, _database, _context.Workspace);

    [Benchmark(Description = "LeadImport.ImportAsync, default options")]
    public async Task<long> LeadKitImport()
    {
        var result = await new LeadImport(_context).ImportAsync(new CsvImportSource(File.OpenRead(_file)));
        return Checked(result);
    }

    [Benchmark(Description = "LeadImport.ImportAsync, duplicates imported, no history")]
    public async Task<long> LeadKitImportLean()
    {
        var result = await new LeadImport(_context).ImportAsync(new CsvImportSource(File.OpenRead(_file)), ImportOptions.Default with { Duplicates = DuplicatePolicy.Import, RecordHistory = false });
        return Checked(result);
    }

    private long Checked(ImportResult result) =>
        result.Imported == Size && result.IsCommitted ? result.Imported : throw new InvalidOperationException("The import did not write every row: " + result);

    /// <summary>The hand-written importer: every row to a lead, written with prepared statements in one transaction.</summary>
    private static long RawImportSameSchema(string file, string database, WorkspaceId workspace)
    {
        using var connection = Open(database);
        using var transaction = connection.BeginTransaction();
        using var insert = Command(
            connection,
            "INSERT INTO leads (id, workspace_id, version, name_key, first_key, middle_key, last_key, file_as_key, title_key, company_key, web_page_key, score_type_key, comments_key, created_at, modified_at, converted, department_key, preferred_contact_key, birthday, document) "
            + "VALUES ($id, $ws, 1, $name, $first, $middle, $last, $fileAs, $title, $company, $web, 'AUTOMATIC', $comments, $created, $modified, 0, $department, 'ANY', $birthday, $doc)",
            "$id", "$ws", "$name", "$first", "$middle", "$last", "$fileAs", "$title", "$company", "$web", "$comments", "$created", "$modified", "$department", "$birthday", "$doc");
        using var email = Command(connection, "INSERT INTO record_emails (record_kind, record_id, position, address_key) VALUES (0, $id, $pos, $key)", "$id", "$pos", "$key");
        using var phone = Command(connection, "INSERT INTO record_phones (record_kind, record_id, position, digits) VALUES (0, $id, $pos, $digits)", "$id", "$pos", "$digits");
        using var address = Command(
            connection,
            "INSERT INTO record_addresses (record_kind, record_id, position, city_key, state_key, postal_code_key, country_key) VALUES (0, $id, $pos, $city, $state, $postal, $country)",
            "$id", "$pos", "$city", "$state", "$postal", "$country");
        var ws = workspace.Value.ToString("D").ToUpperInvariant();
        long count = 0;
        using var reader = CsvReader.Create(File.OpenRead(file), CsvReaderOptions.Default with { Separator = ',' }, leaveOpen: false);
        foreach (var contact in reader.GetRecords<OutlookContact>())
        {
            var lead = ImportFiles.ReadContact(contact);
            StoreRecords.MarkSaved(lead, lead.CreatedAt, null, 1);
            var id = lead.Id.Value.ToString("D").ToUpperInvariant();
            Set(insert, "$id", id);
            Set(insert, "$ws", ws);
            Set(insert, "$name", lead.Name.FullName.ToUpperInvariant());
            Set(insert, "$first", lead.Name.First?.ToUpperInvariant());
            Set(insert, "$middle", lead.Name.Middle?.ToUpperInvariant());
            Set(insert, "$last", lead.Name.Last?.ToUpperInvariant());
            Set(insert, "$fileAs", lead.FileAs.ToUpperInvariant());
            Set(insert, "$title", lead.JobTitle?.ToUpperInvariant());
            Set(insert, "$company", lead.CompanyName?.ToUpperInvariant());
            Set(insert, "$web", lead.WebPage?.OriginalString.ToUpperInvariant());
            Set(insert, "$comments", lead.Comments?.ToUpperInvariant());
            Set(insert, "$created", InstantPattern.ExtendedIso.Format(lead.CreatedAt));
            Set(insert, "$modified", InstantPattern.ExtendedIso.Format(lead.ModifiedAt));
            Set(insert, "$department", lead.Department?.ToUpperInvariant());
            Set(insert, "$birthday", lead.Birthday is { } birthday ? LocalDatePattern.Iso.Format(birthday) : null);
            Set(insert, "$doc", JsonSerializer.Serialize(lead, LeadJson));
            insert.ExecuteNonQuery();
            for (var i = 0; i < lead.Emails.Count; i++)
            {
                Set(email, "$id", id);
                Set(email, "$pos", i);
                Set(email, "$key", lead.Emails[i].Address.Value.ToUpperInvariant());
                email.ExecuteNonQuery();
            }

            for (var i = 0; i < lead.Phones.Count; i++)
            {
                Set(phone, "$id", id);
                Set(phone, "$pos", i);
                Set(phone, "$digits", lead.Phones[i].Digits);
                phone.ExecuteNonQuery();
            }

            for (var i = 0; i < lead.Addresses.Count; i++)
            {
                var a = lead.Addresses[i];
                Set(address, "$id", id);
                Set(address, "$pos", i);
                Set(address, "$city", a.City?.ToUpperInvariant());
                Set(address, "$state", a.State?.ToUpperInvariant());
                Set(address, "$postal", a.PostalCode?.ToUpperInvariant());
                Set(address, "$country", a.Country?.ToUpperInvariant());
                address.ExecuteNonQuery();
            }

            count++;
        }

        transaction.Commit();
        return count;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;
}
