using LeadKit.Querying;
using LeadKit.Reporting;
using LeadKit.Storage;

namespace LeadKit.Tests.Reports;

public sealed class AggregationSeamTests
{
    [Fact]
    public void AggregateQuery_KeepsItsParts()
    {
        var query = new AggregateQuery(Filter.Parse("stars > 1"), [RecordField.AssignedTo, RecordField.Rating], [RecordField.Stars]);

        Assert.Equal(Filter.Parse("stars > 1"), query.Filter);
        Assert.Equal([RecordField.AssignedTo, RecordField.Rating], query.GroupBy.ToArray());
        Assert.Equal([RecordField.Stars], query.Sums.ToArray());
    }

    [Fact]
    public void AggregateQuery_RefusesUngroupableAndRepeatedFields()
    {
        Assert.Equal("groupBy", Assert.Throws<ArgumentException>(() => new AggregateQuery(Filter.All, [RecordField.Email], [])).ParamName);
        Assert.Equal("groupBy", Assert.Throws<ArgumentException>(() => new AggregateQuery(Filter.All, [RecordField.Rating, RecordField.Rating], [])).ParamName);
        Assert.Equal("sums", Assert.Throws<ArgumentException>(() => new AggregateQuery(Filter.All, [], [RecordField.Stars, RecordField.Stars])).ParamName);
        Assert.Throws<ArgumentException>(() => new AggregateQuery(Filter.All, [null!], []));
        Assert.Throws<ArgumentNullException>(() => new AggregateQuery(null!, [], []));
    }

    [Fact]
    public void AggregateRow_RefusesEmptyGroupsAndMismatchedSums()
    {
        var row = new AggregateRow(["Hot"], 2, Guid.Empty, [3m], [2]);

        Assert.Equal(["Hot"], row.Keys);
        Assert.Equal(2, row.Count);
        Assert.Equal([3m], row.Sums);
        Assert.Equal([2L], row.ValueCounts);
        Assert.Throws<ArgumentException>(() => new AggregateRow([], 0, Guid.Empty, [], []));
        Assert.Throws<ArgumentException>(() => new AggregateRow([], 1, Guid.Empty, [1m], []));
    }

    [Fact]
    public async Task InMemoryStore_GroupsInPlace()
    {
        var store = new LeadKit.Storage.InMemory.InMemoryLeadKitStore(NodaTime.SystemClock.Instance);
        var workspace = (await store.CreateWorkspaceAsync("x")).Id;
        await using var unit = await store.BeginAsync(workspace);
        var lead = LeadKit.Leads.Lead.Create(LeadKit.Leads.PersonName.Parse("Ann Lee"), NodaTime.SystemClock.Instance);
        lead.SetRating(new LeadKit.Leads.Rating("Hot"));
        await unit.Leads.AddAsync([lead]);

        var rows = await Assert.IsAssignableFrom<IRecordAggregation>(unit.Leads).AggregateAsync(new AggregateQuery(Filter.All, [RecordField.Rating], [RecordField.Stars]));

        var row = Assert.Single(rows!);
        Assert.Equal(["Hot"], row.Keys);
        Assert.Equal(lead.Id.Value, row.FirstId);
        Assert.Equal([0m], row.Sums);
        Assert.Empty((await ((IRecordAggregation)unit.Contacts).AggregateAsync(new AggregateQuery(Filter.All, [], [])))!);
    }

    [Fact]
    public void RunOptions_ItemsPerGroup_IsZeroToTheQueryLimit()
    {
        Assert.Equal(0, ReportRunOptions.Default.ItemsPerGroup);
        Assert.Equal(RecordQuery.MaxLimit, new ReportRunOptions { ItemsPerGroup = RecordQuery.MaxLimit }.ItemsPerGroup);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportRunOptions { ItemsPerGroup = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportRunOptions { ItemsPerGroup = RecordQuery.MaxLimit + 1 });
        Assert.Throws<ArgumentNullException>(() => new LeadReports(null!, default));
    }
}
