using System.IO;
using System.Text;

namespace LeadKit.Csv.Tests;

public sealed class CsvTableReaderTests
{
    private static readonly CsvReadOptions Report = CsvReadOptions.Default with { MalformedRows = CsvMalformedRowPolicy.Report };

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public async Task OpenAsync_ByteOrderMark_SetsTheEncoding(string which)
    {
        var encoding = which switch
        {
            "utf-8-bom" => CsvEncodings.Utf8WithBom,
            "utf-16le" => Encoding.Unicode,
            _ => Encoding.BigEndianUnicode,
        };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Name;Ville\r\nZoë;Besançon\r\n")).ToArray();

        var table = await Csv.ReadAsync(bytes);

        Assert.Equal(encoding.CodePage, table.Encoding.CodePage);
        Assert.Equal(';', table.Delimiter);
        Assert.Equal<string>(["Name", "Ville"], table.Header.Names);
        Assert.Equal<string>(["Zoë", "Besançon"], table.Rows[0].Cells);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OpenAsync_Windows1252Bytes_DetectedAsWindows1252(bool seekable)
    {
        // The é is far into the file: past the first 64 KiB a one-way stream cannot be checked up front.
        var text = "First Name,Last Name\r\n" + string.Concat(Enumerable.Repeat("Ann,Lee\r\n", 100)) + "René,Müller\r\n";
        var bytes = CsvEncodings.Windows1252.GetBytes(text);

        var table = await Csv.ReadAsync(bytes, seekable: seekable);

        Assert.Equal(1252, table.Encoding.CodePage);
        Assert.Equal("René", table.Rows[^1]["First Name"]);
    }

    [Fact]
    public async Task ReadRowsAsync_OneWayStreamInvalidUtf8AfterTheStart_ThrowsInvalidEncodingNamingTheRow()
    {
        var start = "Name,City\r\n" + string.Concat(Enumerable.Repeat("Ann Lee,Lyon\r\n", 6000));   // > 64 KiB of ASCII
        var bytes = Encoding.UTF8.GetBytes(start).Concat(CsvEncodings.Windows1252.GetBytes("René,Besançon\r\n")).ToArray();

        var e = await Assert.ThrowsAsync<CsvFormatException>(() => Csv.ReadAsync(bytes, seekable: false));

        Assert.Equal(CsvProblemKind.InvalidEncoding, e.Kind);
        Assert.Equal(6002, e.RowNumber);
    }

    [Fact]
    public async Task OpenAsync_SeekableStreamInvalidUtf8Late_IsCheckedWholeAndReadAsWindows1252()
    {
        var start = "Name,City\r\n" + string.Concat(Enumerable.Repeat("Ann Lee,Lyon\r\n", 6000));
        var bytes = Encoding.UTF8.GetBytes(start).Concat(CsvEncodings.Windows1252.GetBytes("René,Besançon\r\n")).ToArray();

        var table = await Csv.ReadAsync(bytes);

        Assert.Equal(1252, table.Encoding.CodePage);
        Assert.Equal("Besançon", table.Rows[^1]["City"]);
    }

    [Fact]
    public async Task OpenAsync_NamedEncodingAndDelimiter_AreUsed()
    {
        var bytes = CsvEncodings.Get("iso-8859-1").GetBytes("a|b\r\nà|ß\r\n");

        var table = await Csv.ReadAsync(bytes, CsvReadOptions.Default with { Encoding = CsvEncodings.Get("28591"), Delimiter = '|' });

        Assert.Equal('|', table.Delimiter);
        Assert.Equal<string>(["à", "ß"], table.Rows[0].Cells);
    }

    [Theory]
    [InlineData("a,b;c\r\n", ',')]
    [InlineData("a;b;c,d\r\n", ';')]
    [InlineData("a\tb\tc;d\r\n", '\t')]
    [InlineData("\"x;y;z\",b\r\n", ',')]
    [InlineData("single\r\n", ',')]
    public async Task OpenAsync_Delimiter_DetectedFromTheHeaderLineOutsideQuotes(string header, char expected)
    {
        var table = await Csv.ReadTextAsync(header);

        Assert.Equal(expected, table.Delimiter);
    }

    [Fact]
    public async Task ReadRowsAsync_MultiLineCellsAndBlankLines_NumberedAsASpreadsheetShowsThem()
    {
        var table = await Csv.ReadTextAsync("Name,Address\r\nAnn,\"1 Rue X\r\nLyon\"\r\n\r\nBob,Paris\r\n");

        Assert.Equal([2L, 3, 4], table.Rows.Select(r => r.RowNumber));
        Assert.Equal("1 Rue X\r\nLyon", table.Rows[0]["Address"]);
        Assert.True(table.Rows[1].IsBlank);
        Assert.Empty(table.Rows[1].Cells);
        Assert.Equal("Paris", table.Rows[2][1]);
    }

    [Fact]
    public async Task Cells_RowNoLongerThanTheHeader_AreTheSameListOnEveryReadWithoutExtraCells()
    {
        // A row as long as the header hands out one list: reading cells one by one allocates nothing per read.
        var table = await Csv.ReadTextAsync("a,b,c\r\n1,2,3\r\n1\r\n");

        foreach (var row in table.Rows)
        {
            Assert.Same(row.Cells, row.Cells);
            Assert.Same(row.ExtraCells, row.ExtraCells);
            Assert.Empty(row.ExtraCells);
        }

        Assert.Equal<string>(["1", "2", "3"], table.Rows[0].Cells);
        Assert.Equal<string>(["1"], table.Rows[1].Cells);
    }

    [Fact]
    public async Task ReadRowsAsync_RaggedRows_ShortAreMissingAndExtraAreKeptAndReported()
    {
        var table = await Csv.ReadTextAsync("a,b,c\r\n1\r\n1,2,3,4,5\r\n");

        var shortRow = table.Rows[0];
        Assert.Equal(2, shortRow.MissingCellCount);
        Assert.Null(shortRow[2]);
        Assert.Null(shortRow["c"]);
        Assert.Empty(shortRow.Problems);

        var longRow = table.Rows[1];
        Assert.Equal<string>(["4", "5"], longRow.ExtraCells);
        var problem = Assert.Single(longRow.Problems);
        Assert.Equal(CsvProblemKind.ExtraCells, problem.Kind);
        Assert.Equal(3, problem.RowNumber);
        Assert.Equal(4, problem.ColumnNumber);
    }

    [Fact]
    public async Task Header_DuplicateAndBlankNames_GetDistinctKeys()
    {
        var table = await Csv.ReadTextAsync("Phone,Phone,,phone\r\n1,2,3,4\r\n");

        Assert.Equal<string>(["Phone", "Phone#2", "#3", "phone#3"], table.Header.Keys);
        Assert.Equal("1", table.Rows[0]["Phone"]);
        Assert.Equal("2", table.Rows[0]["Phone#2"]);
        Assert.Equal("4", table.Rows[0]["phone#3"]);
    }

    [Theory]
    [InlineData("a,b\r\nx,ab\"c\r\n", CsvProblemKind.StrayQuote, 2)]
    [InlineData("a,b\r\n\"ab\"c,d\r\n", CsvProblemKind.TextAfterClosingQuote, 1)]
    [InlineData("a,b,c\r\nx,y,\"open\r\nmore,rows\r\n", CsvProblemKind.UnclosedQuote, 3)]
    public async Task ReadRowsAsync_BadQuoting_RefusedByDefaultNamingRowAndColumn(string text, CsvProblemKind kind, int column)
    {
        var e = await Assert.ThrowsAsync<CsvFormatException>(() => Csv.ReadTextAsync(text));

        Assert.Equal(kind, e.Kind);
        Assert.Equal(2, e.RowNumber);
        Assert.Equal(column, e.ColumnNumber);
        Assert.Contains("MalformedRows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadRowsAsync_BadQuotingUnderReport_RowKeptWithTheProblem()
    {
        var table = await Csv.ReadTextAsync("a,b\r\nx,ab\"c\r\ny,z\r\n", Report);

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("ab\"c", table.Rows[0]["b"]);
        Assert.Equal(CsvProblemKind.StrayQuote, Assert.Single(table.Rows[0].Problems).Kind);
        Assert.Empty(table.Rows[1].Problems);
    }

    [Fact]
    public async Task OpenAsync_EmptyFile_ThrowsEmptyFile()
    {
        var e = await Assert.ThrowsAsync<CsvFormatException>(() => Csv.ReadAsync([]));

        Assert.Equal(CsvProblemKind.EmptyFile, e.Kind);
        Assert.IsAssignableFrom<LeadKitException>(e);
    }

    [Fact]
    public async Task ReadAsync_Static_StreamsTheRows()
    {
        var rows = new List<CsvRow>();
        await foreach (var row in CsvTableReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("a\r\n1\r\n2\r\n"))))
        {
            rows.Add(row);
        }

        Assert.Equal(["1", "2"], rows.Select(r => r[0]));
    }
}
