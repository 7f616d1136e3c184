using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The EF Core store's own promises on SQLite, plus SQLite's file settings.</summary>
public sealed class SqliteStoreTests : EfStoreTests, IDisposable
{
    private readonly SqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task InitializeAsync_PutsTheFileInWalMode()
    {
        await using var store = EfLeadKitStore.UseSqlite(_database.Path, Clock);
        await store.InitializeAsync();

        await using var connection = new SqliteConnection("Data Source=" + _database.Path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.True(System.IO.File.Exists(_database.Path));
    }

    [Theory]
    [InlineData(null, -32768)]
    [InlineData(4096, -4096)]
    public async Task Connections_HaveThePageCacheOfTheOptions(int? kib, long expected)
    {
        var options = LeadKitStoreOptions.ForSqlite(_database.Path, Clock);
        await using var store = EfLeadKitStore.Create(kib is { } size ? options with { SqliteCacheSizeKiB = size } : options);
        await store.InitializeAsync();

        await using var context = store.CreateDbContext();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        Assert.Equal(expected, (long)(await command.ExecuteScalarAsync())!);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void SqliteCacheSizeKiB_AndBatchSize_BelowOne_AreRefused(int value)
    {
        var options = LeadKitStoreOptions.ForSqlite(_database.Path, Clock);

        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => options with { SqliteCacheSizeKiB = value }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => options with { BatchSize = value }).ParamName);
    }

    [Fact]
    public void UseSqlite_PathOrConnectionString_BothAccepted()
    {
        using var byPath = EfLeadKitStore.UseSqlite(_database.Path, Clock);
        using var byString = EfLeadKitStore.UseSqlite("Data Source=" + _database.Path, Clock);

        Assert.Equal(LeadKitDatabaseProvider.Sqlite, byPath.Provider);
        Assert.Equal("Data Source=" + _database.Path, byString.Options.ConnectionString);
    }

    [Fact]
    public async Task UpdateAsync_ScalarFieldOnly_LeavesTheChildRowsUntouched()
    {
        await using var store = EfLeadKitStore.UseSqlite(_database.Path, Clock);
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Child rows")).Id;
        var lead = LeadKit.Leads.Lead.Create(LeadKit.Leads.PersonName.Parse("Ada Lovelace"), Clock);
        lead.AddEmail(LeadKit.Leads.EmailEntry.Business("ada@example.com"));
        lead.AddPhone(new LeadKit.Leads.PhoneNumber(LeadKit.Leads.PhoneKind.Business, "+1 555 010 0001"));
        var later = LeadKit.Leads.Lead.Create(LeadKit.Leads.PersonName.Parse("Grace Hopper"), Clock);
        later.AddEmail(LeadKit.Leads.EmailEntry.Business("grace@example.com"));
        later.AddPhone(new LeadKit.Leads.PhoneNumber(LeadKit.Leads.PhoneKind.Business, "+1 555 010 0002"));
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.AddAsync([lead]);
            await unit.Leads.AddAsync([later]);
            await unit.CommitAsync();
        }

        var before = await RowIdsAsync();
        await using (var unit = await store.BeginAsync(workspace))
        {
            var stored = await unit.Leads.GetAsync(lead.Id);
            stored.SetJobTitle("Buyer");
            await unit.Leads.UpdateAsync([stored]);
            await unit.CommitAsync();
        }

        // A DELETE and re-INSERT would give Ada's rows new rowids (Grace's rows come after them).
        Assert.Equal(4, before.Count);
        Assert.Equal(before, await RowIdsAsync());
    }

    [Fact]
    public async Task HistoryItems_KeepGuidsAsSixteenBigEndianBytes_AndIndexTheRecordIdAlone()
    {
        await using var store = EfLeadKitStore.UseSqlite(_database.Path, Clock);
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Layout")).Id;
        var lead = LeadKit.Leads.Lead.Create(LeadKit.Leads.PersonName.Parse("Ada Lovelace"), Clock);
        var note = new LeadKit.History.BusinessNote(LeadKit.History.HistoryItemId.New(), lead.Reference, "Note", null, Clock.GetCurrentInstant());
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.AddAsync([lead]);
            await unit.History.AddAsync([note]);
            await unit.CommitAsync();
        }

        await using var connection = new SqliteConnection("Data Source=" + _database.Path);
        await connection.OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT typeof(id), hex(id), typeof(record_id), hex(record_id), workspace_id FROM history_items";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());

            // The GUID's bytes in RFC 4122 order: its text form without the hyphens.
            Assert.Equal(("blob", note.Id.Value.ToString("N").ToUpperInvariant()), (reader.GetString(0), reader.GetString(1)));
            Assert.Equal(("blob", lead.Id.Value.ToString("N").ToUpperInvariant()), (reader.GetString(2), reader.GetString(3)));
            Assert.Equal(workspace.Value.ToString("D").ToUpperInvariant(), reader.GetString(4));
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM pragma_index_info('ix_history_items_record') ORDER BY seqno";
            Assert.Equal("record_id", (string?)await command.ExecuteScalarAsync());
        }
    }

    protected override EfLeadKitStore CreateStore(IClock clock, TimeSpan? busyTimeout) =>
        EfLeadKitStore.Create(LeadKitStoreOptions.ForSqlite(_database.Path, clock) with { BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(30) });

    private async Task<List<long>> RowIdsAsync()
    {
        await using var connection = new SqliteConnection("Data Source=" + _database.Path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM record_emails UNION ALL SELECT rowid FROM record_phones ORDER BY 1";
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    protected override async Task<HashSet<string>> ColumnsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
