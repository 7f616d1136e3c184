using System.IO;
using static LeadKit.Excel.Tests.Xlsx;

namespace LeadKit.Excel.Tests;

/// <summary>Reading workbooks built part by part, as Excel and other programs lay them out.</summary>
public sealed class XlsxTableReaderTests
{
    [Fact]
    public async Task Read_BlankRowsBeforeAndBetween_KeepSheetRowNumbersAndAreSkipped()
    {
        var bytes = Build(
            Row(3, Text("B3", "Name"), Text("C3", "E-mail")) +
            Row(4) +
            Row(5, Text("B5", "Ann"), Text("C5", "ann@example.com")) +
            Row(8, Text("C8", "bob@example.com")) +
            Row(9, """<c r="B9" s="1"/>"""));

        var table = await ReadAsync(bytes);

        Assert.Equal(3, table.Header.RowNumber);
        Assert.Equal(["", "Name", "E-mail"], table.Header.Names);
        Assert.Equal(["#1", "Name", "E-mail"], table.Header.Keys);
        Assert.Equal([5L, 8L], table.Rows.Select(r => r.RowNumber));
        Assert.Equal(["", "Ann", "ann@example.com"], table.Rows[0].Cells);
        Assert.Equal(["", "", "bob@example.com"], table.Rows[1].Cells);
        Assert.Equal("bob@example.com", table.Rows[1]["e-mail"]);
        Assert.Null(table.Rows[1]["Phone"]);
    }

    [Fact]
    public async Task Read_TypedCells_GiveInvariantText()
    {
        var bytes = Build(
            Row(1, Text("A1", "Value")) +
            Row(2, Number("A2", "3")) +
            Row(3, Number("A3", "3.0")) +
            Row(4, Number("A4", "0.1")) +
            Row(5, Number("A5", "0.30000000000000004")) +
            Row(6, Number("A6", "1E-7")) +
            Row(7, Number("A7", "12345678901234567890")) +
            Row(8, Number("A8", "-0")) +
            Row(9, Number("A9", "4915112345678")) +
            Row(10, Number("A10", "45418", Style.Date)) +
            Row(11, Number("A11", "45418.297326388885", Style.DateTime)) +
            Row(12, Number("A12", "0.3125", Style.Time)) +
            Row(13, Number("A13", "45418.5", Style.CustomDateTime)) +
            Row(14, Number("A14", "0.25", Style.Percent)) +
            Row(15, Number("A15", "1.5", Style.TwoDecimals)) +
            Row(16, Number("A16", "42", Style.Text)) +
            Row(17, """<c r="A17" t="b"><v>1</v></c>""") +
            Row(18, """<c r="A18" t="b"><v>0</v></c>""") +
            Row(19, """<c r="A19" t="e"><v>#N/A</v></c>""") +
            Row(20, """<c r="A20" t="d"><v>2024-05-06</v></c>""") +
            Row(21, """<c r="A21" t="str"><f>B1&amp;"x"</f><v>cached</v></c>""") +
            Row(22, """<c r="A22"><f>1+1</f><v>2</v></c>""") +
            Row(23, """<c r="A23" t="s"><v>0</v></c>""") +
            Row(24, """<c r="A24" t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r></is></c>""") +
            Row(25, Number("A25", "9999999", Style.Date)),
            sharedStrings: """<si><t>shared &amp; "quoted"</t></si>""");

        var table = await ReadAsync(bytes);

        string[] expected =
        [
            "3", "3", "0.1", "0.3", "0.0000001", "1.23456789012346E+19", "0", "4915112345678",
            "2024-05-06", "2024-05-06T07:08:09", "07:30:00", "2024-05-06T12:00:00", "0.25", "1.5", "42",
            "TRUE", "FALSE", "#N/A", "2024-05-06", "cached", "2", "shared & \"quoted\"", "rich text", "9999999",
        ];
        Assert.Equal(expected, table.Rows.Select(r => r[0]));
        Assert.Equal(Enumerable.Range(2, 24).Select(n => (long)n), table.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public async Task Read_ShortAndLongRows_ArePaddedOrKeepTheirExtraCells()
    {
        var bytes = Build(
            Row(1, Text("A1", "A"), Text("B1", "B"), Text("C1", "C")) +
            Row(2, Text("A2", "only a")) +
            Row(3, Text("A3", "a"), Text("B3", "b"), Text("C3", "c"), Text("E3", "e")));

        var table = await ReadAsync(bytes);

        Assert.Equal(["only a", "", ""], table.Rows[0].Cells);
        Assert.Empty(table.Rows[0].ExtraCells);
        Assert.Empty(table.Rows[0].Problems);

        var row = table.Rows[1];
        Assert.Equal(["a", "b", "c"], row.Cells);
        Assert.Equal(["", "e"], row.ExtraCells);
        var problem = Assert.Single(row.Problems);
        Assert.Equal(XlsxProblemKind.ExtraCells, problem.Kind);
        Assert.Equal(3, problem.RowNumber);
        Assert.Equal(4, problem.ColumnNumber);
        Assert.Contains("column 4 (D)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_HeaderWithRepeatedAndBlankNames_GetsDistinctKeys()
    {
        var bytes = Build(Row(1, Text("A1", "Phone"), Text("B1", " "), Text("C1", "phone"), Text("D1", "Phone#2"), Text("E1", "Mail")) + Row(2, Text("E2", "x")));

        var table = await ReadAsync(bytes);

        Assert.Equal(["Phone", "#2", "phone#2", "Phone#2#2", "Mail"], table.Header.Keys);
        Assert.Equal(0, table.Header.IndexOf("PHONE"));
        Assert.Equal(4, table.Header.IndexOf(" mail "));
        Assert.Equal(-1, table.Header.IndexOf("Fax"));
        Assert.Equal("x", table.Rows[0]["Mail"]);
    }

    [Fact]
    public async Task Read_WhitespaceCells_AreKeptAndMakeARow()
    {
        var bytes = Build(Row(1, Text("A1", "A"), Text("B1", "B")) + Row(2, Text("B2", "  ")) + Row(3, Text("A3", " x\n y ")));

        var table = await ReadAsync(bytes);

        Assert.Equal(["", "  "], table.Rows[0].Cells);
        Assert.Equal([" x\n y ", ""], table.Rows[1].Cells);
    }

    [Fact]
    public async Task Read_SeveralSheets_FirstByDefaultOrTheNamedOne()
    {
        var bytes = Build([("Leads", Row(1, Text("A1", "Lead")) + Row(2, Text("A2", "Ann"))), ("Notes", Row(2, Text("A2", "Note")) + Row(3, Text("A3", "call back")))]);

        var first = await ReadAsync(bytes);
        var notes = await ReadAsync(bytes, new XlsxReadOptions { SheetName = "Notes" });

        Assert.Equal(["Leads", "Notes"], first.SheetNames);
        Assert.Equal("Leads", first.SheetName);
        Assert.Equal("Ann", first.Rows.Single()[0]);
        Assert.Equal("Notes", notes.SheetName);
        Assert.Equal(2, notes.Header.RowNumber);
        Assert.Equal(("call back", 3L), (notes.Rows.Single()[0], notes.Rows.Single().RowNumber));
    }

    [Fact]
    public async Task Read_NoDimension_DimensionTooSmall_OrTooWide_AllReadTheSameCells()
    {
        var data = Row(1, Text("A1", "A"), Text("B1", "B"), Text("C1", "C")) + Row(2, Text("A2", "a"), Text("C2", "c"));

        foreach (var dimension in new string?[] { null, "A1", "A1:C2", "A1:AMJ1048576", "A1:XFD2" })
        {
            var table = await ReadAsync(Build(data, dimension: dimension));

            Assert.Equal(["A", "B", "C"], table.Header.Names);
            Assert.Equal(["a", "", "c"], table.Rows.Single().Cells);
        }
    }

    [Fact]
    public async Task Read_IsStreamed_RowsBeforeABrokenRowArriveBeforeItIsParsed()
    {
        var rows = string.Concat(Enumerable.Range(2, 4_998).Select(r => Row(r, Text($"A{r}", "lead " + r), Number($"B{r}", r.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        var bytes = Build(Row(1, Text("A1", "Name"), Text("B1", "N")) + rows + """<row r="5000"><c r="A5000"><v>1</v></row>""", dimension: "A1:B5000");
        await using var reader = await XlsxTableReader.OpenAsync(new MemoryStream(bytes));
        var read = new List<long>();

        var e = await Assert.ThrowsAsync<XlsxFormatException>(async () =>
        {
            await foreach (var row in reader.ReadRowsAsync())
            {
                read.Add(row.RowNumber);
            }
        });

        Assert.Equal(Enumerable.Range(2, 4_998).Select(n => (long)n), read);
        Assert.Equal((XlsxProblemKind.DamagedWorkbook, 5000L), (e.Kind, e.RowNumber));
    }

    [Fact]
    public async Task Read_OneWayStream_IsCopiedAndRead()
    {
        var bytes = Xlsx.Write(["Name"], [["Ann"], ["Bob"]]);

        var table = await ReadAsync(bytes, seekable: false);

        Assert.Equal(["Ann", "Bob"], table.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Seekable_LargeOneWayStream_SpillsToATemporaryFileDeletedOnDispose()
    {
        var bytes = Xlsx.Write(["Id"], Enumerable.Range(0, 2_000).Select(_ => (IReadOnlyList<string?>)[Guid.NewGuid().ToString("N")]));
        Assert.True(bytes.Length > 4096);

        var (stream, owned) = await Internal.Workbook.SeekableAsync(new OneWayStream(bytes), XlsxReadOptions.Default, CancellationToken.None, memoryLimit: 4096);
        var file = Assert.IsType<FileStream>(stream);
        var path = file.Name;
        try
        {
            Assert.True(owned);
            Assert.Equal(0, stream.Position);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
            Assert.True(File.Exists(path));
        }
        finally
        {
            await stream.DisposeAsync();
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Read_StreamNotAtItsStart_ReadsFromItsPosition()
    {
        var workbook = Xlsx.Write(["Name"], [["Ann"]]);
        using var stream = new MemoryStream();
        stream.Write("junk before the workbook"u8);
        var start = stream.Position;
        stream.Write(workbook);
        stream.Position = start;

        var table = await ReadAsync(stream);

        Assert.Equal("Ann", table.Rows.Single()[0]);
    }

    [Fact]
    public async Task Dispose_LeavesTheCallersStreamOpen()
    {
        using var stream = new MemoryStream(Xlsx.Write(["Name"], [["Ann"]]));

        await using (var reader = await XlsxTableReader.OpenAsync(stream))
        {
            await foreach (var _ in reader.ReadRowsAsync())
            {
            }
        }

        Assert.True(stream.CanRead);
    }

    [Fact]
    public async Task ReadRowsAsync_Twice_Throws()
    {
        await using var reader = await XlsxTableReader.OpenAsync(new MemoryStream(Xlsx.Write(["Name"], [["Ann"]])));
        await foreach (var _ in reader.ReadRowsAsync())
        {
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in reader.ReadRowsAsync())
            {
            }
        });
    }

    [Fact]
    public async Task ReadAsync_HeaderOnly_GivesNoRows()
    {
        var rows = new List<XlsxRow>();
        await foreach (var row in XlsxTableReader.ReadAsync(new MemoryStream(Xlsx.Write(["Name", "Phone"], []))))
        {
            rows.Add(row);
        }

        Assert.Empty(rows);
        var table = await ReadAsync(Xlsx.Write(["Name", "Phone"], []));
        Assert.Equal(["Name", "Phone"], table.Header.Names);
    }

    [Fact]
    public async Task ReadRowsAsync_Cancelled_StopsWithOperationCanceled()
    {
        var bytes = Xlsx.Write(["N"], Enumerable.Range(0, 100).Select(i => (IReadOnlyList<string?>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        await using var reader = await XlsxTableReader.OpenAsync(new MemoryStream(bytes));
        using var cts = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in reader.ReadRowsAsync(cts.Token))
            {
                if (++read == 10)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(10, read);
    }

    [Fact]
    public async Task OpenAsync_BadArguments_Throw()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => XlsxTableReader.OpenAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => XlsxTableReader.OpenAsync(new WriteOnlyStream()));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => XlsxTableReader.OpenAsync(new MemoryStream(), new XlsxReadOptions { MaxRows = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => XlsxTableReader.OpenAsync(new MemoryStream(), new XlsxReadOptions { MaxCompressionRatio = 0.5 }));
        await Assert.ThrowsAsync<ArgumentException>(() => XlsxTableReader.OpenAsync(new MemoryStream(), new XlsxReadOptions { SheetName = string.Empty }));
    }

    [Fact]
    public void Header_BeforeOpen_IsNotReachable_AndRowIndexerChecksRange()
    {
        var table = Read(Xlsx.Write(["A", "B"], [["1", "2"]]));
        var row = table.Rows.Single();

        Assert.Throws<ArgumentOutOfRangeException>(() => row[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => row[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => new XlsxHeader(0, ["A"]));
        Assert.Throws<ArgumentNullException>(() => new XlsxHeader(1, [null!]));
    }
}
