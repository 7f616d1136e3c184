using LeadKit.Querying;
using LeadKit.Reports;
using LeadKit.Validation;

namespace LeadKit.Tests.Reports;

public sealed class SavedReportTests
{
    [Fact]
    public void Create_TrimsTheName_AndKeepsTheDefinition()
    {
        var definition = BuiltInReports.ByScore.Where("stars >= 4");

        var saved = new SavedReport("  Hot leads ", definition, BuiltInReport.ByScore);

        Assert.Equal("Hot leads", saved.Name);
        Assert.Equal(SavedReport.LeadsCategory, saved.Category);
        Assert.Equal(BuiltInReport.ByScore, saved.BasedOn);
        Assert.Same(definition, saved.Definition);
        Assert.Equal("Hot leads (based on by-score: leads by stars:desc; filter: converted = false and stars >= 4; sort: name)", saved.ToString());
    }

    [Fact]
    public void FromBuiltIn_NarrowsResortsAndRecolumnsTheBuiltIn()
    {
        var saved = SavedReport.FromBuiltIn("Web", BuiltInReport.ByAssigned, "source = \"Web\"", "company:desc", ["name", "title"]);

        Assert.Equal(
            BuiltInReports.ByAssigned.Where("source = \"Web\"").WithSort("company:desc").WithColumns(RecordField.FullName, RecordField.JobTitle),
            saved.Definition);
        Assert.Equal(BuiltInReports.ByAssigned, SavedReport.FromBuiltIn("Plain", BuiltInReport.ByAssigned, " ", null, null).Definition);
        Assert.Null(new SavedReport("x", ReportDefinition.Create()).BasedOn);
    }

    [Fact]
    public void WithName_AndWithDefinition_ReturnChangedCopies()
    {
        var saved = SavedReport.FromBuiltIn("Mine", BuiltInReport.ByAssigned);

        var renamed = saved.WithName(" Ours ");
        var changed = saved.WithDefinition(BuiltInReports.ByScore);

        Assert.Equal("Ours", renamed.Name);
        Assert.Equal(saved.Definition, renamed.Definition);
        Assert.Equal("Mine", changed.Name);
        Assert.Equal(BuiltInReports.ByScore, changed.Definition);
        Assert.NotEqual(saved, renamed);
        Assert.Equal(saved, SavedReport.FromBuiltIn("Mine", BuiltInReport.ByAssigned));
        Assert.Equal(saved.GetHashCode(), SavedReport.FromBuiltIn("Mine", BuiltInReport.ByAssigned).GetHashCode());
    }

    [Theory]
    [InlineData("", "LeadKit.SavedReport.Name")]
    [InlineData("   ", "LeadKit.SavedReport.Name")]
    [InlineData(null, "LeadKit.SavedReport.Name")]
    public void Create_RefusesBlankNames(string? name, string code)
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => new SavedReport(name!, BuiltInReports.ByScore));

        Assert.Equal(code, ex.Errors[0].ErrorCode);
    }

    [Fact]
    public void Create_RefusesLongNamesOtherCategoriesAndUnknownBuiltIns()
    {
        Assert.Equal("LeadKit.SavedReport.Name", Assert.Throws<LeadKitValidationException>(() => new SavedReport(new string('x', 256), BuiltInReports.ByScore)).Errors[0].ErrorCode);
        Assert.Equal("x".PadRight(255, 'x'), new SavedReport(new string('x', 255), BuiltInReports.ByScore).Name);
        Assert.Equal("LeadKit.SavedReport.Category", Assert.Throws<LeadKitValidationException>(() => new SavedReport("x", BuiltInReports.ByScore, null, "Contacts")).Errors[0].ErrorCode);
        Assert.Equal("LeadKit.SavedReport.BasedOn", Assert.Throws<LeadKitValidationException>(() => new SavedReport("x", BuiltInReports.ByScore, (BuiltInReport)5)).Errors[0].ErrorCode);
        Assert.Equal("LeadKit.SavedReport.BasedOn", Assert.Throws<LeadKitValidationException>(() => SavedReport.FromBuiltIn("x", (BuiltInReport)5)).Errors[0].ErrorCode);
        Assert.Equal("LeadKit.Report.Sort", Assert.Throws<ReportException>(() => SavedReport.FromBuiltIn("x", BuiltInReport.ByScore, sort: "email")).Code);
        Assert.Throws<ArgumentNullException>(() => new SavedReport("x", null!));
    }

    [Theory]
    [InlineData(BuiltInReport.ByAssigned, "by-assigned")]
    [InlineData(BuiltInReport.ByAssignedRating, "by-assigned-rating")]
    [InlineData(BuiltInReport.ByScore, "by-score")]
    public void BuiltInNames_RoundTrip(BuiltInReport report, string name)
    {
        Assert.Equal(name, SavedReport.NameOf(report));
        Assert.True(SavedReport.TryParseBuiltIn(" " + name.ToUpperInvariant() + " ", out var parsed));
        Assert.Equal(report, parsed);
        Assert.False(SavedReport.TryParseBuiltIn("by-nothing", out _));
        Assert.False(SavedReport.TryParseBuiltIn(null, out _));
    }
}
