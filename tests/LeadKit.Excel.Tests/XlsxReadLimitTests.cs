using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;
using static LeadKit.Excel.Tests.Xlsx;

namespace LeadKit.Excel.Tests;

/// <summary>Every way a workbook is refused: each limit, zip bombs, files that are not workbooks, damaged and empty sheets.</summary>
public sealed class XlsxReadLimitTests
{
    private static byte[] Rows(int count, int columns = 3) =>
        Xlsx.Write(
            Enumerable.Range(1, columns).Select(c => "H" + c).ToArray(),
            Enumerable.Range(0, count).Select(r => (IReadOnlyList<string?>)Enumerable.Range(1, columns).Select(c => $"r{r}c{c}").ToArray()));

    [Fact]
    public async Task MaxFileSize_SeekableStream_RefusedUpFront()
    {
        var bytes = Rows(10);

        var e = await RefusedAsync(bytes, new XlsxReadOptions { MaxFileSize = bytes.Length - 1 });

        Assert.Equal(XlsxProblemKind.FileTooLarge, e.Kind);
        Assert.Equal(0, e.RowNumber);
        Assert.Contains("MaxFileSize", e.Message, StringComparison.Ordinal);
        var read = await ReadAsync(bytes, new XlsxReadOptions { MaxFileSize = bytes.Length });
        Assert.Equal(10, read.Rows.Count);
    }

    [Fact]
    public async Task MaxFileSize_OneWayStream_RefusedWhileCopying()
    {
        var bytes = Rows(10);

        var e = await RefusedAsync(bytes, new XlsxReadOptions { MaxFileSize = 1000 }, seekable: false);

        Assert.Equal(XlsxProblemKind.FileTooLarge, e.Kind);
    }

    [Fact]
    public async Task MaxRows_RowBeyondTheLimit_RefusedNamingIt()
    {
        var e = await RefusedAsync(Rows(10), new XlsxReadOptions { MaxRows = 6 });

        Assert.Equal(XlsxProblemKind.TooManyRows, e.Kind);
        Assert.Equal(7, e.RowNumber);
        Assert.StartsWith("Row 7:", e.Message, StringComparison.Ordinal);
        Assert.Equal(10, (await ReadAsync(Rows(10), new XlsxReadOptions { MaxRows = 11 })).Rows.Count);
    }

    [Fact]
    public async Task MaxRows_BlankRowsCount_TheirNumbersAreNotReused()
    {
        var bytes = Build(Row(1, Text("A1", "H")) + Row(2, Text("A2", "a")) + Row(60, Text("A60", "b")));

        var e = await RefusedAsync(bytes, new XlsxReadOptions { MaxRows = 50 });

        Assert.Equal(XlsxProblemKind.TooManyRows, e.Kind);
        Assert.Equal(51, e.RowNumber);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("A1:C3")]
    [InlineData("A1:XFD3")]
    public async Task MaxColumns_ValueBeyondTheLimit_RefusedNamingRowAndColumn(string? dimension)
    {
        var bytes = Build(Row(1, Text("A1", "A"), Text("B1", "B")) + Row(2, Text("A2", "a"), """<c r="Z2" s="1"/>""") + Row(3, Text("A3", "a"), Text("F3", "too far")), dimension: dimension);

        var e = await RefusedAsync(bytes, new XlsxReadOptions { MaxColumns = 5 });

        Assert.Equal(XlsxProblemKind.TooManyColumns, e.Kind);
        Assert.Equal(3, e.RowNumber);
        Assert.Equal(6, e.ColumnNumber);
        Assert.Contains("Row 3, column 6 (F)", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await ReadAsync(bytes, new XlsxReadOptions { MaxColumns = 6 })).Rows.Count);
    }

    [Fact]
    public async Task MaxCellLength_LongCell_RefusedNamingRowAndColumn()
    {
        var bytes = Xlsx.Write(["A", "B"], [["short", "x"], ["fine", new string('x', 101)]]);

        var e = await RefusedAsync(bytes, new XlsxReadOptions { MaxCellLength = 100 });

        Assert.Equal(XlsxProblemKind.CellTooLong, e.Kind);
        Assert.Equal(3, e.RowNumber);
        Assert.Equal(2, e.ColumnNumber);
        Assert.Contains("101 characters", e.Message, StringComparison.Ordinal);
        Assert.Equal(101, (await ReadAsync(bytes, new XlsxReadOptions { MaxCellLength = 101 })).Rows[1][1].Length);
    }

    [Fact]
    public async Task MaxCellLength_HugeTextInTheSheetOrSharedStrings_RefusedBeforeItIsRead()
    {
        var huge = new string('x', 200_000);
        var inSheet = Build(Row(1, Text("A1", "A")) + Row(2, Text("A2", huge)));
        var shared = Build(Row(1, Text("A1", "A")) + Row(2, """<c r="A2" t="s"><v>0</v></c>"""), sharedStrings: $"<si><t>{huge}</t></si>");

        foreach (var bytes in new[] { inSheet, shared })
        {
            var e = await RefusedAsync(bytes, new XlsxReadOptions { MaxCellLength = 1000 });

            Assert.Equal(XlsxProblemKind.CellTooLong, e.Kind);
            Assert.Contains("MaxCellLength", e.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>A workbook whose sheet part is followed by a long run of zeros: a few hundred KiB inflating to <paramref name="megabytes"/> MiB.</summary>
    private static byte[] ZipBomb(int megabytes, string entryName = "xl/media/image1.bin")
    {
        var workbook = Rows(3);
        var ms = new MemoryStream();
        ms.Write(workbook);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, true))
        {
            using var bomb = zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < megabytes; i++)
            {
                bomb.Write(zeros);
            }
        }

        return ms.ToArray();
    }

    [Fact]
    public async Task ZipBomb_HighCompressionRatio_RefusedFromTheZipDirectory()
    {
        var bytes = ZipBomb(200);
        Assert.True(bytes.Length < 1 << 20, "the bomb is small");

        var e = await RefusedAsync(bytes);

        Assert.Equal(XlsxProblemKind.ZipBomb, e.Kind);
        Assert.Contains("xl/media/image1.bin", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxCompressionRatio", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZipBomb_TotalInflatedSize_RefusedFromTheZipDirectory()
    {
        var bytes = ZipBomb(20);

        var e = await RefusedAsync(bytes, new XlsxReadOptions { MaxCompressionRatio = 10_000, MaxUncompressedSize = 10L << 20 });

        Assert.Equal(XlsxProblemKind.ZipBomb, e.Kind);
        Assert.Contains("MaxUncompressedSize", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await ReadAsync(bytes, new XlsxReadOptions { MaxCompressionRatio = 10_000 })).Rows.Count);
    }

    [Fact]
    public async Task ZipBomb_SheetPartItself_Refused()
    {
        var e = await RefusedAsync(ZipBomb(50, "xl/worksheets/sheet2.xml"));

        Assert.Equal(XlsxProblemKind.ZipBomb, e.Kind);
    }

    [Fact]
    public async Task LyingSizes_APartInflatingBeyondItsDeclaredSize_IsCutAndRefusedAsDamaged()
    {
        var bytes = Rows(200);
        PatchSize(bytes, "xl/worksheets/sheet1.xml", 2000);

        var e = await RefusedAsync(bytes);

        Assert.Equal(XlsxProblemKind.DamagedWorkbook, e.Kind);
    }

    /// <summary>Sets the uncompressed size a zip file declares for one part, in its local header and its directory entry.</summary>
    private static void PatchSize(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30).StartsWith(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46).StartsWith(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
            }
        }
    }

    public static TheoryData<string, byte[]> NotWorkbooks()
    {
        var random = new byte[5000];
        new Random(20261204).NextBytes(random);
        var real = Rows(50);
        var docx = new MemoryStream();
        using (var zip = new ZipArchive(docx, ZipArchiveMode.Create, true))
        {
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write("<w:document/>");
        }

        return new TheoryData<string, byte[]>
        {
            { "empty file", [] },
            { "random bytes", random },
            { "a CSV file renamed", "Name,Phone\r\nAnn,+1 555 0100\r\n"u8.ToArray() },
            { "an Excel 97-2003 file", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]] },
            { "a truncated workbook", real[..(real.Length / 2)] },
            { "a workbook without its end", real[..^10] },
            { "a Word document", docx.ToArray() },
            { "zip magic then junk", [(byte)'P', (byte)'K', 3, 4, .. random[..200]] },
        };
    }

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public async Task NotAWorkbook_RefusedWithAClearMessage(string what, byte[] bytes)
    {
        var e = await RefusedAsync(bytes);

        Assert.True(e.Kind == XlsxProblemKind.NotAWorkbook, what + ": " + e.Message);
        Assert.Contains("not an Excel workbook", e.Message, StringComparison.Ordinal);
        var oneWay = await RefusedAsync(bytes, seekable: false);
        Assert.Equal(XlsxProblemKind.NotAWorkbook, oneWay.Kind);
    }

    public static TheoryData<string, byte[]> DamagedWorkbooks() => new()
    {
        { "broken XML in the sheet", Build(Row(1, Text("A1", "H")) + Row(2, """<c r="A2"><v>1</v></row>""")) },
        { "a shared string without the shared strings part", Build(Row(1, Text("A1", "H")) + Row(2, """<c r="A2" t="s"><v>0</v></c>""")) },
        { "broken XML in the workbook part", BuildWithPart("xl/workbook.xml", "<workbook><sheets><sheet") },
        { "a sheet whose part is missing", BuildWithoutPart("xl/worksheets/sheet1.xml") },
        { "a sheet without a relationship", BuildWithPart("xl/_rels/workbook.xml.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>""") },
        { "a workbook without sheets", BuildWithPart("xl/workbook.xml", """<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""") },
        { "broken XML in the shared strings", Build(Row(1, Text("A1", "H")) + Row(2, """<c r="A2" t="s"><v>0</v></c>"""), sharedStrings: "<si><t>x</si>") },
        { "broken XML in the styles", Build(Row(1, Text("A1", "H")) + Row(2, Number("A2", "1", Style.Date)), styles: """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="14" """) },
        { "a DTD in the sheet", BuildWithPart("xl/worksheets/sheet1.xml", """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>""") },
    };

    private static byte[] BuildWithPart(string name, string text) => Replace(Build(Row(1, Text("A1", "H")) + Row(2, Text("A2", "a"))), name, text);

    private static byte[] BuildWithoutPart(string name) => Replace(Build(Row(1, Text("A1", "H"))), name, null);

    private static byte[] Replace(byte[] workbook, string name, string? text)
    {
        var ms = new MemoryStream();
        ms.Write(workbook);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, true))
        {
            zip.GetEntry(name)!.Delete();
            if (text is not null)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(text);
            }
        }

        return ms.ToArray();
    }

    [Fact]
    public async Task NotAWorkbook_OleCompoundFile_SaysXlsOrPasswordProtected()
    {
        var e = await RefusedAsync([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]]);

        Assert.Contains("Excel 97-2003 .xls workbook or a password-protected workbook", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DamagedWorkbooks))]
    public async Task DamagedWorkbook_RefusedAsDamaged(string what, byte[] bytes)
    {
        var e = await RefusedAsync(bytes);

        Assert.True(e.Kind == XlsxProblemKind.DamagedWorkbook, what + ": " + e.Kind + ": " + e.Message);
        Assert.Matches(e.RowNumber > 0 ? $"^Row {e.RowNumber} of the sheet \"Sheet1\" cannot be read: " : "^(The workbook cannot be read: |The sheet \"Sheet1\" cannot be read: )", e.Message);
    }

    [Fact]
    public async Task DamagedSheet_NamesTheRowBeingRead_OrTheLineWhenNoRowIsKnown()
    {
        var rows = Row(1, Text("A1", "H")) + Row(2, Text("A2", "a")) + Row(3, """<c r="A3"><v>1</v></row>""");

        var withDimension = await RefusedAsync(Build(rows, dimension: "A1:A3"));
        var withoutDimension = await RefusedAsync(Build(rows));

        Assert.Equal(3, withDimension.RowNumber);
        Assert.IsType<System.Xml.XmlException>(withDimension.InnerException);
        Assert.StartsWith("Row 3 of the sheet \"Sheet1\" cannot be read: its XML is broken at line 1, position ", withDimension.Message, StringComparison.Ordinal);
        Assert.Equal(0, withoutDimension.RowNumber);
        Assert.StartsWith("The sheet \"Sheet1\" cannot be read: its XML is broken at line 1, position ", withoutDimension.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SheetNotFound_ListsTheSheets()
    {
        var bytes = Build([("Leads", Row(1, Text("A1", "H"))), ("Notes 2024", Row(1, Text("A1", "H")))]);

        var e = await RefusedAsync(bytes, new XlsxReadOptions { SheetName = "leads" });

        Assert.Equal(XlsxProblemKind.SheetNotFound, e.Kind);
        Assert.Contains("\"leads\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"Leads\", \"Notes 2024\"", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("""<row r="1"/><row r="2"><c r="A2" s="1"/></row>""")]
    [InlineData("""<row r="3"><c r="B3" t="inlineStr"><is><t></t></is></c><c r="C3"><v></v></c></row>""")]
    public async Task EmptySheet_Refused(string sheetData)
    {
        var e = await RefusedAsync(Build(sheetData));

        Assert.Equal(XlsxProblemKind.EmptySheet, e.Kind);
        Assert.Contains("\"Sheet1\" is empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyWorkbook_WrittenByMiniExcel_Refused()
    {
        using var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, new List<Dictionary<string, object>>());

        var e = await RefusedAsync(stream.ToArray());

        Assert.Equal(XlsxProblemKind.EmptySheet, e.Kind);
    }

    [Fact]
    public async Task TooManyBlankRows_FarRowAfterAWideRow_Refused()
    {
        var bytes = Build(Row(1, Text("A1", "A"), Text("T1", "T")) + Row(2, Text("A2", "a")) + Row(100_000, Text("A100000", "far")));

        var e = await RefusedAsync(bytes, new XlsxReadOptions { MaxBlankCells = 100_000 });

        Assert.Equal(XlsxProblemKind.TooManyBlankRows, e.Kind);
        Assert.Equal(3, e.RowNumber);
        Assert.Equal("far", (await ReadAsync(bytes)).Rows[^1][0]);
    }
}
