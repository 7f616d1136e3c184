using System.IO;
using LeadKit.Csv;

namespace LeadKit.Excel.Tests;

/// <summary>
/// The shared sample files, read in place: every <c>.xlsx</c> sample (there are none yet; any added
/// under shared/data/samples is read here), and every CSV sample sent through a workbook and read
/// back cell for cell.
/// </summary>
public sealed class SampleFileTests
{
    private static string[] Samples(string pattern) =>
        [.. Directory.GetFiles(Xlsx.SamplesFolder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task EveryXlsxSample_ReadsWithAHeaderAndTypedErrorsOnly()
    {
        foreach (var path in Samples("*.xlsx"))
        {
            await using var file = File.OpenRead(path);
            var table = await Xlsx.ReadAsync(file);

            Assert.True(table.Header.Count > 0, path);
            Assert.All(table.Rows, r => Assert.True(r.RowNumber > table.Header.RowNumber, path));
        }
    }

    [Fact]
    public void CsvSamples_AreThere()
    {
        Assert.Equal(3, Samples("*.csv").Length);
    }

    private static List<string> TrimEnd(IEnumerable<string> cells)
    {
        var list = cells.ToList();
        while (list.Count > 0 && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }

    [Theory]
    [InlineData("outlook_email_columns_only.csv", false)]
    [InlineData("salesforce_demo_leads.csv", false)]
    [InlineData("thunderbird_plain.csv", false)]
    [InlineData("salesforce_demo_leads.csv", true)]
    public async Task CsvSample_WrittenAsAWorkbook_ReadsBackCellForCell(string name, bool neutralise)
    {
        await using var file = File.OpenRead(Path.Combine(Xlsx.SamplesFolder, "csv", name));
        await using var csv = await CsvTableReader.OpenAsync(file);
        var header = csv.Header.Names;
        var rows = new List<string[]>();
        await foreach (var row in csv.ReadRowsAsync())
        {
            rows.Add([.. Enumerable.Range(0, header.Count).Select(i => row[i] ?? string.Empty)]);
        }

        var bytes = await Xlsx.WriteAsync(header, rows, new XlsxWriteOptions { NeutraliseFormulas = neutralise });
        var table = await Xlsx.ReadAsync(bytes);

        Assert.Equal(TrimEnd(header.Select(h => Xlsx.ReadsBackAs(h, neutralise))), table.Header.Names);
        var expected = rows
            .Select((cells, i) => (Row: i + 2L, Cells: TrimEnd(cells.Select(c => Xlsx.ReadsBackAs(c, neutralise))).ToArray()))
            .Where(r => r.Cells.Length > 0)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(r => r.Row), table.Rows.Select(r => r.RowNumber));
        Assert.Equal(expected.Select(r => r.Cells), table.Rows.Select(r => TrimEnd(r.Cells.Concat(r.ExtraCells)).ToArray()));
    }
}
