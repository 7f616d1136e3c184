using System.Globalization;
using System.Text.Json;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>
/// <see cref="LeadKitStoreOptions.MaxDegreeOfParallelism"/>: a batch's documents are read, written and
/// compared on several threads, and the store must be exactly what one thread makes of the same calls,
/// in the same order, with the same typed errors.
/// </summary>
public sealed class StoreParallelismTests : IDisposable
{
    private const int Count = 150;

    private readonly SqliteDatabase _sequential = new();
    private readonly SqliteDatabase _parallel = new();

    public void Dispose()
    {
        _sequential.Dispose();
        _parallel.Dispose();
    }

    [Fact]
    public void MaxDegreeOfParallelism_DefaultsToTheProcessorCount()
    {
        var options = LeadKitStoreOptions.ForSqlite(_sequential.Path, SystemClock.Instance);

        Assert.Equal(Environment.ProcessorCount, options.MaxDegreeOfParallelism);
        Assert.Equal(3, (options with { MaxDegreeOfParallelism = 3 }).MaxDegreeOfParallelism);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void MaxDegreeOfParallelism_BelowOne_IsRefused(int degree)
    {
        var options = LeadKitStoreOptions.ForSqlite(_sequential.Path, SystemClock.Instance);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => options with { MaxDegreeOfParallelism = degree });
        Assert.Equal("value", e.ParamName);
    }

    [Fact]
    public async Task AddQueryAndUpdateChanged_OnFourThreads_StoreAndReadExactlyWhatOneThreadDoes()
    {
        var sequential = await RunAsync(_sequential.Path, 1);
        var parallel = await RunAsync(_parallel.Path, 4);

        Assert.Equal(sequential.Read, parallel.Read);
        Assert.Equal(sequential.Rows, parallel.Rows);
        Assert.Equal(Count, parallel.Read.Count);
        Assert.True(parallel.Rows.Count > Count, "the child rows are compared too");
    }

    [Fact]
    public async Task Query_CorruptDocumentInAChunkReadOnFourThreads_FailsWithTheReadersOwnException()
    {
        await using var store = Open(_parallel.Path, 4);
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Corrupt")).Id;
        var leads = NewLeads(new FakeClock(Instant.FromUtc(2026, 12, 1, 9, 0)));
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.AddAsync(leads);
            await unit.CommitAsync();
        }

        await using (var connection = new SqliteConnection("Data Source=" + _parallel.Path))
        {
            await connection.OpenAsync();
            await using var corrupt = connection.CreateCommand();
            corrupt.CommandText = "UPDATE leads SET document = '{\"schemaVersion\":1,\"id\":' WHERE id = $id";
            corrupt.Parameters.AddWithValue("$id", leads[Count / 2].Id.Value.ToString("D").ToUpperInvariant());
            Assert.Equal(1, await corrupt.ExecuteNonQueryAsync());
        }

        await using var reader = await store.BeginAsync(workspace);
        await Assert.ThrowsAnyAsync<JsonException>(async () =>
        {
            await foreach (var _ in reader.Leads.QueryAsync(new RecordQuery(null, SortSpec.ById)))
            {
            }
        });
    }

    private static EfLeadKitStore Open(string path, int degree) =>
        EfLeadKitStore.Create(LeadKitStoreOptions.ForSqlite(path, new FakeClock(Instant.FromUtc(2026, 12, 2, 9, 0), Duration.FromMilliseconds(1))) with { MaxDegreeOfParallelism = degree });

    /// <summary>Leads of a few shapes, some with e-mail addresses and phones (the child rows), made the same way each time.</summary>
    private static List<Lead> NewLeads(IClock clock)
    {
        var leads = new List<Lead>(Count);
        for (var i = 0; i < Count; i++)
        {
            var lead = Lead.Restore(new LeadId(new Guid(i + 1, 0, 0, new byte[8])), PersonName.Parse(string.Create(CultureInfo.InvariantCulture, $"Person{i} Family{i % 7}")), clock.GetCurrentInstant());
            if (i % 3 != 0)
            {
                lead.AddEmail(EmailEntry.Business(string.Create(CultureInfo.InvariantCulture, $"person{i}@example.com")));
            }

            if (i % 4 == 1)
            {
                lead.AddPhone(new PhoneNumber(PhoneKind.Business, string.Create(CultureInfo.InvariantCulture, $"+1 555 010 {i:0000}")));
            }

            lead.SetJobTitle(i % 5 == 0 ? null : "Title " + (i % 5));
            leads.Add(lead);
        }

        return leads;
    }

    /// <summary>Adds the leads, reads them all, changes them (a column and a document member on some, a child row on others), and returns what was read and what is stored.</summary>
    private static async Task<(List<string> Read, List<string> Rows)> RunAsync(string path, int degree)
    {
        await using var store = Open(path, degree);
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Parallel")).Id;
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.AddAsync(NewLeads(store.Clock));
            await unit.CommitAsync();
        }

        var read = new List<string>();
        await using (var unit = await store.BeginAsync(workspace))
        {
            var updates = new List<RecordUpdate<Lead>>();
            await foreach (var lead in unit.Leads.QueryAsync(new RecordQuery(null, SortSpec.ById)))
            {
                read.Add(JsonSerializer.Serialize(lead, LeadKit.Serialization.LeadKitJsonOptions.Default));
                var changed = lead.Copy();
                if (read.Count % 2 == 0)
                {
                    changed.SetJobTitle("Buyer");
                }
                else
                {
                    changed.AddEmail(EmailEntry.Business(string.Create(CultureInfo.InvariantCulture, $"home{read.Count}@example.org")));
                }

                updates.Add(new RecordUpdate<Lead>(lead, changed));
            }

            await unit.Leads.UpdateChangedAsync(updates);
            await unit.CommitAsync();
        }

        var rows = new List<string>();
        await using var connection = new SqliteConnection("Data Source=" + path);
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT * FROM (SELECT id || ' ' || version || ' ' || coalesce(title_key, '') || ' ' || document FROM leads ORDER BY id)
            UNION ALL
            SELECT * FROM (SELECT hex(record_id) || ' ' || position || ' ' || address_key FROM record_emails ORDER BY 1)
            """;
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return (read, rows);
    }
}
