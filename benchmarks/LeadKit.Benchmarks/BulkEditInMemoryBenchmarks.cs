using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using LeadKit.BulkEdit;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;

namespace LeadKit.Benchmarks;

/// <summary>
/// Bulk-editing every lead of an in-memory store: set the job title of all of them, each run to
/// another value so that every lead changes. The baseline is a plain loop setting the title on the
/// same leads in a <see cref="List{T}"/>; a second reference also copies each lead first, as the
/// store does (it hands out and keeps copies, never the caller's objects). LeadKit's
/// <see cref="BulkEditor"/> runs with and without a history entry per changed lead.
/// </summary>
/// <remarks>
/// The size is 1 000 000 leads. Filling a store with that many takes a while and several
/// GB, so by default the class runs 100 000 (the CI smoke run stays short); set
/// <c>LEADKIT_BENCH_LARGE=1</c> to run 1 000 000 (see <c>docs/benchmarks.md</c>).
/// </remarks>
[MemoryDiagnoser]
public class BulkEditInMemoryBenchmarks
{
    private static readonly string[] Titles = ["Buyer A", "Buyer B"];

    private List<Lead> _list = [];
    private InMemoryLeadKitStore _store = new(SampleLeads.Clock);
    private OperationContext _context = null!;
    private int _round;

    /// <summary>Gets or sets how many leads are edited.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Gets the sizes: 100 000, or 1 000 000 with <c>LEADKIT_BENCH_LARGE=1</c>.</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("LEADKIT_BENCH_LARGE") == "1" ? [1_000_000] : BenchmarkSizes.IsSmokeRun ? [10_000] : [100_000];

    [GlobalSetup]
    public async Task Setup()
    {
        // The same leads fill the store (which keeps its own copies) and, afterwards, the baseline's list.
        _list = SampleLeads.Create(Count);
        _store = new InMemoryLeadKitStore(SampleLeads.Clock);
        var workspace = await _store.CreateWorkspaceAsync("bench");
        await using (var unit = await _store.BeginAsync(workspace.Id))
        {
            await unit.Leads.AddAsync(_list);
            await unit.CommitAsync();
        }

        _context = new OperationContext(_store, workspace.Id, SampleLeads.Clock);
    }

    /// <summary>The reference: a plain loop setting the field on every lead of a list.</summary>
    [Benchmark(Baseline = true, Description = "plain loop: SetJobTitle on each lead of a List")]
    public int PlainLoop()
    {
        var title = NextTitle();
        var list = _list;
        for (var i = 0; i < list.Count; i++)
        {
            list[i].SetJobTitle(title);
        }

        return list.Count;
    }

    /// <summary>The reference with the store's copying: each lead copied, then edited, then put back.</summary>
    [Benchmark(Description = "plain loop: Copy() each lead, SetJobTitle, put back")]
    public int CopyLoop()
    {
        var title = NextTitle();
        var list = _list;
        for (var i = 0; i < list.Count; i++)
        {
            var copy = list[i].Copy();
            copy.SetJobTitle(title);
            list[i] = copy;
        }

        return list.Count;
    }

    [Benchmark(Description = "BulkEditor.ApplyAsync, no history")]
    public async Task<int> BulkEdit()
    {
        var result = await new BulkEditor(_context).ApplyAsync(Request(recordHistory: false));
        return Checked(result);
    }

    [Benchmark(Description = "BulkEditor.ApplyAsync, history entry per lead")]
    public async Task<int> BulkEditWithHistory()
    {
        var result = await new BulkEditor(_context).ApplyAsync(Request(recordHistory: true));
        return Checked(result);
    }

    private string NextTitle() => Titles[_round++ % Titles.Length];

    private BulkEditRequest Request(bool recordHistory) =>
        new(LeadSelection.All, FieldEdit.Set(RecordField.JobTitle, NextTitle())) { RecordHistory = recordHistory };

    private int Checked(BulkEditResult result) =>
        result.Report.IsCommitted && result.Report.Changed == Count
            ? result.Report.Changed
            : throw new InvalidOperationException($"The bulk edit did not change every lead: {result.Report}");
}
