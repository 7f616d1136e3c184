using System.Data.Common;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.EntityFrameworkCore.Storage;
using LeadKit.History;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Testing.Stores;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>What the EF Core store promises beyond the contract: its schema, migrations, bulk paths and lock handling. Run per provider.</summary>
public abstract class EfStoreTests : IAsyncLifetime
{
    private readonly List<EfLeadKitStore> _stores = [];

    protected FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 27, 9, 0), Duration.FromMilliseconds(1));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [StoreFact]
    public async Task InitializeAsync_ConcurrentAndRepeated_AppliesEachMigrationOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => Open()).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitializeAsync())));
        await stores[0].InitializeAsync();

        await using var context = stores[0].CreateDbContext();
        var versions = await context.Database.SqlQueryRaw<int>("SELECT version AS \"Value\" FROM leadkit_schema").ToListAsync();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 9], versions.Order());
    }

    [StoreFact]
    public async Task InitializeAsync_DatabaseAtVersion5WithHistory_MigratesTheHistoryLayoutAndReadsItBackTheSame()
    {
        // A database as version 5 left it: the scripts up to 5, a workspace with two leads (one
        // deleted since), and history rows written in version 5's layout (GUIDs as text on SQLite).
        var store = Open();
        await ApplyScriptsUpToAsync(store, 5);
        var workspace = (await store.CreateWorkspaceAsync("Before 6")).Id;
        var kept = Lead.Create(PersonName.Parse("Ada Lovelace"), Clock);
        kept.AddEmail(EmailEntry.Business("ada@example.com"));
        var deleted = Lead.Create(PersonName.Parse("Grace Hopper"), Clock);
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.AddAsync([kept, deleted]);
            await unit.CommitAsync();
        }

        var t = Instant.FromUtc(2026, 11, 20, 14, 30);
        HistoryItem[] items =
        [
            new BusinessNote(HistoryItemId.New(), kept.Reference, "Note", "Body", t),
            new PhoneLog(HistoryItemId.New(), kept.Reference, "Call", null, t + Duration.FromHours(1), CallDirection.Outgoing, "+44 20 7946 0000", t + Duration.FromHours(1), Duration.FromMinutes(5)),
            new ActivityEntry(HistoryItemId.New(), kept.Reference, ActivityKind.Edited, "Bulk edit: set title = \"Buyer\"", t, changes: [new FieldChange("title", null, "Buyer")]),
            new BusinessNote(HistoryItemId.New(), kept.Reference, "Same instant", null, t),
            new TaskItem(HistoryItemId.New(), deleted.Reference, "Follow up", null, t - Duration.FromDays(1), new LocalDate(2026, 12, 1), TaskItemStatus.InProgress, TaskPriority.High),
            new ActivityEntry(HistoryItemId.New(), deleted.Reference, ActivityKind.Deleted, "Deleted lead Grace Hopper", t, snapshot: "{\"kind\":\"lead\"}"),
        ];
        await InsertVersion5HistoryAsync(store, workspace, items);
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.DeleteAsync(deleted.Id, 1);
            await unit.CommitAsync();
        }

        await DropMatchKeyTablesAsync(store);
        await store.InitializeAsync();

        await using (var context = store.CreateDbContext())
        {
            var versions = await context.Database.SqlQueryRaw<int>("SELECT version AS \"Value\" FROM leadkit_schema").ToListAsync();
            Assert.Equal([1, 2, 3, 4, 5, 6, 7, 9], versions.Order());

            // The migration keyed the lead that was there: its e-mail address.
            var keys = await context.Database.SqlQueryRaw<string>("SELECT key_value AS \"Value\" FROM record_match_keys").ToListAsync();
            Assert.Equal(["ada@example.com"], keys);
        }

        List<string> Expected(RecordReference record) =>
            [.. items.Where(i => i.Record == record).OrderBy(i => i.OccurredAt).ThenBy(i => i.Id).Select(Documents.Write)];
        await using (var unit = await store.BeginAsync(workspace))
        {
            Assert.Equal(Expected(kept.Reference), (await ToListAsync(unit.History.ListForAsync(kept.Reference))).Select(Documents.Write));
            Assert.Equal(Expected(deleted.Reference), (await ToListAsync(unit.History.ListForAsync(deleted.Reference))).Select(Documents.Write));
            var many = await unit.History.ListForManyAsync([kept.Reference, deleted.Reference]);
            Assert.Equal(Expected(kept.Reference), many[kept.Reference].Select(Documents.Write));
            Assert.Equal(Expected(deleted.Reference), many[deleted.Reference].Select(Documents.Write));
            foreach (var item in items)
            {
                Assert.Equal(Documents.Write(item), Documents.Write(await unit.History.FindAsync(item.Id)));
            }
        }

        // The migrated table takes new items, replacements, deletions and relinks like a new one.
        var added = new BusinessNote(HistoryItemId.New(), kept.Reference, "After 6", null, t);
        var replaced = new BusinessNote(items[0].Id, kept.Reference, "Note, edited", "Body", t);
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.History.AddAsync([added]);
            await unit.History.ReplaceAsync(replaced);
            Assert.True(await unit.History.DeleteAsync(items[3].Id));
            Assert.Equal(2, await unit.History.RelinkAsync(deleted.Reference, kept.Reference));
            await unit.CommitAsync();
        }

        await using (var unit = await store.BeginAsync(workspace))
        {
            var expected = items.Where(i => i.Id != items[3].Id && i.Id != items[0].Id).Append(replaced).Append(added)
                .Select(i => i.Record == kept.Reference ? i : i.RelinkTo(kept.Reference))
                .OrderBy(i => i.OccurredAt).ThenBy(i => i.Id).Select(Documents.Write).ToList();
            Assert.Equal(expected, (await ToListAsync(unit.History.ListForAsync(kept.Reference))).Select(Documents.Write));
            Assert.Empty(await ToListAsync(unit.History.ListForAsync(deleted.Reference)));
        }
    }

    [StoreFact]
    public async Task Schema_HoldsEveryTableAndColumnOfTheModel()
    {
        var store = Open();
        await store.InitializeAsync();
        await using var context = store.CreateDbContext();
        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();

        foreach (var entity in context.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var columns = await ColumnsAsync(connection, table);
            Assert.True(columns.Count > 0, $"Table {table} is missing.");
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName();
                Assert.True(columns.Contains(column), $"Column {table}.{column} is missing.");
            }
        }
    }

    [StoreFact]
    public async Task AddAsync_ThousandsInOneBatch_StoredAndQueryable()
    {
        var store = Open();
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Bulk")).Id;
        var leads = Enumerable.Range(0, 5_000).Select(i =>
        {
            var lead = Lead.Create(PersonName.Parse($"Lead {i:D5}"), Clock);
            lead.SetCompanyName($"Company {i % 10}");
            lead.AddEmail(EmailEntry.Business($"lead{i}@example.com"));
            return lead;
        }).ToList();

        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.AddAsync(leads);
            await unit.CommitAsync();
        }

        await using var read = await store.BeginAsync(workspace);
        Assert.Equal(5_000, await read.Leads.CountAsync());
        Assert.Equal(500, await read.Leads.CountAsync(Filter.Parse("company = \"company 3\"")));
        var found = await ToListAsync(read.Leads.QueryAsync(new RecordQuery(Filter.Parse("email = \"LEAD4242@example.com\""))));
        Assert.Equal([leads[4242].Id], found.Select(l => l.Id));
        var streamed = 0;
        await foreach (var lead in read.Leads.QueryAsync(new RecordQuery(sort: SortSpec.Parse("company:desc,name"))))
        {
            streamed++;
        }

        Assert.Equal(5_000, streamed);
        var limited = await ToListAsync(read.Leads.QueryAsync(new RecordQuery(sort: SortSpec.Parse("name:desc"), limit: 300)));
        Assert.Equal(leads.OrderByDescending(l => l.Name.FullName, StringComparer.Ordinal).Take(300).Select(l => l.Id), limited.Select(l => l.Id));
    }

    [StoreFact]
    public async Task Rows_HoldFoldedKeysAndTheDocument()
    {
        var store = Open();
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Rows")).Id;
        var lead = Lead.Create(PersonName.Parse("Ada Lovelace"), Clock);
        lead.SetCompanyName("Straße & Co");
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.AddAsync([lead]);
            await unit.CommitAsync();
        }

        await using var context = store.CreateDbContext();
        var row = await context.Leads.AsNoTracking().SingleAsync(r => r.Id == lead.Id.Value);
        Assert.Equal("Straße & Co".ToUpperInvariant(), row.CompanyKey);
        Assert.Equal(1, row.Version);
        Assert.Contains("Straße & Co", row.Document, StringComparison.Ordinal);
        Assert.Equal(workspace.Value, row.WorkspaceId);
    }

    [StoreFact]
    public async Task Writer_BlockedLongerThanTheBusyTimeout_GetsDatabaseBusy()
    {
        var store = Open(TimeSpan.FromMilliseconds(300));
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Busy")).Id;
        var lead = Lead.Create(PersonName.Parse("Ada Lovelace"), Clock);
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.AddAsync([lead]);
            await unit.CommitAsync();
        }

        await using var holder = await store.BeginAsync(workspace);
        var held = await holder.Leads.GetAsync(lead.Id);
        held.SetJobTitle("Holder");
        await holder.Leads.UpdateAsync([held]);

        var blocked = Task.Run(async () =>
        {
            await using var waiter = await store.BeginAsync(workspace);
            var copy = await waiter.Leads.GetAsync(lead.Id);
            copy.SetJobTitle("Waiter");
            await waiter.Leads.UpdateAsync([copy]);
            await waiter.CommitAsync();
        });
        await Assert.ThrowsAsync<DatabaseBusyException>(() => blocked);

        await holder.CommitAsync();
        await using var check = await store.BeginAsync(workspace);
        Assert.Equal("Holder", (await check.Leads.GetAsync(lead.Id)).JobTitle);
    }

    protected abstract EfLeadKitStore CreateStore(IClock clock, TimeSpan? busyTimeout);

    protected abstract Task<HashSet<string>> ColumnsAsync(DbConnection connection, string table);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Creates the schema as the scripts up to <paramref name="version"/> leave it, recorded in <c>leadkit_schema</c>, as an older LeadKit did.</summary>
    private static async Task ApplyScriptsUpToAsync(EfLeadKitStore store, int version)
    {
        if (store.Provider == LeadKitDatabaseProvider.Sqlite)
        {
            // The migrator puts the file in WAL mode; do the same, as the older version did.
            await using var context = store.CreateDbContext();
            await context.Database.OpenConnectionAsync();
            await ExecuteAsync(context.Database.GetDbConnection(), null, "PRAGMA journal_mode = WAL");
        }

        await using (var context = store.CreateDbContext())
        {
            await context.Database.OpenConnectionAsync();
            var connection = context.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync();
            await ExecuteAsync(connection, transaction, "CREATE TABLE leadkit_schema (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var (number, name, sql) in SchemaMigrator.Scripts(store.Provider).Where(s => s.Version <= version))
            {
                await ExecuteAsync(connection, transaction, sql);
                await ExecuteAsync(connection, transaction, $"INSERT INTO leadkit_schema (version, name, applied_at) VALUES ({number}, '{name}', '2026-11-01T00:00:00Z')");
            }

            // Today's code writes the records' match keys (schema 9) with every record: give it their
            // tables for the set-up, unrecorded; DropMatchKeyTablesAsync takes them away again.
            foreach (var (_, _, sql) in SchemaMigrator.Scripts(store.Provider).Where(s => s.Version == 9 && version < 9))
            {
                await ExecuteAsync(connection, transaction, sql);
            }

            await transaction.CommitAsync();
        }
    }

    /// <summary>Leaves a database set up by <see cref="ApplyScriptsUpToAsync"/> as its version had it: without the match keys of schema 9.</summary>
    private static async Task DropMatchKeyTablesAsync(EfLeadKitStore store)
    {
        await using var context = store.CreateDbContext();
        await context.Database.OpenConnectionAsync();
        await ExecuteAsync(context.Database.GetDbConnection(), null, "DROP TABLE record_match_keys; DROP TABLE leadkit_match_key_options");
    }

    /// <summary>Inserts history items as version 5 stored them: every GUID in the dialect's plain GUID form (text on SQLite).</summary>
    private static async Task InsertVersion5HistoryAsync(EfLeadKitStore store, WorkspaceId workspace, IReadOnlyList<HistoryItem> items)
    {
        var table = new TableSpec("history_items", [
            new("id", ColumnType.Guid), new("workspace_id", ColumnType.Guid), new("record_kind", ColumnType.Int32), new("record_id", ColumnType.Guid),
            new("item_type", ColumnType.Text), new("occurred_at", ColumnType.Instant), new("created_at", ColumnType.Instant), new("document", ColumnType.Json)]);
        var rows = items.Select(i => new object?[] { i.Id.Value, workspace.Value, (int)i.Record.Kind, i.Record.Id, i.GetType().Name, i.OccurredAt, i.CreatedAt, Documents.Write(i) }).ToList();
        await using var context = store.CreateDbContext();
        await context.Database.OpenConnectionAsync();
        var connection = context.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        await store.Dialect.InsertAsync(connection, transaction, table, rows, 500, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [StoreFact]
    public async Task InitializeAsync_OtherDuplicateMatching_RebuildsTheMatchKeys_AndDuplicatesAreFoundInTheDatabase()
    {
        var store = Open();
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Keys")).Id;
        var national = Lead.Create(PersonName.Parse("Ada Lovelace"), Clock);
        national.AddPhone(new PhoneNumber(PhoneKind.Business, "020 7946 0958"));     // too long for the US: no key there
        var international = Lead.Create(PersonName.Parse("Ada King"), Clock);
        international.AddPhone(new PhoneNumber(PhoneKind.Business, "+44 20 7946 0958"));
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.AddAsync([national, international]);
            await unit.CommitAsync();
        }

        Assert.Equal(["+442079460958"], await KeysAsync(store));

        var british = new DuplicateMatchOptions { DefaultRegion = "GB" };
        var reopened = EfLeadKitStore.Create(store.Options with { DuplicateMatching = british });
        _stores.Add(reopened);
        await reopened.InitializeAsync();
        Assert.Equal(["+442079460958", "+442079460958"], await KeysAsync(reopened));

        await using (var unit = await reopened.BeginAsync(workspace))
        {
            var search = Assert.IsAssignableFrom<IDuplicateKeySearch<LeadId>>(unit.Leads);
            var shared = await search.FindSharedKeysAsync(Filter.All, british);
            Assert.Equal(new[] { national.Id, international.Id }.Order(), shared!.Select(p => p.Record).Order());
            Assert.Null(await search.FindSharedKeysAsync(Filter.All, DuplicateMatchOptions.Default));   // the US keys are gone: the caller keys the records
            Assert.Empty((await search.FindSharedKeysAsync(Filter.All, new DuplicateMatchOptions { DefaultRegion = "GB", Rules = [DuplicateRule.Email] }))!);   // a subset of the kept rules
        }

        var groups = await new LeadDuplicates(new OperationContext(reopened, workspace, Clock), british).FindAsync();
        Assert.Equal("same phone number +442079460958", Assert.Single(groups).Explanation);
        Assert.Empty(await new LeadDuplicates(new OperationContext(reopened, workspace, Clock)).FindAsync());   // in the US, only one of them has a possible number
    }

    private static async Task<List<string>> KeysAsync(EfLeadKitStore store)
    {
        await using var context = store.CreateDbContext();
        return await context.Database.SqlQueryRaw<string>("SELECT key_value AS \"Value\" FROM record_match_keys ORDER BY key_value").ToListAsync();
    }

    private EfLeadKitStore Open(TimeSpan? busyTimeout = null)
    {
        var store = CreateStore(Clock, busyTimeout);
        _stores.Add(store);
        return store;
    }
}
