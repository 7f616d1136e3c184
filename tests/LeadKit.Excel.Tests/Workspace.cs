using System.IO;
using System.Text.Json;
using LeadKit.CustomFields;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Serialization;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using LeadKit.Testing;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Excel.Tests;

/// <summary>A workspace of one test, on the in-memory store (or another store): import and export workbooks, read the leads.</summary>
internal sealed class Workspace
{
    /// <summary>The instant the clock starts at.</summary>
    internal static readonly Instant Start = Instant.FromUtc(2026, 12, 4, 9, 0);

    /// <summary>Audit fields a saved change moves on; everything else must be restored exactly.</summary>
    internal static readonly string[] AuditFields = ["ModifiedAt", "ModifiedBy", "Version"];

    private Workspace(ILeadKitStore store, WorkspaceId id, UserId actor, IClock clock)
    {
        Store = store;
        Id = id;
        Actor = actor;
        Context = new OperationContext(store, id, clock, actor);
    }

    internal ILeadKitStore Store { get; }

    internal WorkspaceId Id { get; }

    internal UserId Actor { get; }

    internal OperationContext Context { get; }

    /// <summary>A new clock in whole milliseconds, as every store keeps them.</summary>
    internal static FakeClock NewClock() => new(Start, Duration.FromMilliseconds(1));

    /// <summary>Creates a workspace (on a new in-memory store unless one is given) with an acting user and, optionally, custom fields.</summary>
    internal static async Task<Workspace> CreateAsync(CustomFieldSchema? schema = null, ILeadKitStore? store = null, IClock? clock = null)
    {
        clock ??= NewClock();
        store ??= new InMemoryLeadKitStore(clock);
        await store.InitializeAsync();
        var workspace = await store.CreateWorkspaceAsync("Excel " + Guid.NewGuid().ToString("N"));
        var actor = new WorkspaceUser(UserId.New(), "Olivia Operator");
        await using (var unit = await store.BeginAsync(workspace.Id))
        {
            await unit.Users.AddAsync(actor);
            foreach (var definition in schema ?? CustomFieldSchema.Empty)
            {
                await unit.CustomFields.SaveAsync(definition);
            }

            await unit.CommitAsync();
        }

        return new Workspace(store, workspace.Id, actor.Id, clock);
    }

    /// <summary>Imports a workbook; returns the result and the (read) source, for its blank rows and layout.</summary>
    internal async Task<(ImportResult Result, XlsxImportSource Source)> ImportWithSourceAsync(byte[] bytes, ImportOptions? options = null, XlsxImportOptions? xlsx = null)
    {
        var source = new XlsxImportSource(new MemoryStream(bytes), xlsx);
        var result = await new LeadImport(Context).ImportAsync(source, options);
        return (result, source);
    }

    internal async Task<ImportResult> ImportAsync(byte[] bytes, ImportOptions? options = null, XlsxImportOptions? xlsx = null) =>
        (await ImportWithSourceAsync(bytes, options, xlsx)).Result;

    /// <summary>Exports every lead as a workbook; returns the bytes and the target (for its header and unwritten values).</summary>
    internal async Task<(byte[] Bytes, XlsxExportTarget Target)> ExportAsync(XlsxExportOptions? options = null, ExportOptions? export = null)
    {
        using var file = new MemoryStream();
        var target = new XlsxExportTarget(file, options, leaveOpen: true);
        await using (target)
        {
            await new LeadExport(Context).ExportAsync(target, export);
        }

        return (file.ToArray(), target);
    }

    internal async Task AddLeadsAsync(IEnumerable<Lead> leads)
    {
        await using var unit = await Store.BeginAsync(Id, Actor);
        await unit.Leads.AddAsync([.. leads]);
        await unit.CommitAsync();
    }

    internal async Task<List<Lead>> LeadsAsync()
    {
        await using var unit = await Store.BeginAsync(Id, Actor);
        var leads = new List<Lead>();
        await foreach (var lead in unit.Leads.QueryAsync(RecordQuery.All))
        {
            leads.Add(lead);
        }

        return leads;
    }

    /// <summary>A copy of a generated lead at version 0, with no assignee, referrer or account (they would name the first workspace's members), through the JSON format.</summary>
    internal static Lead AsNew(Lead lead)
    {
        var node = JsonSerializer.SerializeToNode(lead, LeadKitJsonOptions.Default)!.AsObject();
        node["version"] = 0;
        node.Remove("modifiedBy");
        node["modifiedAt"] = node["createdAt"]?.DeepClone();
        var copy = node.Deserialize<Lead>(LeadKitJsonOptions.Default)!;
        copy.SetAssignedTo(null);
        copy.SetInitiatedBy(null);
        copy.LinkAccount(null);
        return copy;
    }

    /// <summary>
    /// What an export → import round trip may not change: the shared fields
    /// (<see cref="RecordComparer.SharedDifferences"/>) and the custom-field values; a blank custom
    /// text is a blank cell, so it reads back as no value.
    /// </summary>
    internal static List<string> RoundTripDifferences(Lead expected, Lead actual)
    {
        var differences = RecordComparer.SharedDifferences(expected, actual).ToList();
        var custom = expected.CustomFields.Where(c => !(c.Value.Type == CustomFieldType.Text && string.IsNullOrWhiteSpace(c.Value.AsText)))
            .OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}").ToList();
        var actualCustom = actual.CustomFields.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}").ToList();
        if (!custom.SequenceEqual(actualCustom))
        {
            differences.Add($"CustomFields: expected {string.Join(", ", custom)}, actual {string.Join(", ", actualCustom)}");
        }

        return differences;
    }

    /// <summary>The differences between two records, leaving out the audit fields a save moves on.</summary>
    internal static List<string> DataDifferences(ContactRecord expected, ContactRecord actual) =>
        [.. RecordComparer.Differences(expected, actual).Where(d => !AuditFields.Any(a => d.StartsWith(a + ":", StringComparison.Ordinal)))];

    /// <summary>Asserts the accounting identity and that every rejection names its row and says why.</summary>
    internal static void AssertAccounted(ImportResult result)
    {
        Assert.True(result.Rows == result.Imported + result.Merged + result.Skipped + result.Rejected, result.ToString());
        Assert.Equal(result.Rejected, result.Rejections.LongCount());
        Assert.All(result.Rejections, r =>
        {
            Assert.True(r.Row is >= 2, $"a rejection without a row number: {r}");
            Assert.False(string.IsNullOrWhiteSpace(r.Reason), $"a rejection without a reason: {r}");
        });
    }
}
