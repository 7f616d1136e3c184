using LeadKit.Querying;
using LeadKit.Reporting;
using LeadKit.Reports;
using LeadKit.Testing.Stores;
using LeadKit.Validation;

namespace LeadKit.Testing.Stores;

/// <content>Saved reports: save as a new name, list, open, rename, replace, delete, and reopening gives the same result.</content>
public abstract partial class ReportsContractTests
{
    [StoreFact]
    public async Task SavedReport_ResortedFilteredAndSavedUnderANewName_ReopensWithTheSameResult()
    {
        var data = await KnownDataAsync();
        var definition = BuiltInReports.ByAssignedAndRating.Where("stars >= 2").WithSort("stars:desc").WithTotals(ReportTotal.Average(RecordField.Stars));
        var options = new ReportRunOptions { ItemsPerGroup = 3 };
        var before = await data.Reports.RunAsync(definition, options with { Name = "Good leads" });

        var saved = await data.Reports.SaveAsAsync("  Good leads ", definition, BuiltInReport.ByAssignedRating);
        var reopened = await new LeadReports(data.Store, data.Workspace).RunSavedAsync("GOOD LEADS", options);

        Assert.Equal("Good leads", saved.Name);
        Assert.Equal(SavedReport.LeadsCategory, saved.Category);
        Assert.Equal(BuiltInReport.ByAssignedRating, saved.BasedOn);
        Assert.Equal(before, reopened);
        Assert.Equal(6, reopened.Count);
        Assert.Equal(saved, await data.Reports.OpenAsync("good leads"));
        Assert.Equal("Other", (await data.Reports.RunSavedAsync("Good leads", new ReportRunOptions { Name = "Other" })).Name);
    }

    [StoreFact]
    public async Task SavedReports_ListRenameReplaceDelete()
    {
        var data = await KnownDataAsync();
        var reports = data.Reports;
        await reports.SaveAsAsync("mine", BuiltInReports.ByAssigned.Where($"assignedTo = \"{data.Ann.Id}\""));
        await reports.SaveAsAsync("Hot", BuiltInReports.ByScore.Where("rating = \"hot\""), BuiltInReport.ByScore);

        Assert.Equal(["Hot", "mine"], (await reports.ListAsync()).Select(r => r.Name));

        var renamed = await reports.RenameAsync("MINE", "Ann's leads");
        var respelled = await reports.RenameAsync("hot", "HOT");
        var replaced = await reports.ReplaceAsync("ann's LEADS", BuiltInReports.ByScore);

        Assert.Equal("Ann's leads", renamed.Name);
        Assert.Equal("HOT", respelled.Name);
        Assert.Equal(BuiltInReports.ByScore, replaced.Definition);
        Assert.Equal("Ann's leads", replaced.Name);
        Assert.Equal(["Ann's leads", "HOT"], (await reports.ListAsync()).Select(r => r.Name));
        Assert.Equal(BuiltInReports.ByScore, (await reports.OpenAsync("Ann's leads")).Definition);
        Assert.True(await reports.DeleteAsync(" ann's leads "));
        Assert.False(await reports.DeleteAsync("Ann's leads"));
        Assert.Equal(["HOT"], (await reports.ListAsync()).Select(r => r.Name));
    }

    [StoreFact]
    public async Task SavedReports_Refusals()
    {
        var data = await KnownDataAsync();
        var reports = data.Reports;
        await reports.SaveAsAsync("Mine", BuiltInReports.ByAssigned);
        await reports.SaveAsAsync("Theirs", BuiltInReports.ByScore);

        var taken = await Assert.ThrowsAsync<ReportException>(() => reports.SaveAsAsync("MINE", BuiltInReports.ByScore));
        var renamedOnto = await Assert.ThrowsAsync<ReportException>(() => reports.RenameAsync("Mine", "theirs"));
        var missing = await Assert.ThrowsAsync<ReportException>(() => reports.OpenAsync("Nothing"));
        var missingRun = await Assert.ThrowsAsync<ReportException>(() => reports.RunSavedAsync("Nothing"));
        var missingRename = await Assert.ThrowsAsync<ReportException>(() => reports.RenameAsync("Nothing", "Something"));
        var missingReplace = await Assert.ThrowsAsync<ReportException>(() => reports.ReplaceAsync("Nothing", BuiltInReports.ByScore));
        var unknownField = await Assert.ThrowsAsync<ReportException>(() => reports.SaveAsAsync("Gone", ReportDefinition.Parse(["custom.Gone"])));
        var blank = await Assert.ThrowsAsync<LeadKitValidationException>(() => reports.SaveAsAsync(" ", BuiltInReports.ByScore));
        var blankRename = await Assert.ThrowsAsync<LeadKitValidationException>(() => reports.RenameAsync("Mine", ""));

        Assert.Equal("LeadKit.Report.NameTaken", taken.Code);
        Assert.Equal("Mine", taken.Report);
        Assert.Equal("LeadKit.Report.NameTaken", renamedOnto.Code);
        Assert.Equal("Theirs", renamedOnto.Report);
        Assert.All([missing, missingRun, missingRename, missingReplace], e => Assert.Equal("LeadKit.Report.NotFound", e.Code));
        Assert.Equal("No report is saved as 'Nothing'. The saved reports are: Mine, Theirs.", missing.Message);
        Assert.Equal("Nothing", missing.Report);
        Assert.Equal("LeadKit.Report.UnknownField", unknownField.Code);
        Assert.Equal("LeadKit.SavedReport.Name", blank.Errors[0].ErrorCode);
        Assert.Equal("LeadKit.SavedReport.Name", blankRename.Errors[0].ErrorCode);
        Assert.Equal(["Mine", "Theirs"], (await reports.ListAsync()).Select(r => r.Name));
        Assert.Equal(BuiltInReports.ByAssigned, (await reports.OpenAsync("mine")).Definition);
        var empty = new LeadReports(data.Store, (await data.Store.CreateWorkspaceAsync("empty " + Guid.NewGuid())).Id);
        Assert.Equal("No report is saved as 'x': this workspace has no saved reports.", (await Assert.ThrowsAsync<ReportException>(() => empty.OpenAsync(" x "))).Message);
    }
}
