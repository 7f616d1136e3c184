using System.IO;
using LeadKit.BulkEdit;
using LeadKit.EntityFrameworkCore;
using LeadKit.Import;
using LeadKit.Operations;
using Microsoft.Data.Sqlite;

namespace LeadKit.Csv.Tests;

/// <summary>CSV import and export end to end on a real SQLite database file (the EF Core store).</summary>
public sealed class SqliteEndToEndTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "leadkit-csv-" + Guid.NewGuid().ToString("N"));
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

    [Fact]
    public async Task SalesforceSample_ImportedExportedReimportedAndUndone_OnASqliteFile()
    {
        var clock = Workspace.NewClock();
        var ws = await Workspace.CreateAsync(store: Open(clock), clock: clock);

        var imported = await ws.ImportSampleAsync("salesforce_demo_leads.csv");

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

        // LeadKit's CSV out of the file and into a second workspace of the same file: the same leads.
        var (bytes, _) = await ws.ExportAsync();
        var second = await Workspace.CreateAsync(store: Open(clock), clock: clock);
        var again = await second.ImportAsync(bytes, ImportOptions.Default with { Duplicates = DuplicatePolicy.Import });
        Workspace.AssertAccounted(again);
        Assert.Equal((22L, 22L), (again.Rows, again.Imported));
        Assert.Empty(again.NotImported);
        var copies = await second.LeadsAsync();
        foreach (var lead in stored)
        {
            Assert.Empty(Workspace.RoundTripDifferences(lead, copies.Single(c => c.Name.FullName == lead.Name.FullName)));
        }

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

        var result = await ws.ImportTextAsync(
            "First Name,Last Name,E-mail Address\r\nAda,Lovelace,ada@example.com\r\nBea,Smith,bea at example\r\n",
            ImportOptions.Default with { RejectedRows = FailurePolicy.AllOrNothing });

        Workspace.AssertAccounted(result);
        Assert.Equal((false, 0L, 1L, 1L), (result.IsCommitted, result.Imported, result.Skipped, result.Rejected));
        Assert.Equal((3L, "E-mail Address"), (result.Rejections.Single().Row, result.Rejections.Single().Column));
        Assert.Empty(await ws.LeadsAsync());
    }
}
