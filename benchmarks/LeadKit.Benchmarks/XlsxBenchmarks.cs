using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LeadKit.Excel;
using MiniExcelLibs;

namespace LeadKit.Benchmarks;

/// <summary>
/// Reading and writing a 100 000-row, 20-column sheet of leads. Reading: the file is written once by
/// MiniExcel as another program would (shared strings, numbers and dates typed); the baseline is
/// MiniExcel's own <c>Query</c> into dynamic rows keyed by the header, LeadKit's reader checks the
/// file (zip directory, part sizes, sheet width) and gives every row as text with its number.
/// Writing: the same 100 000 rows of text from memory, MiniExcel's <c>SaveAs</c> of one dictionary per
/// row (baseline) against <see cref="XlsxTableWriter"/> (formula neutralising on, cells as text),
/// both to a one-way stream that drops the bytes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class XlsxBenchmarks
{
    private static readonly string[] Header =
    [
        "First Name", "Last Name", "Company", "Job Title", "E-mail", "Phone", "Mobile", "Street", "City", "State",
        "Zip", "Country", "Source", "Status", "Rating", "Employees", "Revenue", "Birthday", "Created", "Notes",
    ];

    private static readonly string[] Names = ["Ann", "Bob", "Chloé", "Dmitri", "Eve", "Farid", "Grace", "Hiro", "Ines", "Jonas"];

    private string _path = string.Empty;
    private string[][] _rows = [];

    /// <summary>Gets the sizes: 100 000 rows (2 000 in CI's smoke run).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Xlsx;

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rows = [.. Generate()];
        _path = Path.Combine(Path.GetTempPath(), $"leadkit-leads-{Rows}.xlsx");
        if (File.Exists(_path))
        {
            return;
        }

        // Written under another name and renamed, so a run stopped half-way leaves no partial file behind.
        var partial = _path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".partial";
        using (var file = File.Create(partial))
        {
            MiniExcel.SaveAs(file, _rows.Select(Typed));
        }

        File.Move(partial, _path, overwrite: true);
    }

    /// <summary>The same rows on every run: 20 cells, a few of them empty, a multi-line note on every tenth.</summary>
    private IEnumerable<string[]> Generate()
    {
        var random = new Random(20261204);
        for (var r = 0; r < Rows; r++)
        {
            var first = Names[random.Next(Names.Length)];
            var last = Names[random.Next(Names.Length)] + "son";
            yield return
            [
                first,
                last,
                "Contoso " + random.Next(1000).ToString(CultureInfo.InvariantCulture) + ", Ltd.",
                "Account Manager",
                $"{first}.{last}@contoso.example".ToLowerInvariant(),
                "+1 (555) " + random.Next(100, 999).ToString(CultureInfo.InvariantCulture) + "-" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture),
                r % 3 == 0 ? "+1 555 " + random.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture) : string.Empty,
                random.Next(1, 999).ToString(CultureInfo.InvariantCulture) + " Main Street",
                "Springfield",
                "IL",
                random.Next(1000, 99999).ToString("00000", CultureInfo.InvariantCulture),
                "United States",
                r % 2 == 0 ? "Web" : "Trade show",
                "Open",
                random.Next(1, 6).ToString(CultureInfo.InvariantCulture),
                random.Next(1, 5000).ToString(CultureInfo.InvariantCulture),
                (random.Next(1, 10_000_000) / 100.0).ToString(CultureInfo.InvariantCulture),
                new DateTime(1950, 1, 1).AddDays(random.Next(20_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                new DateTime(2024, 1, 1, 8, 0, 0).AddMinutes(random.Next(500_000)).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                r % 10 == 0 ? "Met at the fair.\nWants a \"demo\", soon." : string.Empty,
            ];
        }
    }

    /// <summary>A row as a spreadsheet program stores it: rating, employees and revenue as numbers, the dates as dates.</summary>
    private static Dictionary<string, object?> Typed(string[] cells)
    {
        var row = new Dictionary<string, object?>(Header.Length);
        for (var i = 0; i < Header.Length; i++)
        {
            row[Header[i]] = i switch
            {
                14 or 15 or 16 => double.Parse(cells[i], CultureInfo.InvariantCulture),
                17 or 18 => DateTime.Parse(cells[i], CultureInfo.InvariantCulture),
                _ => cells[i].Length == 0 ? null : cells[i],
            };
        }

        return row;
    }

    /// <summary>The reference: MiniExcel's <c>Query</c> with the header row, every row a dynamic dictionary of typed values.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public long MiniExcelQuery()
    {
        using var file = File.OpenRead(_path);
        long total = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(file, useHeaderRow: true))
        {
            total += ((row["First Name"] as string)?.Length ?? 0) + ((row["E-mail"] as string)?.Length ?? 0) + ((row["Notes"] as string)?.Length ?? 0);
        }

        return total;
    }

    /// <summary>LeadKit's reader: the file checked, every row with its number, all 20 cells as text.</summary>
    [Benchmark]
    [BenchmarkCategory("Read")]
    public async Task<long> LeadKitReader()
    {
        await using var file = File.OpenRead(_path);
        await using var reader = await XlsxTableReader.OpenAsync(file);
        long total = 0;
        await foreach (var row in reader.ReadRowsAsync())
        {
            total += row[0].Length + row[4].Length + row[19].Length;
        }

        return total;
    }

    /// <summary>The reference: MiniExcel's <c>SaveAs</c> of one dictionary of text per row, header from the keys.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public void MiniExcelSaveAs()
    {
        using var output = new DiscardStream();
        MiniExcel.SaveAs(output, _rows.Select(cells =>
        {
            var row = new Dictionary<string, object>(Header.Length);
            for (var i = 0; i < Header.Length; i++)
            {
                row[Header[i]] = cells[i];
            }

            return row;
        }));
    }

    /// <summary>MiniExcel's async path, which LeadKit's writer takes: <c>SaveAsAsync</c> of the same dictionaries as an <see cref="IAsyncEnumerable{T}"/>.</summary>
    [Benchmark]
    [BenchmarkCategory("Write")]
    public async Task MiniExcelSaveAsAsync()
    {
        await using var output = new DiscardStream();
        await MiniExcel.SaveAsAsync(output, _rows.Select(cells =>
        {
            var row = new Dictionary<string, object>(Header.Length);
            for (var i = 0; i < Header.Length; i++)
            {
                row[Header[i]] = cells[i];
            }

            return row;
        }).ToAsyncEnumerable());
    }

    /// <summary>LeadKit's writer: every cell checked against Excel's limits, neutralised and written as text.</summary>
    [Benchmark]
    [BenchmarkCategory("Write")]
    public async Task<long> LeadKitWriter()
    {
        await using var output = new DiscardStream();
        return await XlsxTableWriter.WriteAsync(output, Header, _rows.ToAsyncEnumerable());
    }
}
