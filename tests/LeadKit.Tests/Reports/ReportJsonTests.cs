using System.Text.Json;
using FsCheck.Xunit;
using LeadKit.Leads;
using LeadKit.Reports;
using LeadKit.Serialization;
using LeadKit.Validation;

namespace LeadKit.Tests.Reports;

[Properties(Arbitrary = new[] { typeof(ReportArbitraries), typeof(Querying.QueryArbitraries) })]
public sealed class ReportJsonTests
{
    private static readonly JsonSerializerOptions Options = LeadKitJsonOptions.Default;

    [Property(MaxTest = 300)]
    public bool Definition_RoundTrips(ReportDefinition definition)
    {
        var json = JsonSerializer.Serialize(definition, Options);
        var read = JsonSerializer.Deserialize<ReportDefinition>(json, Options);
        return definition.Equals(read) && JsonSerializer.Serialize(read, Options) == json;
    }

    [Property(MaxTest = 300)]
    public bool SavedReport_RoundTrips(ReportDefinition definition, bool fromBuiltIn)
    {
        var saved = new SavedReport("  Mine  ", definition, fromBuiltIn ? BuiltInReport.ByScore : null);
        var read = JsonSerializer.Deserialize<SavedReport>(JsonSerializer.Serialize(saved, Options), Options);
        return saved.Equals(read) && read!.Name == "Mine";
    }

    [Fact]
    public void Definition_Shape_IsItsTextForm()
    {
        var definition = BuiltInReports.ByAssignedAndRating.WithTotals(ReportTotal.Average(RecordField("stars")));

        var json = JsonSerializer.Serialize(definition, Options);

        Assert.Equal(
            """{"schemaVersion":1,"recordKind":"lead","filter":"converted = false","sort":"name","groups":["assignedTo","rating"],"columns":["name","company","stars"],"totals":["avg(stars)"]}""",
            json);
        Assert.Equal(
            """{"schemaVersion":1,"recordKind":"businessContact","groups":[],"columns":[]}""",
            JsonSerializer.Serialize(ReportDefinition.Create(columns: [], recordKind: RecordKind.BusinessContact), Options));
    }

    [Fact]
    public void SavedReport_Shape_HoldsTheDefinition()
    {
        var saved = SavedReport.FromBuiltIn("Hot leads", BuiltInReport.ByScore, "stars >= 4", "company", ["name", "company"]);

        Assert.Equal(
            """{"schemaVersion":1,"name":"Hot leads","category":"Leads","basedOn":"by-score","recordKind":"lead","filter":"converted = false and stars >= 4","sort":"company","groups":["stars:desc"],"columns":["name","company"]}""",
            JsonSerializer.Serialize(saved, Options));
    }

    [Fact]
    public void SavedReport_FromBeforeDefinitions_IsItsBuiltInChanged()
    {
        const string Legacy = """{"schemaVersion":1,"name":"Hot leads","category":"Leads","basedOn":"by-score","filter":"stars >= 4","sort":"company","columns":["name","company"]}""";

        var read = JsonSerializer.Deserialize<SavedReport>(Legacy, Options)!;

        Assert.Equal(SavedReport.FromBuiltIn("Hot leads", BuiltInReport.ByScore, "stars >= 4", "company", ["name", "company"]), read);
        Assert.Equal(BuiltInReports.ByAssigned, JsonSerializer.Deserialize<SavedReport>("""{"schemaVersion":1,"name":"Mine","basedOn":"by-assigned"}""", Options)!.Definition);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"recordKind":"lead","columns":[]}""", "$.groups: this member is required.")]
    [InlineData("""{"schemaVersion":1,"groups":["email"]}""", "$.groups[0]: A report cannot group by 'email'")]
    [InlineData("""{"schemaVersion":1,"groups":[null]}""", "$.groups[0]: this member is required.")]
    [InlineData("""{"schemaVersion":1,"groups":[],"columns":["nope"]}""", "$.columns[0]: 'nope' is not a field.")]
    [InlineData("""{"schemaVersion":1,"groups":[],"totals":["sum(company)"]}""", "$.totals[0]: A report can only add up numbers")]
    [InlineData("""{"schemaVersion":1,"groups":[],"filter":"stars >="}""", "$.filter: The report's filter is not valid:")]
    [InlineData("""{"schemaVersion":1,"groups":[],"sort":"email"}""", "$.sort: The report's sort is not valid:")]
    [InlineData("""{"schemaVersion":1,"groups":["rating","rating"]}""", "$: The report groups by 'rating' twice.")]
    [InlineData("""{"schemaVersion":2,"groups":[]}""", "and this one has version 2")]
    public void Definition_Refusals_NameThePath(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportDefinition>(json, Options));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"name":"x","basedOn":"by-nothing","groups":[]}""", "$.basedOn: 'by-nothing' is not a built-in report", null)]
    [InlineData("""{"schemaVersion":1,"name":"x"}""", "$.basedOn: this member is required.", null)]
    [InlineData("""{"schemaVersion":1,"name":" ","groups":[]}""", "$: SavedReport is invalid: Name: A report name is 1 to 255 characters.", "LeadKit.SavedReport.Name")]
    [InlineData("""{"schemaVersion":1,"name":"x","category":"Contacts","groups":[]}""", "$: SavedReport is invalid: Category: The only report category is", "LeadKit.SavedReport.Category")]
    [InlineData("""{"schemaVersion":1,"name":"x","category":"Contacts","basedOn":"by-score"}""", "$: SavedReport is invalid: Category: The only report category is", "LeadKit.SavedReport.Category")]
    [InlineData("""{"schemaVersion":1,"name":"x","basedOn":"by-score","filter":"nope = 1"}""", "$: The report's filter is not valid:", null)]
    public void SavedReport_Refusals_NameThePath(string json, string message, string? code)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SavedReport>(json, Options));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        if (code is not null)
        {
            Assert.Equal(code, Assert.IsType<LeadKitValidationException>(ex.InnerException).Errors[0].ErrorCode);
        }
    }

    private static LeadKit.Querying.RecordField RecordField(string name) => LeadKit.Querying.RecordField.Parse(name);
}
