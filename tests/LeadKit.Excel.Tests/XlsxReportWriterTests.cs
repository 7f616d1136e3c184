using System.IO;
using System.IO.Compression;
using LeadKit.Leads;
using LeadKit.Reporting;
using LeadKit.Reports;
using LeadKit.Storage.InMemory;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Excel.Tests;

/// <summary>Reports and funnels as workbooks: the CSV layout, counts as numbers, the sheet named after the report.</summary>
public sealed class XlsxReportWriterTests
{
    private static async Task<(LeadReports Reports, SalesFunnel Funnel)> WorkspaceAsync()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 9, 0));
        var store = new InMemoryLeadKitStore(clock);
        var workspace = (await store.CreateWorkspaceAsync("Excel")).Id;
        var ann = new WorkspaceUser(UserId.New(), "Ann Lee");
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Users.AddAsync(ann);
            var leads = new[] { ("Ann One", "Hot", 5), ("Ann Two", "Cold", 2), ("=Bad [name]", "Hot", 4) }.Select(r =>
            {
                var lead = Lead.Create(PersonName.Parse(r.Item1), clock);
                lead.SetAssignedTo(ann.Id);
                lead.SetRating(new Rating(r.Item2));
                lead.SetManualScore(r.Item3);
                return lead;
            }).ToList();
            await unit.Leads.AddAsync(leads);
            await unit.CommitAsync();
        }

        return (new LeadReports(store, workspace), new SalesFunnel(store, workspace));
    }

    [Fact]
    public async Task WriteAsync_OneRowPerLastLevelGroup_CountsAsNumbers()
    {
        var (reports, _) = await WorkspaceAsync();
        var result = await reports.RunAsync(BuiltInReports.ByAssignedAndRating.WithTotals(ReportTotal.Average(RecordField("stars"))), new ReportRunOptions { Name = "Leads: by [user]/rating, and more than 31 characters" });
        using var stream = new MemoryStream();

        var rows = await XlsxReportWriter.WriteAsync(stream, result);

        Assert.Equal(2, rows);
        var table = Xlsx.Read(stream.ToArray());
        Assert.Equal("Leads by userrating, and more t", table.SheetName);
        Assert.Equal(["assignedTo", "rating", "count", "avg(stars)"], table.Header.Names);
        Assert.Equal([["Ann Lee", "Cold", "1", "2"], ["Ann Lee", "Hot", "2", "4.5"]], table.Rows.Select(r => Enumerable.Range(0, 4).Select(i => r[i]).ToArray()));
        Assert.Contains("<x:v>4.5</x:v>", SheetXml(stream.ToArray()).Replace("<v>", "<x:v>", StringComparison.Ordinal).Replace("</v>", "</x:v>", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_WithItems_NeutralisesFormulas()
    {
        var (reports, _) = await WorkspaceAsync();
        var result = await reports.RunBuiltInAsync(BuiltInReport.ByScore, new ReportRunOptions { ItemsPerGroup = 5 });
        using var stream = new MemoryStream();

        await XlsxReportWriter.WriteAsync(stream, result, new XlsxWriteOptions { SheetName = "Score" });

        var table = Xlsx.Read(stream.ToArray());
        Assert.Equal("Score", table.SheetName);
        Assert.Equal(["stars", "name", "company", "assignedTo", "rating"], table.Header.Names);
        Assert.Equal(["5 Ann One", "4 '=Bad [name]", "2 Ann Two"], table.Rows.Select(r => r[0] + " " + r[1]));
    }

    [Fact]
    public async Task WriteFunnelAsync_TeamThenAssignees()
    {
        var (_, funnel) = await WorkspaceAsync();
        using var stream = new MemoryStream();

        var rows = await XlsxReportWriter.WriteFunnelAsync(stream, await funnel.RunAsync());

        Assert.Equal(2, rows);
        var table = Xlsx.Read(stream.ToArray());
        Assert.Equal("Sales funnel", table.SheetName);
        Assert.Equal("name", table.Header.Names[0]);
        Assert.Equal(["Team", "Ann Lee"], table.Rows.Select(r => r[0]));
        Assert.Equal(["3", "3"], table.Rows.Select(r => r[2]));
        await Assert.ThrowsAsync<ArgumentNullException>(() => XlsxReportWriter.WriteFunnelAsync(stream, null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => XlsxReportWriter.WriteAsync(stream, null!));
    }

    private static Querying.RecordField RecordField(string name) => Querying.RecordField.Parse(name);

    private static string SheetXml(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }
}
