using System.IO;
using System.Text.Json;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Reports;
using NodaTime;

namespace LeadKit.Tests.Reports;

public sealed class ReportRendererTests
{
    private static readonly Guid AnnId = Guid.Parse("0193b6a1-0000-7000-8000-000000000001");

    [Fact]
    public void Table_IndentsSubgroups_RoundsAverages_EndsWithTheTotal()
    {
        Assert.Equal(
            """
            Leads by Assigned To and Rating

            assignedTo / rating  count  avg(stars)
            -------------------  -----  ----------
            Ann Lee                  3           3
              Hot                    2         4.5
              (none)                 1           0
            (unassigned)             1           2
              Cold                   1           2
            Total                    4        2.75

            """.ReplaceLineEndings(),
            ReportRenderer.Render(Sample(items: false), ReportFormat.Table));
    }

    [Fact]
    public void Table_ListsItemsUnderTheirGroup()
    {
        Assert.Equal(
            """
            Leads by Assigned To and Rating

            assignedTo / rating  count  avg(stars)
            -------------------  -----  ----------
            Ann Lee                  3           3
              Hot                    2         4.5
                  name             company        email                         stars
                  Ann One          Contoso, Inc.  ann@one.example; a@b.example  5
                  =HYPERLINK("x")  Say "hi"                                     4
              (none)                 1           0
                  name             company        email                         stars
                  Ann Four                                                      0
            (unassigned)             1           2
              Cold                   1           2
                  name             company        email                         stars
                  Una One          -1 Corp                                      2
            Total                    4        2.75

            """.ReplaceLineEndings(),
            ReportRenderer.Render(Sample(items: true), ReportFormat.Table));
    }

    [Fact]
    public void Csv_OneLinePerLastLevelGroup()
    {
        Assert.Equal(
            "assignedTo,rating,count,avg(stars)\r\nAnn Lee,Hot,2,4.5\r\nAnn Lee,(none),1,0\r\n(unassigned),Cold,1,2\r\n",
            ReportRenderer.Render(Sample(items: false), ReportFormat.Csv));
    }

    [Fact]
    public void Csv_WithItems_OneLinePerItem_QuotedAndFormulasNeutralised()
    {
        Assert.Equal(
            "assignedTo,rating,name,company,email,stars\r\n"
            + "Ann Lee,Hot,Ann One,\"Contoso, Inc.\",ann@one.example; a@b.example,5\r\n"
            + "Ann Lee,Hot,\"'=HYPERLINK(\"\"x\"\")\",\"Say \"\"hi\"\"\",,4\r\n"
            + "Ann Lee,(none),Ann Four,,,0\r\n"
            + "(unassigned),Cold,Una One,'-1 Corp,,2\r\n",
            ReportRenderer.Render(Sample(items: true), ReportFormat.Csv));
    }

    [Fact]
    public void Csv_WithoutGroups_OneLineOfTotals_OrItems()
    {
        var definition = ReportDefinition.Create(columns: [RecordField.FullName, RecordField.Stars], totals: [ReportTotal.Average(RecordField.Stars)]);
        var plain = new ReportResult("All", definition, Filter.All, 3, [new TotalValue(definition.Totals[0], 10m, 3)], [], []);
        var listed = new ReportResult("All", definition, Filter.All, 1, [new TotalValue(definition.Totals[0], -2m, 1)], [], [new ReportItem(RecordReference.To(new LeadId(AnnId)), ["-2", -2m])]);

        Assert.Equal("count,avg(stars)\r\n3,3.3333\r\n", ReportRenderer.Render(plain, ReportFormat.Csv));
        Assert.Equal("name,stars\r\n-2,-2\r\n", ReportRenderer.Render(listed, ReportFormat.Csv));
        Assert.Equal("All\n\n       count  avg(stars)\n-----  -----  ----------\nTotal      3        3.33\n".ReplaceLineEndings(), ReportRenderer.Render(plain, ReportFormat.Table));
    }

    [Fact]
    public void Json_FollowsTheConsoleContract()
    {
        var json = ReportRenderer.Render(Sample(items: true), ReportFormat.Json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("Leads by Assigned To and Rating", root.GetProperty("name").GetString());
        Assert.Equal("lead", root.GetProperty("recordKind").GetString());
        Assert.Equal("converted = false", root.GetProperty("filter").GetString());
        Assert.Equal(4, root.GetProperty("total").GetInt64());
        Assert.Equal(2.75m, root.GetProperty("totals").GetProperty("avg(stars)").GetDecimal());
        var ann = root.GetProperty("groups")[0];
        Assert.Equal("Ann Lee", ann.GetProperty("key").GetString());
        Assert.Equal(AnnId.ToString(), ann.GetProperty("value").GetString());
        Assert.Equal(3, ann.GetProperty("count").GetInt64());
        Assert.Equal(0, ann.GetProperty("items").GetArrayLength());
        var hot = ann.GetProperty("groups")[0];
        Assert.Equal(0, hot.GetProperty("groups").GetArrayLength());
        var item = hot.GetProperty("items")[0];
        Assert.Equal("0193b6a1-0000-7000-8000-000000000100", item.GetProperty("id").GetString());
        Assert.Equal("Contoso, Inc.", item.GetProperty("company").GetString());
        Assert.Equal(["ann@one.example", "a@b.example"], item.GetProperty("email").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(5, item.GetProperty("stars").GetDecimal());
        Assert.Equal(JsonValueKind.Null, hot.GetProperty("items")[1].GetProperty("email").ValueKind);
        Assert.Contains("\"name\": \"=HYPERLINK(\\\"x\\\")\"", json, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("groups")[1].GetProperty("value").ValueKind);
        Assert.Equal(0, root.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Json_WritesIntoAHostsWriter()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            ReportRenderer.WriteJson(Sample(items: false), writer);
            ReportRenderer.WriteJson(Funnel(), writer);
            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(2, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void Funnel_Table()
    {
        Assert.Equal(
            """
            Sales funnel: leads created from 2026-01-01T00:00:00Z to 2026-02-01T00:00:00Z; qualified from 4 stars

                          created  qualified  converted  withOpportunity      won          value won
            ------------  -------  ---------  ---------  ---------------  -------  -----------------
            Team                8  5 (62.5%)  3 (37.5%)          4 (50%)  2 (25%)  4000 EUR, 200 USD
            Ann Lee             3   3 (100%)  1 (33.3%)        2 (66.7%)   0 (0%)
            (unassigned)        5    2 (40%)    2 (40%)          2 (40%)  2 (40%)  4000 EUR, 200 USD

            """.ReplaceLineEndings(),
            ReportRenderer.Render(Funnel(), ReportFormat.Table));
    }

    [Fact]
    public void Funnel_Csv()
    {
        Assert.Equal(
            "name,user,created,qualified,converted,withOpportunity,won,qualifiedRate,convertedRate,withOpportunityRate,wonRate,valueWon\r\n"
            + "Team,,8,5,3,4,2,0.625,0.375,0.5,0.25,4000 EUR; 200 USD\r\n"
            + $"Ann Lee,{AnnId},3,3,1,2,0,1,0.3333,0.6667,0,\r\n"
            + "(unassigned),,5,2,2,2,2,0.4,0.4,0.4,0.4,4000 EUR; 200 USD\r\n",
            ReportRenderer.Render(Funnel(), ReportFormat.Csv));
    }

    [Fact]
    public void Funnel_Json_FollowsTheConsoleContract()
    {
        using var document = JsonDocument.Parse(ReportRenderer.Render(Funnel(), ReportFormat.Json));
        var root = document.RootElement;

        Assert.Equal("2026-01-01T00:00:00Z", root.GetProperty("from").GetString());
        Assert.Equal("2026-02-01T00:00:00Z", root.GetProperty("to").GetString());
        Assert.Equal(4, root.GetProperty("qualifiedStars").GetInt32());
        Assert.Equal(["created", "qualified", "converted", "withOpportunity", "won"], root.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal([8L, 5, 3, 4, 2], root.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("count").GetInt64()));
        Assert.Equal(0.625m, root.GetProperty("stages")[1].GetProperty("rate").GetDecimal());
        Assert.Equal(0.6m, root.GetProperty("stages")[2].GetProperty("stepRate").GetDecimal());
        Assert.Equal("EUR", root.GetProperty("valueWon")[0].GetProperty("currency").GetString());
        Assert.Equal(4000m, root.GetProperty("valueWon")[0].GetProperty("amount").GetDecimal());
        var ann = root.GetProperty("byAssigned")[0];
        Assert.Equal(AnnId.ToString(), ann.GetProperty("user").GetString());
        Assert.Equal("Ann Lee", ann.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("byAssigned")[1].GetProperty("user").ValueKind);
        Assert.Equal(JsonValueKind.Null, ReportRenderer.Render(FunnelResults.Empty(), ReportFormat.Json) is var text ? JsonDocument.Parse(text).RootElement.GetProperty("from").ValueKind : JsonValueKind.Undefined);
    }

    [Fact]
    public void Funnel_Table_NamesOpenPeriods()
    {
        Assert.StartsWith("Sales funnel: all leads; qualified from 4 stars", ReportRenderer.Render(FunnelResults.Empty(), ReportFormat.Table), StringComparison.Ordinal);
        Assert.StartsWith("Sales funnel: leads created from 2026-01-01T00:00:00Z;", ReportRenderer.Render(FunnelResults.Empty(from: Instant.FromUtc(2026, 1, 1, 0, 0)), ReportFormat.Table), StringComparison.Ordinal);
        Assert.StartsWith("Sales funnel: leads created before 2026-01-01T00:00:00Z;", ReportRenderer.Render(FunnelResults.Empty(to: Instant.FromUtc(2026, 1, 1, 0, 0)), ReportFormat.Table), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnknownFormat_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportRenderer.Render(Sample(false), (ReportFormat)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportRenderer.Render(Funnel(), (ReportFormat)9));
        Assert.Throws<ArgumentNullException>(() => ReportRenderer.Write(Sample(false), ReportFormat.Csv, null!));
        Assert.Throws<ArgumentNullException>(() => ReportRenderer.Render((ReportResult)null!, ReportFormat.Csv));
    }

    private static ReportResult Sample(bool items)
    {
        var definition = BuiltInReports.ByAssignedAndRating.WithTotals(ReportTotal.Average(RecordField.Stars)).WithColumns(RecordField.FullName, RecordField.Company, RecordField.Email, RecordField.Stars);
        var assigned = definition.Groups[0];
        var rating = definition.Groups[1];
        var avg = definition.Totals[0];
        IReadOnlyList<ReportItem> Items(params (string Name, string? Company, string[] Emails, decimal Stars)[] rows) => items
            ? [.. rows.Select((r, i) => new ReportItem(RecordReference.To(new LeadId(Guid.Parse($"0193b6a1-0000-7000-8000-00000000010{i}"))), [r.Name, r.Company, r.Emails.Length == 0 ? null : r.Emails.Cast<object>().ToList(), r.Stars]))]
            : [];
        var hot = new ReportGroup(rating, "Hot", "Hot", 2, [new TotalValue(avg, 9m, 2)], [], Items(("Ann One", "Contoso, Inc.", ["ann@one.example", "a@b.example"], 5m), ("=HYPERLINK(\"x\")", "Say \"hi\"", [], 4m)), Filter.All);
        var none = new ReportGroup(rating, null, ReportGroup.NoneDisplay, 1, [new TotalValue(avg, 0m, 1)], [], Items(("Ann Four", null, [], 0m)), Filter.All);
        var ann = new ReportGroup(assigned, AnnId.ToString(), "Ann Lee", 3, [new TotalValue(avg, 9m, 3)], [hot, none], [], Filter.All);
        var cold = new ReportGroup(rating, "Cold", "Cold", 1, [new TotalValue(avg, 2m, 1)], [], Items(("Una One", "-1 Corp", [], 2m)), Filter.All);
        var nobody = new ReportGroup(assigned, null, ReportGroup.UnassignedDisplay, 1, [new TotalValue(avg, 2m, 1)], [cold], [], Filter.All);
        return new ReportResult("Leads by Assigned To and Rating", definition, definition.Filter, 4, [new TotalValue(avg, 11m, 4)], [ann, nobody], []);
    }

    private static FunnelResult Funnel() => FunnelResults.January();

    /// <summary>Funnel results built by hand, as the funnel would make them.</summary>
    private static class FunnelResults
    {
        public static FunnelResult January()
        {
            var team = Row(null, FunnelResult.TeamName, [8, 5, 3, 4, 2], [new("EUR", 4000m), new("USD", 200m)]);
            var ann = Row(new UserId(AnnId), "Ann Lee", [3, 3, 1, 2, 0], []);
            var nobody = Row(null, ReportGroup.UnassignedDisplay, [5, 2, 2, 2, 2], [new("EUR", 4000m), new("USD", 200m)]);
            return new FunnelResult(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 2, 1, 0, 0), 4, team, [ann, nobody]);
        }

        public static FunnelResult Empty(Instant? from = null, Instant? to = null) =>
            new(from, to, 4, Row(null, FunnelResult.TeamName, [0, 0, 0, 0, 0], []), []);

        private static FunnelRow Row(UserId? user, string name, long[] counts, CurrencyAmount[] won) =>
            new(user, name, [.. counts.Select((c, i) => new FunnelStage((FunnelStageKind)i, c, counts[0], counts[Math.Max(0, i - 1)]))], won);
    }
}
