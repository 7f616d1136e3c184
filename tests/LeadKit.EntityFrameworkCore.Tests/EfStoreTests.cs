using System.Data.Common;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Tests.Storage.Contract;
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
        Assert.Equal([1, 2, 3, 4, 5], versions.Order());
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

    private EfLeadKitStore Open(TimeSpan? busyTimeout = null)
    {
        var store = CreateStore(Clock, busyTimeout);
        _stores.Add(store);
        return store;
    }
}
