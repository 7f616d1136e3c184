using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Reporting;
using LeadKit.Reports;
using LeadKit.Testing.Stores;

namespace LeadKit.Testing.Stores;

/// <content>The built-in reports and custom definitions on the known data set: exact groups, counts, totals and order.</content>
public abstract partial class ReportsContractTests
{
    [StoreFact]
    public async Task ByAssigned_GroupsOpenLeadsByUserName_UnassignedLast()
    {
        var data = await KnownDataAsync();

        var result = await data.Reports.RunBuiltInAsync(BuiltInReport.ByAssigned);

        Assert.Equal("Leads by Assigned To", result.Name);
        Assert.Equal(9, result.Count);
        Assert.Equal(["Ann Lee: 4", "bob roe: 3", "(unassigned): 2"], result.Groups.Select(g => g.ToString()));
        Assert.Equal([data.Ann.Id.ToString(), data.Bob.Id.ToString(), null], result.Groups.Select(g => g.Key));
        Assert.True(result.Groups[2].IsEmpty);
        Assert.All(result.Groups, g => Assert.Empty(g.Groups));
        Assert.All(result.Groups, g => Assert.Empty(g.Items));
        Assert.Empty(result.Items);
        Assert.Equal(Filter.Parse($"converted = false and assignedTo = \"{data.Ann.Id}\""), result.Groups[0].Filter);
        Assert.Equal(Filter.Parse("converted = false and assignedTo is empty"), result.Groups[2].Filter);
        Assert.Equal(
            "Leads by Assigned To\n\nassignedTo    count\n------------  -----\nAnn Lee           4\nbob roe           3\n(unassigned)      2\nTotal             9\n".ReplaceLineEndings(),
            ReportRenderer.Render(result, ReportFormat.Table));
    }

    [StoreFact]
    public async Task ByAssignedAndRating_SplitsEachUserByRating_SpelledAsTheFirstLead()
    {
        var data = await KnownDataAsync();

        var result = await data.Reports.RunBuiltInAsync(BuiltInReport.ByAssignedRating);

        Assert.Equal("Leads by Assigned To and Rating", result.Name);
        Assert.Equal(9, result.Count);
        Assert.Equal(
            ["Ann Lee: 4", "  Cold: 1", "  Hot: 2", "  (none): 1", "bob roe: 3", "  Hot: 1", "  Warm: 2", "(unassigned): 2", "  Cold: 1", "  (none): 1"],
            result.AllGroups().Select(g => (g.Level.Field == RecordField.Rating ? "  " : string.Empty) + g));
        var hot = result.Groups[0].Groups[1];
        Assert.Equal("Hot", hot.Key);
        Assert.Equal(Filter.Parse($"converted = false and assignedTo = \"{data.Ann.Id}\" and rating = \"Hot\""), hot.Filter);
    }

    [StoreFact]
    public async Task ByScore_GroupsByStars_HighestFirst()
    {
        var data = await KnownDataAsync();

        var result = await data.Reports.RunBuiltInAsync(BuiltInReport.ByScore);

        Assert.Equal("Leads by Score", result.Name);
        Assert.Equal(9, result.Count);
        Assert.Equal(["5: 2", "4: 1", "3: 2", "2: 1", "1: 1", "0: 2"], result.Groups.Select(g => g.ToString()));
        Assert.Equal([5m, 4m, 3m, 2m, 1m, 0m], result.Groups.Select(g => g.Key));
    }

    [StoreFact]
    public async Task Totals_SumAndAverage_PerGroupAndForTheReport()
    {
        var data = await KnownDataAsync();
        var definition = BuiltInReports.ByAssigned.WithTotals(ReportTotal.Sum(RecordField.Stars), ReportTotal.Average(RecordField.Stars), ReportTotal.Average(RecordField.ManualStars));

        var result = await data.Reports.RunAsync(definition);

        Assert.Equal("Report", result.Name);
        Assert.Equal([23m, 23m / 9, 23m / 7], result.Totals.Select(t => t.Value));
        Assert.Equal([9L, 9L, 7L], result.Totals.Select(t => t.Values));
        Assert.Equal([10m, 2.5m, 10m / 3], result.Groups[0].Totals.Select(t => t.Value));
        Assert.Equal([11m, 11m / 3, 11m / 3], result.Groups[1].Totals.Select(t => t.Value));
        Assert.Equal([2m, 1m, 2m], result.Groups[2].Totals.Select(t => t.Value));
        Assert.Equal("sum(stars) = 23", result.Totals[0].ToString());
    }

    [StoreFact]
    public async Task Average_OfNoValues_IsNone_AndSumIsZero()
    {
        var data = await KnownDataAsync();
        var definition = ReportDefinition.Create(filter: Filter.Parse("manualStars is empty and converted = false"), totals: [ReportTotal.Average(RecordField.ManualStars), ReportTotal.Sum(RecordField.ScorePoints)]);

        var result = await data.Reports.RunAsync(definition);

        Assert.Equal(2, result.Count);
        Assert.Null(result.Totals[0].Value);
        Assert.Equal(0, result.Totals[0].Values);
        Assert.Equal(0m, result.Totals[1].Value);
    }

    [StoreFact]
    public async Task GroupOrders_DescendingAndLargestFirst_TiesByKey()
    {
        var data = await KnownDataAsync();

        var byRatingDown = await data.Reports.RunAsync(ReportDefinition.Parse(["rating:desc"], "converted = false"));
        var byRatingCount = await data.Reports.RunAsync(ReportDefinition.Parse(["rating:count"], "converted = false"));
        var byUserCount = await data.Reports.RunAsync(ReportDefinition.Parse(["assignedTo:count"], "converted = false"));

        Assert.Equal(["Warm: 2", "Hot: 3", "Cold: 2", "(none): 2"], byRatingDown.Groups.Select(g => g.ToString()));
        Assert.Equal(["Hot: 3", "Cold: 2", "Warm: 2", "(none): 2"], byRatingCount.Groups.Select(g => g.ToString()));
        Assert.Equal(["Ann Lee: 4", "bob roe: 3", "(unassigned): 2"], byUserCount.Groups.Select(g => g.ToString()));
    }

    [StoreFact]
    public async Task CustomField_GroupsIgnoringCase()
    {
        var data = await KnownDataAsync();

        var result = await data.Reports.RunAsync(ReportDefinition.Parse(["custom.Region", "company"], "converted = false"));

        Assert.Equal(["North: 2", "Contoso: 1", "Fabrikam: 1", "South: 1", "Contoso: 1", "(none): 6", "Contoso: 3", "Fabrikam: 3"], result.AllGroups().Select(g => g.ToString()));
        Assert.Equal(Filter.Parse("converted = false and custom.Region = \"North\" and company = \"Contoso\""), result.Groups[0].Groups[0].Filter);
    }

    [StoreFact]
    public async Task NoGroups_CountsAndListsItems_ForAnyRecordKind()
    {
        var data = await KnownDataAsync();
        var contacts = ReportDefinition.Create(sort: SortSpec.Parse("name"), columns: [RecordField.FullName, RecordField.AssignedTo, RecordField.Stars], recordKind: RecordKind.BusinessContact);

        var result = await data.Reports.RunAsync(contacts, new ReportRunOptions { ItemsPerGroup = 10, Name = "Contacts" });

        Assert.Equal("Contacts", result.Name);
        Assert.Equal(3, result.Count);
        Assert.Empty(result.Groups);
        Assert.Equal(["Ann Five | Ann Lee | 5", "Bob Four | bob roe | 2", "Carl One | Carl Diaz | 4"], result.Items.Select(i => i.ToString()));
        Assert.All(result.Items, i => Assert.Equal(RecordKind.BusinessContact, i.Record.Kind));
        Assert.Equal(0, (await data.Reports.RunAsync(ReportDefinition.Create(filter: Filter.Parse("stars > 9")), new ReportRunOptions { ItemsPerGroup = 5 })).Count);
    }

    [StoreFact]
    public async Task Items_ListEachLastLevelGroupsFirstRecords_InTheDefinitionsSort()
    {
        var data = await KnownDataAsync();
        var definition = BuiltInReports.ByAssigned.WithSort("stars:desc,name").WithColumns(RecordField.FullName, RecordField.AssignedTo, RecordField.Email, RecordField.Stars, RecordField.Created);

        var result = await data.Reports.RunAsync(definition, new ReportRunOptions { ItemsPerGroup = 2 });

        Assert.Equal(["Ann One | Ann Lee |  | 5 | 2026-01-05T09:00:00Z", "Ann Two | Ann Lee |  | 4 | 2026-01-15T09:00:00Z"], result.Groups[0].Items.Select(i => i.ToString()));
        Assert.Equal(["Bob Two", "Bob One"], result.Groups[1].Items.Select(i => i.Texts[0]));
        Assert.Equal(["Una One", "Una Two"], result.Groups[2].Items.Select(i => i.Texts[0]));
        Assert.Equal(data.Leads[0].Value, result.Groups[0].Items[0].Record.Id);
        Assert.Equal([(object?)"Ann One", "Ann Lee", null, 5m, T0], result.Groups[0].Items[0].Values);
    }

    [StoreFact]
    public async Task DrillDown_PagesThroughExactlyTheGroupsRecords()
    {
        var data = await KnownDataAsync();
        var result = await data.Reports.RunBuiltInAsync(BuiltInReport.ByAssignedRating);
        var ann = result.Groups[0];

        var first = await data.Reports.DrillDownAsync(result, ann, 3);
        var second = await data.Reports.DrillDownAsync(result, ann, 3, first.NextCursor);
        var hot = await data.Reports.DrillDownAsync(result, ann.Groups[1], 10);
        var all = await data.Reports.DrillDownAsync(result, null, 100);

        Assert.Equal(["Ann Four", "Ann One", "Ann Three"], first.Items.Select(r => r.Name.FullName));
        Assert.Equal(["Ann Two"], second.Items.Select(r => r.Name.FullName));
        Assert.Null(second.NextCursor);
        Assert.Equal(["Ann One", "Ann Two"], hot.Items.Select(r => r.Name.FullName));
        Assert.Equal(9, all.Items.Count);
        var items = await data.Reports.ItemsAsync(result.Definition, hot.Items);
        Assert.Equal(["Ann One | Contoso | 5", "Ann Two | Fabrikam | 4"], items.Select(i => i.ToString()));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => data.Reports.DrillDownAsync(result, ann, 0));
    }

    [StoreFact]
    public async Task Filter_NamingUsers_IsBoundToTheirIds()
    {
        var data = await KnownDataAsync();

        var result = await data.Reports.RunAsync(BuiltInReports.ByScore.Where("assignedTo = \"BOB ROE\""));

        Assert.Equal(3, result.Count);
        Assert.Equal(Filter.Parse($"converted = false and assignedTo = \"{data.Bob.Id}\""), result.Filter);
        Assert.Equal(Filter.Parse("converted = false and assignedTo = \"BOB ROE\""), result.Definition.Filter);
    }

    [StoreFact]
    public async Task Refusals_UnknownUserOrCustomField_AreReportExceptions()
    {
        var data = await KnownDataAsync();

        var user = await Assert.ThrowsAsync<ReportException>(() => data.Reports.RunAsync(BuiltInReports.ByScore.Where("assignedTo = \"Nobody\"")));
        var custom = await Assert.ThrowsAsync<ReportException>(() => data.Reports.RunAsync(ReportDefinition.Parse(["custom.Gone"])));
        var contactField = await Assert.ThrowsAsync<ReportException>(() => data.Reports.RunAsync(ReportDefinition.Parse(["custom.Region"], recordKind: RecordKind.BusinessContact)));

        Assert.Equal("LeadKit.Report.Filter", user.Code);
        Assert.IsType<FilterException>(user.InnerException);
        Assert.Equal("LeadKit.Report.UnknownField", custom.Code);
        Assert.Equal("custom.Gone", custom.Field);
        Assert.Equal("LeadKit.Report.UnknownField", contactField.Code);
        Assert.Contains("business contacts", contactField.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentNullException>(() => data.Reports.RunAsync(null!));
    }
}
