using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace LeadKit.Excel.Tests;

/// <summary>The writer: formula neutralising, text or number cells, Excel's limits, streaming.</summary>
public sealed class XlsxTableWriterTests
{
    private static string SheetXml(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\ncmd")]
    [InlineData("a=b", "a=b")]
    [InlineData("'quoted", "'quoted")]
    [InlineData(" =1", " =1")]
    [InlineData("", "")]
    public async Task Neutralise_FormulaTriggers_GetAQuoteMark(string cell, string expected)
    {
        var table = Xlsx.Read(await Xlsx.WriteAsync(["Cell"], [[cell]]));

        Assert.Equal(expected.Length == 0 ? [] : [expected], table.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Neutralise_HeaderToo_AndOffWritesCellsAsGiven()
    {
        var on = Xlsx.Read(await Xlsx.WriteAsync(["=Name", "Phone"], [["=cmd|' /C calc'!A0", "+1"]]));
        var off = Xlsx.Read(await Xlsx.WriteAsync(["=Name", "Phone"], [["=cmd|' /C calc'!A0", "+1"]], new XlsxWriteOptions { NeutraliseFormulas = false }));

        Assert.Equal(["'=Name", "Phone"], on.Header.Names);
        Assert.Equal(["'=cmd|' /C calc'!A0", "'+1"], on.Rows[0].Cells);
        Assert.Equal(["=Name", "Phone"], off.Header.Names);
        Assert.Equal(["=cmd|' /C calc'!A0", "+1"], off.Rows[0].Cells);
    }

    [Fact]
    public async Task Formulas_AreNeverWrittenAsFormulas()
    {
        var xml = SheetXml(await Xlsx.WriteAsync(["A"], [["=1+1"]], new XlsxWriteOptions { NeutraliseFormulas = false }));

        Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CellsAsText_Default_NumbersStayText()
    {
        var bytes = await Xlsx.WriteAsync(["N", "Zip"], [["3", "02134"]]);

        Assert.DoesNotContain("t=\"n\"", SheetXml(bytes), StringComparison.Ordinal);
        Assert.Equal(["3", "02134"], Xlsx.Read(bytes).Rows[0].Cells);
    }

    [Fact]
    public async Task CellsAsText_Off_PlainNumbersBecomeNumbers_OthersStayTextAndReadBackTheSame()
    {
        string[] cells = ["3", "-2.5", "0.1", "4915112345678", "02134", "+1 555", "1e5", "3.0", "-0", "1,5", " 7", "0.30000000000000004", "NaN", "Infinity"];
        var options = new XlsxWriteOptions { CellsAsText = false, NeutraliseFormulas = false };

        var bytes = await Xlsx.WriteAsync(cells.Select((_, i) => "C" + i).ToArray(), [cells], options);

        var xml = SheetXml(bytes);
        Assert.Equal(4, xml.Split("t=\"n\"").Length - 1);
        Assert.Equal(cells, Xlsx.Read(bytes).Rows[0].Cells);
    }

    [Fact]
    public async Task LineBreaks_AreWrittenAsLineFeeds()
    {
        var table = Xlsx.Read(await Xlsx.WriteAsync(["Notes"], [["a\r\nb\rc\nd"]]));

        Assert.Equal("a\nb\nc\nd", table.Rows[0][0]);
    }

    [Fact]
    public async Task SheetName_IsWrittenAndCheckedAgainstExcelsRules()
    {
        var table = Xlsx.Read(await Xlsx.WriteAsync(["A"], [["1"]], new XlsxWriteOptions { SheetName = "Leads 2024" }));

        Assert.Equal("Leads 2024", table.SheetName);
        foreach (var bad in new[] { "", " ", "a/b", "a[1]", "x?", "'quoted'", new string('s', 32) })
        {
            await Assert.ThrowsAsync<ArgumentException>(() => Xlsx.WriteAsync(["A"], [], new XlsxWriteOptions { SheetName = bad }));
        }
    }

    [Fact]
    public async Task BadArguments_Throw()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => XlsxTableWriter.WriteAsync(null!, ["A"], AsyncEnumerable.Empty<IReadOnlyList<string?>>()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => XlsxTableWriter.WriteAsync(new MemoryStream(), null!, AsyncEnumerable.Empty<IReadOnlyList<string?>>()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => XlsxTableWriter.WriteAsync(new MemoryStream(), ["A"], null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => XlsxTableWriter.WriteAsync(new MemoryStream(), ["A", null!], AsyncEnumerable.Empty<IReadOnlyList<string?>>()));
        await Assert.ThrowsAsync<ArgumentException>(() => XlsxTableWriter.WriteAsync(new MemoryStream(), [], AsyncEnumerable.Empty<IReadOnlyList<string?>>()));
        await Assert.ThrowsAsync<ArgumentException>(() => XlsxTableWriter.WriteAsync(new MemoryStream(new byte[10], writable: false), ["A"], AsyncEnumerable.Empty<IReadOnlyList<string?>>()));
    }

    [Fact]
    public async Task RowOfAnotherWidth_ThrowsNamingTheRow()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Xlsx.WriteAsync(["A", "B"], [["1", "2"], ["3"]]));

        Assert.Contains("Row 3 has 1 cells; the header has 2 columns.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CellLongerThanExcelAllows_RefusedNamingRowAndColumn()
    {
        var ok = Xlsx.Read(await Xlsx.WriteAsync(["A", "B"], [["x", new string('y', 32_767)]]));
        var e = await Assert.ThrowsAsync<XlsxFormatException>(() => Xlsx.WriteAsync(["A", "B"], [["x", "y"], ["x", new string('y', 32_768)]]));

        Assert.Equal(32_767, ok.Rows[0][1].Length);
        Assert.Equal(XlsxProblemKind.CellTooLong, e.Kind);
        Assert.Equal((3L, 2), (e.RowNumber, e.ColumnNumber!.Value));
        Assert.Contains("Row 3, column 2 (B)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderWiderThanExcelAllows_Refused()
    {
        var e = await Assert.ThrowsAsync<XlsxFormatException>(() => Xlsx.WriteAsync(Enumerable.Range(0, 16_385).Select(i => "C" + i).ToArray(), []));

        Assert.Equal(XlsxProblemKind.TooManyColumns, e.Kind);
    }

    [Fact]
    public async Task WriteOnlyDestination_IsWrittenAndReadsBack()
    {
        var destination = new Xlsx.WriteOnlyStream();

        var written = await XlsxTableWriter.WriteAsync(destination, ["Name"], new[] { (IReadOnlyList<string?>)["Ann"], ["Bob"] }.ToAsyncEnumerable());

        Assert.Equal(2, written);
        Assert.Equal(["Ann", "Bob"], Xlsx.Read(destination.Inner.ToArray()).Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Rows_AreStreamed_TheFileGrowsWhileRowsAreStillComing()
    {
        var destination = new Xlsx.WriteOnlyStream();
        long lengthHalfWay = -1;

        async IAsyncEnumerable<IReadOnlyList<string?>> Rows([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var i = 0; i < 60_000; i++)
            {
                if (i == 50_000)
                {
                    lengthHalfWay = destination.Inner.Length;
                }

                await Task.Yield();
                yield return [i.ToString(CultureInfo.InvariantCulture), "Contoso " + i.ToString(CultureInfo.InvariantCulture)];
            }
        }

        var written = await XlsxTableWriter.WriteAsync(destination, ["N", "Company"], Rows());

        Assert.Equal(60_000, written);
        Assert.True(lengthHalfWay > 100_000, $"only {lengthHalfWay} bytes written after 50 000 rows");
        Assert.Equal(60_000, Xlsx.Read(destination.Inner.ToArray()).Rows.Count);
    }

    [Fact]
    public async Task Cancelled_StopsWithOperationCanceled()
    {
        using var cts = new CancellationTokenSource();

        async IAsyncEnumerable<IReadOnlyList<string?>> Rows()
        {
            for (var i = 0; ; i++)
            {
                if (i == 100)
                {
                    await cts.CancelAsync();
                }

                await Task.Yield();
                yield return ["x"];
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => XlsxTableWriter.WriteAsync(new MemoryStream(), ["A"], Rows(), cancellationToken: cts.Token));
    }
}
