using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Tests.Import;

/// <summary>A source without a header (vCard, JSON): its cells name their own columns, and a field map applies to them as to a header's.</summary>
public sealed class HeaderlessSourceTests
{
    [Fact]
    public async Task Import_AColumnTheMapIgnores_IsReportedAsIgnoredEvenWithoutAHeader()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 9, 0));
        var store = new InMemoryLeadKitStore(clock);
        await store.InitializeAsync();
        var workspace = await store.CreateWorkspaceAsync("headerless");
        var source = new Headerless(new ImportRow(1, [new ImportCell("FN", "Ann Lee", "name"), new ImportCell("TEL", "not a number", "phone:business"), new ImportCell("X-NOTE", "kept out")]));

        var result = await new LeadImport(new OperationContext(store, workspace.Id, clock)).ImportAsync(
            source, ImportOptions.Default with { Map = FieldMap.Automatic.Ignore("TEL").Ignore("X-NOTE") });

        Assert.Equal((1L, 1L), (result.Rows, result.Imported));
        Assert.Equal(
            [("TEL", "the field map ignores this column"), ("X-NOTE", "the field map ignores this column")],
            result.NotImported.Select(n => (n.Column, n.Reason)).Order());
    }

    private sealed class Headerless(params ImportRow[] rows) : IImportSource
    {
        public string Format => "headerless";

        public ValueTask<IReadOnlyList<ImportColumn>> ReadColumnsAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<ImportColumn>>([]);

        public async IAsyncEnumerable<ImportRow> ReadRowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            foreach (var row in rows)
            {
                yield return row;
            }
        }
    }
}
