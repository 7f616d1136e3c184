using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using LeadKit.Csv;
using LeadKit.Import;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;

namespace LeadKit.Benchmarks;

/// <summary>
/// An Outlook CSV (<see cref="ImportFiles.Outlook"/>) to validated leads, without a database: the
/// baseline is CsvHelper reading the 20 filled columns into a plain class; a second reference also
/// builds the lead from each row by hand (<see cref="ImportFiles.ReadContact"/>: the domain's own
/// validation of names, e-mail addresses, phones, addresses). LeadKit's import runs as a dry run
/// (<see cref="LeadImport.DryRunAsync"/>) on an empty in-memory workspace: the file is read
/// (encoding and delimiter detected, layout detected), every row normalised by the Outlook layout,
/// bound to fields through the field catalogue, made into a validated lead, and checked for
/// duplicates (e-mail, phone in E.164, name and company) against the file's earlier rows — or not,
/// with <see cref="DuplicatePolicy.Import"/>; nothing is written.
/// </summary>
[MemoryDiagnoser]
public class ImportDryRunBenchmarks
{
    private string _path = string.Empty;
    private OperationContext _context = null!;

    /// <summary>Gets or sets the number of rows.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    /// <summary>Gets the sizes (see <see cref="ImportFiles.Sizes"/>).</summary>
    public static IEnumerable<int> Sizes => ImportFiles.Sizes;

    [GlobalSetup]
    public async Task Setup()
    {
        _path = ImportFiles.Outlook(Rows);
        _context = await ImportBenchmarkStores.InMemoryAsync();
    }

    [Benchmark(Baseline = true, Description = "CsvHelper into a plain class, 20 columns")]
    public long CsvHelperPlainClass()
    {
        using var reader = CsvReader.Create(File.OpenRead(_path), CsvReaderOptions.Default with { Separator = ',' }, leaveOpen: false);
        long total = 0;
        foreach (var contact in reader.GetRecords<OutlookContact>())
        {
            total += contact.FirstName.Length + contact.EmailAddress.Length + contact.Notes.Length;
        }

        return total;
    }

    [Benchmark(Description = "CsvHelper into a plain class, then a lead built by hand")]
    public long CsvHelperThenLead()
    {
        using var reader = CsvReader.Create(File.OpenRead(_path), CsvReaderOptions.Default with { Separator = ',' }, leaveOpen: false);
        long total = 0;
        foreach (var contact in reader.GetRecords<OutlookContact>())
        {
            total += ImportFiles.ReadContact(contact).Phones.Count;
        }

        return total;
    }

    [Benchmark(Description = "CsvImportSource rows only (read, detect, normalise)")]
    public async Task<long> SourceOnly()
    {
        await using var source = new CsvImportSource(File.OpenRead(_path));
        await source.ReadColumnsAsync();
        long total = 0;
        await foreach (var row in source.ReadRowsAsync())
        {
            total += row.Cells.Count;
        }

        return total;
    }

    [Benchmark(Description = "LeadImport.DryRunAsync, duplicates imported (no matching)")]
    public async Task<long> DryRunNoMatching()
    {
        var result = await new LeadImport(_context).DryRunAsync(new CsvImportSource(File.OpenRead(_path)), ImportOptions.Default with { Duplicates = DuplicatePolicy.Import });
        return Checked(result);
    }

    [Benchmark(Description = "LeadImport.DryRunAsync, default options (duplicates matched and skipped)")]
    public async Task<long> DryRun()
    {
        var result = await new LeadImport(_context).DryRunAsync(new CsvImportSource(File.OpenRead(_path)));
        return Checked(result);
    }

    private long Checked(ImportResult result) =>
        result.Imported == Rows ? result.Imported : throw new InvalidOperationException("The dry run did not import every row: " + result);
}

/// <summary>
/// How much memory an import holds as the file grows: a dry run of the Outlook file at 100 000 rows
/// (and 1 000 000 with <c>LEADKIT_BENCH_LARGE=1</c>), with the live heap measured after a full
/// garbage collection every 50 000 rows (through the import's progress reports) and at the end. The
/// peak is printed (<c>// import memory: …</c>) and written to
/// <c>BenchmarkDotNet.Artifacts/import-memory.txt</c>; run once per size with <c>--job Dry</c>.
/// </summary>
public class ImportMemoryBenchmarks
{
    private string _path = string.Empty;
    private OperationContext _context = null!;

    /// <summary>Gets or sets the number of rows.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    /// <summary>Gets the sizes: 100 000 and, with <c>LEADKIT_BENCH_LARGE=1</c>, 1 000 000 (2 000 in CI's smoke run).</summary>
    public static IEnumerable<int> Sizes =>
        BenchmarkSizes.IsSmokeRun ? [2_000] : Environment.GetEnvironmentVariable("LEADKIT_BENCH_LARGE") == "1" ? [100_000, 1_000_000] : [100_000];

    [GlobalSetup]
    public async Task Setup()
    {
        _path = ImportFiles.Outlook(Rows);
        _context = await ImportBenchmarkStores.InMemoryAsync();
    }

    [Benchmark(Description = "dry run, duplicates matched (default)")]
    public Task<long> Matched() => MeasureAsync(ImportOptions.Default, "matched");

    [Benchmark(Description = "dry run, duplicates imported")]
    public Task<long> NotMatched() => MeasureAsync(ImportOptions.Default with { Duplicates = DuplicatePolicy.Import }, "not matched");

    private async Task<long> MeasureAsync(ImportOptions options, string what)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long next = 50_000;
        var progress = new SynchronousProgress(p =>
        {
            if (p.Rows >= next)
            {
                next += 50_000;
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        });
        var result = await new LeadImport(_context).DryRunAsync(new CsvImportSource(File.OpenRead(_path)), options, progress);
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
        GC.KeepAlive(result);
        var line = string.Create(CultureInfo.InvariantCulture, $"// import memory: {what}, {Rows} rows: peak live heap {peak / 1024.0 / 1024.0:F1} MB ({peak / (double)Rows:F0} B a row), process peak working set {Environment.WorkingSet / 1024.0 / 1024.0:F0} MB now");
        Console.WriteLine(line);
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        await File.AppendAllTextAsync(Path.Combine("BenchmarkDotNet.Artifacts", "import-memory.txt"), line + Environment.NewLine);
        return result.Imported;
    }

    /// <summary>Runs the callback on the reporting thread (<see cref="Progress{T}"/> would post it to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}

/// <summary>Stores for the import benchmarks.</summary>
internal static class ImportBenchmarkStores
{
    /// <summary>An empty workspace of a new in-memory store.</summary>
    public static async Task<OperationContext> InMemoryAsync()
    {
        var store = new InMemoryLeadKitStore(SampleLeads.Clock);
        var workspace = await store.CreateWorkspaceAsync("bench");
        return new OperationContext(store, workspace.Id, SampleLeads.Clock);
    }
}
