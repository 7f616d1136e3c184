using System.IO;
using LeadKit.BulkEdit;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.VCard.Tests;

/// <summary>A workspace in an in-memory store with an acting user, for importing and exporting vCard files through the pipeline.</summary>
internal sealed class ImportWorkspace
{
    private ImportWorkspace(ILeadKitStore store, OperationContext context)
    {
        Store = store;
        Context = context;
    }

    public ILeadKitStore Store { get; }

    public OperationContext Context { get; }

    public static async Task<ImportWorkspace> CreateAsync()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 9, 1, 8, 0), Duration.FromMilliseconds(1));
        var store = new InMemoryLeadKitStore(clock);
        await store.InitializeAsync();
        var workspace = await store.CreateWorkspaceAsync("vCard " + Guid.NewGuid().ToString("N"));
        var actor = new WorkspaceUser(UserId.New(), "Olivia Operator");
        await using (var unit = await store.BeginAsync(workspace.Id))
        {
            await unit.Users.AddAsync(actor);
            await unit.CommitAsync();
        }

        return new ImportWorkspace(store, new OperationContext(store, workspace.Id, clock, actor.Id));
    }

    public Task<ImportResult> ImportAsync(byte[] file, ImportOptions? options = null, VCardReaderOptions? readerOptions = null) =>
        new LeadImport(Context).ImportAsync(new VCardImportSource(new MemoryStream(file), readerOptions), options);

    public async Task<ImportResult> ImportSampleAsync(string fileName, ImportOptions? options = null) =>
        await new LeadImport(Context).ImportAsync(new VCardImportSource(File.OpenRead(Samples.PathOf(fileName))), options);

    public async Task<byte[]> ExportAsync(VCardVersion version)
    {
        using var file = new MemoryStream();
        await using (var target = new VCardExportTarget(file, version, leaveOpen: true))
        {
            await new LeadExport(Context).ExportAsync(target);
        }

        return file.ToArray();
    }

    public async Task AddAsync(IEnumerable<Lead> leads)
    {
        await using var unit = await Store.BeginAsync(Context.Workspace, Context.ActingUser);
        await unit.Leads.AddAsync([.. leads]);
        await unit.CommitAsync();
    }

    public async Task<List<Lead>> LeadsAsync()
    {
        await using var unit = await Store.BeginAsync(Context.Workspace, Context.ActingUser);
        var leads = new List<Lead>();
        await foreach (var lead in unit.Leads.QueryAsync(RecordQuery.All))
        {
            leads.Add(lead);
        }

        return leads;
    }

    public Task<BulkEditResult> UndoAsync(ImportResult result) => new BulkEditor(Context).UndoOperationAsync(result.Operation!.Value);
}
