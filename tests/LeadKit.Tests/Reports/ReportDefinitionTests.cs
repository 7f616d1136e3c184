using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Reports;

namespace LeadKit.Tests.Reports;

public sealed class ReportDefinitionTests
{
    private static readonly FieldCatalog Catalog = FieldCatalog.For(new CustomFieldSchema(
    [
        new CustomFieldDefinition(RecordKind.Lead, "Region", CustomFieldType.Text),
        new CustomFieldDefinition(RecordKind.Lead, "Deal size", CustomFieldType.Currency, currencyCode: "EUR"),
    ]));

    [Fact]
    public void Create_Defaults_CountEveryLeadInOneTotal()
    {
        var definition = ReportDefinition.Create();

        Assert.Equal(RecordKind.Lead, definition.RecordKind);
        Assert.Equal(Filter.All, definition.Filter);
        Assert.Equal(SortSpec.ById, definition.Sort);
        Assert.Empty(definition.Groups);
        Assert.Equal(ReportDefinition.DefaultColumns, definition.Columns.ToArray());
        Assert.Empty(definition.Totals);
    }

    [Fact]
    public void BuiltIns_AreDefinitionsOfOpenLeads()
    {
        Assert.Equal("leads by assignedTo; filter: converted = false; sort: name", BuiltInReports.ByAssigned.ToString());
        Assert.Equal("leads by assignedTo, rating; filter: converted = false; sort: name", BuiltInReports.ByAssignedAndRating.ToString());
        Assert.Equal("leads by stars:desc; filter: converted = false; sort: name", BuiltInReports.ByScore.ToString());
        Assert.Equal([BuiltInReports.ByAssigned, BuiltInReports.ByAssignedAndRating, BuiltInReports.ByScore], BuiltInReports.All.Select(BuiltInReports.Get));
        Assert.Equal(["Leads by Assigned To", "Leads by Assigned To and Rating", "Leads by Score"], BuiltInReports.All.Select(BuiltInReports.Title));
        Assert.Throws<ArgumentOutOfRangeException>(() => BuiltInReports.Get((BuiltInReport)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => BuiltInReports.Title((BuiltInReport)7));
    }

    [Fact]
    public void Changes_ReturnNewDefinitions_AndLeaveTheOriginal()
    {
        var original = BuiltInReports.ByScore;

        var changed = original.Where("source = \"Web\"").WithSort("company:desc").WithColumns(RecordField.FullName).WithTotals(ReportTotal.Average(RecordField.ScorePoints));

        Assert.Equal(Filter.Parse("converted = false and source = \"Web\""), changed.Filter);
        Assert.Equal(SortSpec.Parse("company:desc"), changed.Sort);
        Assert.Equal([RecordField.FullName], changed.Columns.ToArray());
        Assert.Equal("avg(scorePoints)", Assert.Single(changed.Totals).ToString());
        Assert.Equal(original.Groups, changed.Groups);
        Assert.Equal(Filter.Parse("converted = false"), original.Filter);
        Assert.NotEqual(original, changed);
        Assert.Equal(Filter.Parse("stars >= 4"), original.WithFilter("stars >= 4").Filter);
        Assert.Equal(Filter.All, original.WithFilter(" ").Filter);
        Assert.Equal(RecordKind.BusinessContact, original.WithRecordKind(RecordKind.BusinessContact).RecordKind);
        Assert.Equal([new GroupLevel(RecordField.Rating)], original.WithGroups(new GroupLevel(RecordField.Rating)).Groups.ToArray());
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var a = ReportDefinition.Parse(["assignedTo", "rating:count"], "stars >= 3", "name", ["name", "custom.Region"], ["sum(stars)"]);
        var b = ReportDefinition.Create(
            [new GroupLevel(RecordField.AssignedTo), new GroupLevel(RecordField.Rating, GroupOrder.LargestFirst)],
            RecordField.Stars.GreaterThanOrEqualTo(3),
            SortSpec.By(RecordField.FullName.Ascending()),
            [RecordField.FullName, RecordField.Custom("REGION")],
            [ReportTotal.Sum(RecordField.Stars)]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.WithRecordKind(RecordKind.BusinessContact));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals("text"));
    }

    [Theory]
    [InlineData("rating", "rating", GroupOrder.Ascending)]
    [InlineData(" stars : DESC ", "stars", GroupOrder.Descending)]
    [InlineData("company:count", "company", GroupOrder.LargestFirst)]
    [InlineData("title:asc", "title", GroupOrder.Ascending)]
    [InlineData("custom.\"Deal size\":desc", "custom.\"Deal size\"", GroupOrder.Descending)]
    [InlineData("jobTitle", "title", GroupOrder.Ascending)]
    public void GroupLevel_Parse_ReadsFieldAndOrder(string text, string field, GroupOrder order)
    {
        var level = GroupLevel.Parse(text);

        Assert.Equal(field, level.Field.Name);
        Assert.Equal(order, level.Order);
        Assert.Equal(level, GroupLevel.Parse(level.ToString()));
    }

    [Theory]
    [InlineData("sum(scorePoints)", TotalKind.Sum, "scorePoints")]
    [InlineData(" AVG( stars ) ", TotalKind.Average, "stars")]
    [InlineData("average(manualStars)", TotalKind.Average, "manualStars")]
    [InlineData("sum(custom.\"Deal size (EUR)\")", TotalKind.Sum, "custom.\"Deal size (EUR)\"")]
    public void ReportTotal_Parse_ReadsKindAndField(string text, TotalKind kind, string field)
    {
        var total = ReportTotal.Parse(text);

        Assert.Equal(kind, total.Kind);
        Assert.Equal(field, total.Field.Name);
        Assert.Equal(total, ReportTotal.Parse(total.ToString()));
    }

    [Theory]
    [InlineData("email", "LeadKit.Report.NotGroupable", "email")]
    [InlineData("name", "LeadKit.Report.NotGroupable", "name")]
    [InlineData("created", "LeadKit.Report.NotGroupable", "created")]
    [InlineData("nope", "LeadKit.Report.UnknownField", "nope")]
    [InlineData("rating:up", "LeadKit.Report.Syntax", "rating")]
    [InlineData("custom.Nope", "LeadKit.Report.UnknownField", "custom.Nope")]
    public void GroupLevel_Parse_RefusesWithACode(string text, string code, string field)
    {
        var ex = Assert.Throws<ReportException>(() => GroupLevel.Parse(text, Catalog));

        Assert.Equal(code, ex.Code);
        Assert.Equal(field, ex.Field);
        Assert.Contains($"'{(code == "LeadKit.Report.Syntax" ? text : field)}'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sum(company)", "LeadKit.Report.NotNumeric", "company")]
    [InlineData("sum(custom.Region)", "LeadKit.Report.NotNumeric", "custom.Region")]
    [InlineData("avg(nope)", "LeadKit.Report.UnknownField", "nope")]
    [InlineData("max(stars)", "LeadKit.Report.Syntax", null)]
    [InlineData("stars", "LeadKit.Report.Syntax", null)]
    [InlineData("sum(stars", "LeadKit.Report.Syntax", null)]
    [InlineData("sum(email)", "LeadKit.Report.NotNumeric", "email")]
    public void ReportTotal_Parse_RefusesWithACode(string text, string code, string? field)
    {
        var ex = Assert.Throws<ReportException>(() => ReportTotal.Parse(text, Catalog));

        Assert.Equal(code, ex.Code);
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Parse_BadFilter_IsARefusalWithTheColumn()
    {
        var ex = Assert.Throws<ReportException>(() => ReportDefinition.Parse(filter: "stars >= \"many\" and"));

        Assert.Equal("LeadKit.Report.Filter", ex.Code);
        var syntax = Assert.IsType<FilterSyntaxException>(ex.InnerException);
        Assert.StartsWith("The report's filter is not valid: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(syntax.Message, ex.Message, StringComparison.Ordinal);
        Assert.Equal("LeadKit.Report.Filter", Assert.Throws<ReportException>(() => BuiltInReports.ByAssigned.Where("nope = 1")).Code);
        Assert.Equal("LeadKit.Report.Filter", Assert.Throws<ReportException>(() => BuiltInReports.ByAssigned.WithFilter("(")).Code);
    }

    [Fact]
    public void Parse_BadSort_IsARefusal()
    {
        var ex = Assert.Throws<ReportException>(() => BuiltInReports.ByScore.WithSort("email"));

        Assert.Equal("LeadKit.Report.Sort", ex.Code);
        Assert.Equal("email", ex.Field);
        Assert.IsType<FilterSyntaxException>(ex.InnerException);
    }

    [Fact]
    public void Parse_UnknownColumn_NamesTheFieldsThatExist()
    {
        var ex = Assert.Throws<ReportException>(() => ReportDefinition.Parse(columns: ["name", "nickName", "custom.Region", "custom.Gone"], catalog: Catalog));

        Assert.Equal("LeadKit.Report.UnknownField", ex.Code);
        Assert.Equal("custom.Gone", ex.Field);
        Assert.Contains("The fields are: id, name, first", ex.Message, StringComparison.Ordinal);
        Assert.Contains("custom.Region", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RefusesRepeatsUnreadableColumnsAndTooMany()
    {
        Assert.Equal("LeadKit.Report.GroupRepeated", Refusal(() => ReportDefinition.Parse(["rating", "RATING:desc"])).Code);
        Assert.Equal("LeadKit.Report.TooManyGroups", Refusal(() => ReportDefinition.Parse(["rating", "source", "stars", "title", "company"])).Code);
        Assert.Equal("LeadKit.Report.NotReadable", Refusal(() => ReportDefinition.Create(columns: [RecordField.Photo])).Code);
        Assert.Equal("LeadKit.Report.ColumnRepeated", Refusal(() => ReportDefinition.Parse(columns: ["name", "fullName"])).Code);
        Assert.Equal("LeadKit.Report.TooManyColumns", Refusal(() => ReportDefinition.Create(columns: Enumerable.Range(0, 65).Select(i => RecordField.Custom("c" + i)))).Code);
        Assert.Equal("LeadKit.Report.TotalRepeated", Refusal(() => ReportDefinition.Parse(totals: ["sum(stars)", "SUM(stars)"])).Code);
        Assert.Equal("LeadKit.Report.TooManyTotals", Refusal(() => ReportDefinition.Create(totals: Enumerable.Range(0, 17).Select(i => ReportTotal.Sum(RecordField.Custom("n" + i))))).Code);
        Assert.Equal("LeadKit.Report.RecordKind", Refusal(() => ReportDefinition.Create(recordKind: (RecordKind)9)).Code);
        Assert.Equal("LeadKit.Report.NotGroupable", Refusal(() => new GroupLevel(RecordField.City)).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupLevel(RecordField.Rating, (GroupOrder)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportTotal((TotalKind)9, RecordField.Stars));
        Assert.Throws<ArgumentException>(() => ReportDefinition.Create(groups: [null!]));
        Assert.Throws<ArgumentNullException>(() => BuiltInReports.ByScore.WithFilter((Filter)null!));
    }

    [Fact]
    public void Check_AgainstTheWorkspace_BindsCustomFieldsOrRefusesUnknownOnes()
    {
        var definition = ReportDefinition.Parse(["custom.region"], "custom.\"Deal size\" > 10", "custom.Region", ["custom.REGION"], ["avg(custom.\"deal size\")"]);

        var bound = definition.Check(Catalog);

        Assert.Equal(definition, bound);
        Assert.NotNull(bound.Groups[0].Field.CustomField);
        Assert.NotNull(bound.Totals[0].Field.CustomField);
        Assert.Equal("LeadKit.Report.UnknownField", Refusal(() => ReportDefinition.Parse(filter: "custom.Gone = 1").Check(Catalog)).Code);
        Assert.Equal("LeadKit.Report.UnknownField", Refusal(() => ReportDefinition.Parse(sort: "custom.Gone").Check(Catalog)).Code);
        Assert.Equal("LeadKit.Report.UnknownField", Refusal(() => ReportDefinition.Parse(["custom.Region"]).Check(FieldCatalog.BuiltIn)).Code);
        Assert.Equal("LeadKit.Report.NotNumeric", Refusal(() => ReportDefinition.Parse(totals: ["sum(custom.Region)"]).Check(Catalog)).Code);
        Assert.Same(BuiltInReports.ByScore.Filter, BuiltInReports.ByScore.Check(Catalog).Filter);
    }

    private static ReportException Refusal(Func<object> build) => Assert.Throws<ReportException>(build);
}
