using System.IO;
using LeadKit.BulkEdit;
using LeadKit.Csv;
using LeadKit.EntityFrameworkCore;
using LeadKit.Import;
using LeadKit.Operations;
using Microsoft.Data.Sqlite;

namespace LeadKit.Excel.Tests;

/// <summary>Excel import and export end to end on a real SQLite database file (the EF Core store).</summary>
public sealed class SqliteEndToEndTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "leadkit-xlsx-" + Guid.NewGuid().ToString("N"));
    private readonly List<EfLeadKitStore> _stores = [];

    private string DatabasePath => Path.Combine(_folder, "leadkit.db");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still open elsewhere; the OS cleans the temporary folder eventually.
        }
    }

    private EfLeadKitStore Open(NodaTime.IClock clock)
    {
        var store = EfLeadKitStore.UseSqlite(DatabasePath, clock);
        _stores.Add(store);
        return store;
    }

    /// <summary>The Salesforce sample as a spreadsheet user saves it: a workbook of its header and cells.</summary>
    private static async Task<byte[]> SalesforceWorkbookAsync()
    {
        await using var file = File.OpenRead(Path.Combine(Xlsx.SamplesFolder, "csv", "salesforce_demo_leads.csv"));
        await using var csv = await CsvTableReader.OpenAsync(file);
        var rows = new List<string?[]>();
        await foreach (var row in csv.ReadRowsAsync())
        {
            rows.Add([.. Enumerable.Range(0, csv.Header.Count).Select(i => row[i])]);
        }

        return await Xlsx.WriteAsync(csv.Header.Names, rows);
    }

    [Fact]
    public async Task Workbook_ImportedExportedReimportedAndUndone_OnASqliteFile()
    {
        var clock = Workspace.NewClock();
        var ws = await Workspace.CreateAsync(store: Open(clock), clock: clock);
        var workbook = Path.Combine(_folder, "leads.xlsx");
        await File.WriteAllBytesAsync(workbook, await SalesforceWorkbookAsync());

        ImportResult imported;
        await using (var file = File.OpenRead(workbook))
        {
            imported = await new LeadImport(ws.Context).ImportAsync(new XlsxImportSource(file, leaveOpen: true));
        }

        Workspace.AssertAccounted(imported);
        Assert.Equal((22L, 22L, true), (imported.Rows, imported.Imported, imported.IsCommitted));

        // Written to the file: a store opened afresh reads them.
        var reopened = Open(clock);
        await using (var unit = await reopened.BeginAsync(ws.Id, ws.Actor))
        {
            Assert.Equal(22, await unit.Leads.CountAsync());
        }

        var stored = await ws.LeadsAsync();
        Assert.Equal("bblair@abankingco.com", stored.Single(l => l.Name.Last == "Bair").Emails.Single().Address.Value);

        // LeadKit's workbook out of the database file and into a second workspace of the same file: the same leads.
        var export = Path.Combine(_folder, "export.xlsx");
        await using (var file = File.Create(export))
        await using (var target = new XlsxExportTarget(file))
        {
            Assert.Equal(22, (await new Export.LeadExport(ws.Context).ExportAsync(target)).Rows);
        }

        var second = await Workspace.CreateAsync(store: Open(clock), clock: clock);
        var again = await second.ImportAsync(await File.ReadAllBytesAsync(export), ImportOptions.Default with { Duplicates = DuplicatePolicy.Import });
        Workspace.AssertAccounted(again);
        Assert.Equal((22L, 22L), (again.Rows, again.Imported));
        Assert.Empty(again.NotImported);
        var copies = await second.LeadsAsync();
        foreach (var lead in stored)
        {
            Assert.Empty(Workspace.RoundTripDifferences(lead, copies.Single(c => c.Name.FullName == lead.Name.FullName)));
        }

        // Importing the export again into the first workspace, skipping duplicates: nothing new.
        var skipped = await ws.ImportAsync(await File.ReadAllBytesAsync(export));
        Assert.Equal((22L, 0L, 22L), (skipped.Rows, skipped.Imported, skipped.Skipped));

        // The first import undone: its workspace is empty again; the second keeps its leads.
        var undo = await new BulkEditor(ws.Context).UndoOperationAsync(imported.Operation!.Value);
        Assert.True(undo.Report.IsCommitted, undo.Report.ToString());
        Assert.Empty(await ws.LeadsAsync());
        Assert.Equal(22, (await second.LeadsAsync()).Count);
    }

    [Fact]
    public async Task AllOrNothing_WithARejectedRow_WritesNothingToTheFile()
    {
        var clock = Workspace.NewClock();
        var ws = await Workspace.CreateAsync(store: Open(clock), clock: clock);
        var bytes = Xlsx.Write(["First Name", "Last Name", "E-mail Address"], [["Ada", "Lovelace", "ada@example.com"], ["Bea", "Smith", "bea at example"]]);

        var result = await ws.ImportAsync(bytes, ImportOptions.Default with { RejectedRows = FailurePolicy.AllOrNothing });

        Workspace.AssertAccounted(result);
        Assert.Equal((false, 0L, 1L, 1L), (result.IsCommitted, result.Imported, result.Skipped, result.Rejected));
        Assert.Equal((3L, "E-mail Address"), (result.Rejections.Single().Row, result.Rejections.Single().Column));
        Assert.Empty(await ws.LeadsAsync());
    }
}
