using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LeadKit.Excel;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;

namespace LeadKit.Benchmarks;

/// <summary>
/// LeadKit's workbook both ways, for the leads of <see cref="SampleLeads.Create"/> (name parts,
/// company, job title, an e-mail address, a phone number, a source: 19 columns in LeadKit's layout).
/// Export: <see cref="LeadExport"/> reads an in-memory store twice (once to measure the columns),
/// turns every lead into keyed values and writes them through <see cref="XlsxExportTarget"/> (layout,
/// reversible neutralising, the workbook's flag, a queue to MiniExcel's writer); the baseline is
/// MiniExcel's <c>SaveAs</c> of the same 19 strings per lead, made from the same leads held in a list,
/// and <see cref="XlsxTableWriter"/> writing them is the second reference. All write to a one-way
/// stream that drops the bytes. Import: the workbook LeadKit exports for these leads, read by
/// MiniExcel's <c>Query&lt;T&gt;</c> into a plain class of 19 strings (baseline), by
/// <see cref="XlsxImportSource"/> alone, and by a dry run of <see cref="LeadImport"/> on an empty
/// workspace (every row bound through the field catalogue into a validated lead; duplicates not
/// matched, then matched).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class XlsxImportExportBenchmarks
{
    /// <summary>The columns LeadKit's layout gives these leads, in its order (checked against a real export in the setup).</summary>
    internal static readonly string[] Header =
    [
        "leadkit.version", "name", "first", "last", "fileAsFormat", "title", "company", "source", "doNotCall", "doNotEmail", "doNotFax",
        "doNotSendLetter", "preferredContactMethod", "active", "email.1.kind", "email.1.address", "email.1.displayName", "phone.1.kind", "phone.1.number",
    ];

    private List<Lead> _leads = [];
    private OperationContext _context = null!;
    private OperationContext _empty = null!;
    private string _path = string.Empty;

    /// <summary>Gets or sets how many leads are exported and imported.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Gets the sizes: 100 000 (2 000 in CI's smoke run).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Xlsx;

    [GlobalSetup]
    public async Task Setup()
    {
        _leads = SampleLeads.Create(Count);
        _context = await StoreOfAsync(_leads);
        _empty = await ImportBenchmarkStores.InMemoryAsync();
        _path = Path.Combine(Path.GetTempPath(), $"leadkit-export-{Count.ToString(CultureInfo.InvariantCulture)}.xlsx");
        await using (var file = File.Create(_path))
        await using (var target = new XlsxExportTarget(file))
        {
            await new LeadExport(_context).ExportAsync(target);
        }

        await CheckSameStringsAsync();
    }

    /// <summary>An in-memory workspace holding the leads.</summary>
    internal static async Task<OperationContext> StoreOfAsync(List<Lead> leads)
    {
        var store = new InMemoryLeadKitStore(SampleLeads.Clock);
        var workspace = await store.CreateWorkspaceAsync("bench");
        await using (var unit = await store.BeginAsync(workspace.Id))
        {
            await unit.Leads.AddAsync(leads);
            await unit.CommitAsync();
        }

        return new OperationContext(store, workspace.Id, SampleLeads.Clock);
    }

    /// <summary>The references write what LeadKit writes: the exported file's header and first rows are the hand-made cells.</summary>
    private async Task CheckSameStringsAsync()
    {
        await using var file = File.OpenRead(_path);
        await using var reader = await XlsxTableReader.OpenAsync(file);
        if (!reader.Header.Names.SequenceEqual(Header))
        {
            throw new InvalidOperationException("LeadKit's export has other columns: " + string.Join(", ", reader.Header.Names));
        }

        var byEmail = _leads.ToDictionary(l => l.Emails[0].Address.Value);
        var checkedRows = 0;
        await foreach (var row in reader.ReadRowsAsync())
        {
            var expected = Cells(byEmail[row["email.1.address"]!]);
            if (!row.Cells.SequenceEqual(expected.Select(c => c ?? string.Empty)))
            {
                throw new InvalidOperationException($"Row {row.RowNumber} differs: [{string.Join("|", row.Cells)}] against [{string.Join("|", expected)}]");
            }

            if (++checkedRows == 100)
            {
                break;
            }
        }
    }

    /// <summary>The 19 cells LeadKit writes for one of these leads, made by hand.</summary>
    internal static string?[] Cells(Lead lead)
    {
        var email = lead.Emails[0];
        var phone = lead.Phones[0];
        return
        [
            "1", lead.Name.FullName, lead.Name.First, lead.Name.Last, lead.FileAsFormat.ToString(), lead.JobTitle, lead.CompanyName, lead.Source?.Name,
            lead.DoNotCall ? "true" : "false", lead.DoNotEmail ? "true" : "false", lead.DoNotFax ? "true" : "false",
            lead.DoNotSendLetter ? "true" : "false", lead.PreferredContactMethod.ToString(), lead.IsActive ? "true" : "false",
            "business", email.Address.Value, email.DisplayName, "business", phone.Number,
        ];
    }

    [Benchmark(Baseline = true, Description = "MiniExcel SaveAs, the same 19 strings, from a list")]
    [BenchmarkCategory("Export")]
    public long MiniExcelFromList()
    {
        using var output = new DiscardStream();
        MiniExcel.SaveAs(output, _leads.Select(lead =>
        {
            var cells = Cells(lead);
            var row = new Dictionary<string, object?>(Header.Length);
            for (var i = 0; i < Header.Length; i++)
            {
                row[Header[i]] = cells[i];
            }

            return row;
        }));
        return _leads.Count;
    }

    [Benchmark(Description = "XlsxTableWriter, the same 19 strings, from a list")]
    [BenchmarkCategory("Export")]
    public async Task<long> TableWriterFromList()
    {
        await using var output = new DiscardStream();
        return await XlsxTableWriter.WriteAsync(output, Header, _leads.Select(l => (IReadOnlyList<string?>)Cells(l)).ToAsyncEnumerable());
    }

    [Benchmark(Description = "LeadExport to XlsxExportTarget, from the store")]
    [BenchmarkCategory("Export")]
    public async Task<long> LeadKitExport()
    {
        await using var target = new XlsxExportTarget(new DiscardStream());
        var result = await new LeadExport(_context).ExportAsync(target);
        return result.Rows;
    }

    [Benchmark(Baseline = true, Description = "MiniExcel Query<T> into a plain class, 19 columns")]
    [BenchmarkCategory("Import")]
    public long MiniExcelPlainClass()
    {
        long total = 0;
        foreach (var row in MiniExcel.Query<ExportedLead>(_path))
        {
            total += (row.First?.Length ?? 0) + (row.Email?.Length ?? 0) + (row.Phone?.Length ?? 0);
        }

        return total;
    }

    [Benchmark(Description = "XlsxImportSource rows only")]
    [BenchmarkCategory("Import")]
    public async Task<long> SourceOnly()
    {
        await using var source = new XlsxImportSource(File.OpenRead(_path));
        await source.ReadColumnsAsync();
        long total = 0;
        await foreach (var row in source.ReadRowsAsync())
        {
            total += row.Cells.Count;
        }

        return total;
    }

    [Benchmark(Description = "LeadImport.DryRunAsync, duplicates imported (no matching)")]
    [BenchmarkCategory("Import")]
    public async Task<long> DryRunNoMatching()
    {
        var result = await new LeadImport(_empty).DryRunAsync(new XlsxImportSource(File.OpenRead(_path)), ImportOptions.Default with { Duplicates = DuplicatePolicy.Import });
        return Checked(result);
    }

    /// <summary>
    /// The default options: every row matched against the file's earlier rows. The sample leads reuse
    /// their phone numbers every 10 000 leads, so beyond the first 10 000 every row is a duplicate
    /// by phone and is skipped (a skipped row is matched like an imported one).
    /// </summary>
    [Benchmark(Description = "LeadImport.DryRunAsync, default options (duplicates matched and skipped)")]
    [BenchmarkCategory("Import")]
    public async Task<long> DryRun()
    {
        var result = await new LeadImport(_empty).DryRunAsync(new XlsxImportSource(File.OpenRead(_path)));
        return result.Rows == Count && result.Imported + result.Skipped == Count ? result.Imported : throw new InvalidOperationException("The dry run did not account for every row: " + result);
    }

    private long Checked(ImportResult result) =>
        result.Imported == Count ? result.Imported : throw new InvalidOperationException("The dry run did not import every row: " + result);

    /// <summary>A row of LeadKit's workbook as a plain class, for MiniExcel's <c>Query&lt;T&gt;</c>.</summary>
    public sealed class ExportedLead
    {
        [ExcelColumnName("leadkit.version")]
        public string? Version { get; set; }

        [ExcelColumnName("name")]
        public string? Name { get; set; }

        [ExcelColumnName("first")]
        public string? First { get; set; }

        [ExcelColumnName("last")]
        public string? Last { get; set; }

        [ExcelColumnName("fileAsFormat")]
        public string? FileAsFormat { get; set; }

        [ExcelColumnName("title")]
        public string? Title { get; set; }

        [ExcelColumnName("company")]
        public string? Company { get; set; }

        [ExcelColumnName("source")]
        public string? Source { get; set; }

        [ExcelColumnName("doNotCall")]
        public string? DoNotCall { get; set; }

        [ExcelColumnName("doNotEmail")]
        public string? DoNotEmail { get; set; }

        [ExcelColumnName("doNotFax")]
        public string? DoNotFax { get; set; }

        [ExcelColumnName("doNotSendLetter")]
        public string? DoNotSendLetter { get; set; }

        [ExcelColumnName("preferredContactMethod")]
        public string? PreferredContactMethod { get; set; }

        [ExcelColumnName("active")]
        public string? Active { get; set; }

        [ExcelColumnName("email.1.kind")]
        public string? EmailKind { get; set; }

        [ExcelColumnName("email.1.address")]
        public string? Email { get; set; }

        [ExcelColumnName("email.1.displayName")]
        public string? EmailName { get; set; }

        [ExcelColumnName("phone.1.kind")]
        public string? PhoneKind { get; set; }

        [ExcelColumnName("phone.1.number")]
        public string? Phone { get; set; }
    }
}

/// <summary>
/// How much memory an export to LeadKit's workbook and a dry run of its import hold as the number of
/// leads grows: 10 000 and 100 000 leads (2 000 in CI's smoke run), the live heap measured after a
/// full garbage collection every <see cref="OperationContext.BatchSize"/> records (through the
/// export's and import's progress reports) and at the end, above what the in-memory store already
/// held. The peaks are printed (<c>// xlsx memory: …</c>) and written to
/// <c>BenchmarkDotNet.Artifacts/xlsx-memory.txt</c>; run with <c>--job Dry</c>.
/// </summary>
public class XlsxMemoryBenchmarks
{
    private OperationContext _context = null!;
    private OperationContext _empty = null!;
    private string _path = string.Empty;

    /// <summary>Gets or sets the number of leads.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    /// <summary>Gets the sizes: 10 000 and 100 000 (2 000 in CI's smoke run).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.IsSmokeRun ? [2_000] : [10_000, 100_000];

    [GlobalSetup]
    public async Task Setup()
    {
        _context = await XlsxImportExportBenchmarks.StoreOfAsync(SampleLeads.Create(Count));
        _empty = await ImportBenchmarkStores.InMemoryAsync();
        _path = Path.Combine(Path.GetTempPath(), $"leadkit-export-memory-{Count.ToString(CultureInfo.InvariantCulture)}.xlsx");
    }

    [Benchmark(Description = "export, then a dry run of its import")]
    public async Task<long> ExportThenImport()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long exportPeak = 0;
        await using (var file = File.Create(_path))
        await using (var target = new XlsxExportTarget(file))
        {
            var progress = new SynchronousProgress<long>(_ => exportPeak = Math.Max(exportPeak, GC.GetTotalMemory(forceFullCollection: true) - before));
            await new LeadExport(_context).ExportAsync(target, progress: progress);
        }

        exportPeak = Math.Max(exportPeak, GC.GetTotalMemory(forceFullCollection: true) - before);
        before = GC.GetTotalMemory(forceFullCollection: true);
        long importPeak = 0;
        var importProgress = new SynchronousProgress<ImportProgress>(_ => importPeak = Math.Max(importPeak, GC.GetTotalMemory(forceFullCollection: true) - before));
        var result = await new LeadImport(_empty).DryRunAsync(new XlsxImportSource(File.OpenRead(_path)), ImportOptions.Default with { Duplicates = DuplicatePolicy.Import }, importProgress);
        importPeak = Math.Max(importPeak, GC.GetTotalMemory(forceFullCollection: true) - before);
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"// xlsx memory: {Count} leads: export peak live heap {exportPeak / 1024.0 / 1024.0:F1} MB ({exportPeak / (double)Count:F0} B a lead), import dry run {importPeak / 1024.0 / 1024.0:F1} MB ({importPeak / (double)Count:F0} B a row), file {new FileInfo(_path).Length / 1024.0 / 1024.0:F1} MB");
        Console.WriteLine(line);
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        await File.AppendAllTextAsync(Path.Combine("BenchmarkDotNet.Artifacts", "xlsx-memory.txt"), line + Environment.NewLine);
        return result.Imported;
    }

    /// <summary>Runs the callback on the reporting thread (<see cref="Progress{T}"/> would post it to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
