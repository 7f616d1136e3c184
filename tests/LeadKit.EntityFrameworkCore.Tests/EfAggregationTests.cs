using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Testing.Stores;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>The EF Core record repositories group in SQL (<see cref="IRecordAggregation"/>), and leave custom fields to the streaming fallback.</summary>
public abstract class EfAggregationTests : IAsyncLifetime
{
    private readonly List<EfLeadKitStore> _stores = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [StoreFact]
    public async Task AggregateAsync_GroupsCountsSumsAndFindsTheFirstId()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 9, 0));
        var store = OpenStore(clock);
        _stores.Add(store);
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Aggregation " + Guid.NewGuid().ToString("N"))).Id;
        var user = new WorkspaceUser(UserId.New(), "Ann Lee");
        var ids = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).Order().ToArray();
        var leads = new[] { ("hot", 5, true), ("HOT", 3, true), ("Cold", 1, false), (null, 2, true) }.Select((r, i) =>
        {
            var lead = Lead.Restore(new LeadId(ids[i]), PersonName.Parse("Lead " + i), clock.GetCurrentInstant());
            lead.SetRating(r.Item1 is null ? null : new Rating(r.Item1));
            lead.SetManualScore(r.Item2);
            lead.SetAssignedTo(r.Item3 ? user.Id : null);
            return lead;
        }).ToArray();
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Users.AddAsync(user);
            await unit.Leads.AddAsync(leads);
            await unit.CommitAsync();
        }

        await using var read = await store.BeginAsync(workspace);
        var aggregation = Assert.IsAssignableFrom<IRecordAggregation>(read.Leads);
        Assert.IsAssignableFrom<IRecordAggregation>(read.Contacts);

        var rows = await aggregation.AggregateAsync(new AggregateQuery(Filter.Parse("stars >= 2"), [RecordField.AssignedTo, RecordField.Rating], [RecordField.Stars, RecordField.ScorePoints]));
        var none = await aggregation.AggregateAsync(new AggregateQuery(Filter.Parse("stars > 9"), [], [RecordField.Stars]));
        var total = await aggregation.AggregateAsync(new AggregateQuery(Filter.All, [], [RecordField.ManualStars]));
        var custom = await aggregation.AggregateAsync(new AggregateQuery(Filter.All, [RecordField.Custom("Region")], []));
        var customSum = await aggregation.AggregateAsync(new AggregateQuery(Filter.All, [], [RecordField.Custom("Size")]));

        Assert.NotNull(rows);
        var ordered = rows.OrderBy(r => (string?)r.Keys[1]).ToList();
        Assert.Equal(2, ordered.Count);
        Assert.Equal([null, 2m], ordered[0].Keys.Skip(1).Append(ordered[0].Sums[0]));
        Assert.Equal([user.Id.ToString(), "HOT"], ordered[1].Keys);
        Assert.Equal(2, ordered[1].Count);
        Assert.Equal(ids[0], ordered[1].FirstId);
        Assert.Equal([8m, 0m], ordered[1].Sums);
        Assert.Equal([2L, 0L], ordered[1].ValueCounts);
        Assert.Empty(none!);
        Assert.Equal(4, Assert.Single(total!).Count);
        Assert.Equal(11m, total![0].Sums[0]);
        Assert.Equal(ids[0], total[0].FirstId);
        Assert.Null(custom);
        Assert.Null(customSum);
    }

    /// <summary>Opens a store on the test class's database.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The store.</returns>
    protected abstract EfLeadKitStore OpenStore(IClock clock);
}

/// <summary>Aggregation on SQLite.</summary>
public sealed class SqliteAggregationTests(SqliteDatabase database) : EfAggregationTests, IClassFixture<SqliteDatabase>
{
    protected override EfLeadKitStore OpenStore(IClock clock) => EfLeadKitStore.UseSqlite(database.Path, clock);
}

/// <summary>Aggregation on PostgreSQL (skipped without a server).</summary>
[PostgresAvailable]
public sealed class PostgresAggregationTests(PostgresDatabase database) : EfAggregationTests, IClassFixture<PostgresDatabase>
{
    protected override EfLeadKitStore OpenStore(IClock clock) => EfLeadKitStore.UsePostgres(database.ConnectionString, clock);
}
