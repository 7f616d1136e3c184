using System.Text;

namespace LeadKit.Csv.Tests;

/// <summary>Each limit of <see cref="CsvReadOptions"/>: a typed error naming the row.</summary>
public sealed class CsvReadLimitTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task MaxFileSize_Exceeded_ThrowsFileTooLarge(bool seekable)
    {
        var bytes = Bytes("a,b\r\n" + string.Concat(Enumerable.Repeat("1,2\r\n", 50_000)));

        var e = await Assert.ThrowsAsync<CsvFormatException>(() => Csv.ReadAsync(bytes, CsvReadOptions.Default with { MaxFileSize = 100_000 }, seekable));

        Assert.Equal(CsvProblemKind.FileTooLarge, e.Kind);
        Assert.Contains("MaxFileSize", e.Message, StringComparison.Ordinal);
        if (!seekable)
        {
            Assert.True(e.RowNumber > 1);
        }
    }

    [Fact]
    public async Task MaxRows_Exceeded_ThrowsTooManyRowsAtTheFirstRowOver()
    {
        var e = await Assert.ThrowsAsync<CsvFormatException>(() => Csv.ReadTextAsync("a\r\n1\r\n2\r\n3\r\n", CsvReadOptions.Default with { MaxRows = 3 }));

        Assert.Equal(CsvProblemKind.TooManyRows, e.Kind);
        Assert.Equal(4, e.RowNumber);
    }

    [Fact]
    public async Task MaxColumns_Exceeded_ThrowsTooManyColumnsNamingTheRow()
    {
        var e = await Assert.ThrowsAsync<CsvFormatException>(() => Csv.ReadTextAsync("a,b\r\n1,2\r\n1,2,3,4\r\n", CsvReadOptions.Default with { MaxColumns = 3 }));

        Assert.Equal(CsvProblemKind.TooManyColumns, e.Kind);
        Assert.Equal(3, e.RowNumber);
    }

    [Fact]
    public async Task MaxCellLength_Exceeded_ThrowsCellTooLongNamingRowAndColumn()
    {
        var e = await Assert.ThrowsAsync<CsvFormatException>(() => Csv.ReadTextAsync("a,b\r\n1,2\r\n3," + new string('x', 101) + "\r\n", CsvReadOptions.Default with { MaxCellLength = 100 }));

        Assert.Equal(CsvProblemKind.CellTooLong, e.Kind);
        Assert.Equal(3, e.RowNumber);
        Assert.Equal(2, e.ColumnNumber);
    }

    [Fact]
    public async Task MaxCellLength_UnclosedQuoteOverALargeFile_StopsWithCellTooLong()
    {
        var bytes = Bytes("a,b\r\n1,\"open\r\n" + string.Concat(Enumerable.Repeat("1,2\r\n", 200_000)));

        var e = await Assert.ThrowsAsync<CsvFormatException>(() => Csv.ReadAsync(bytes, CsvReadOptions.Default with { MaxCellLength = 10_000 }, seekable: false));

        Assert.Equal(CsvProblemKind.CellTooLong, e.Kind);
        Assert.Equal(2, e.RowNumber);
    }

    [Fact]
    public async Task Options_NonPositiveLimit_IsAnArgumentError()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Csv.ReadTextAsync("a\r\n", CsvReadOptions.Default with { MaxRows = 0 }));
    }
}
