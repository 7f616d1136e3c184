using System.IO;
using System.Text;

namespace LeadKit.Csv.Tests;

public sealed class CsvTableWriterTests
{
    [Fact]
    public void Create_Default_WritesUtf8WithBomAndCrLf()
    {
        var bytes = Csv.Write(["a", "b"], [["1", "x,y"]]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("a,b\r\n1,\"x,y\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("=SUM(A1:A9)")]
    [InlineData("+33 6 12")]
    [InlineData("-2")]
    [InlineData("@cmd")]
    [InlineData("\tTab")]
    [InlineData("\rCR")]
    public async Task WriteRowAsync_FormulaStart_NeutralisedByDefault(string cell)
    {
        var table = await Csv.ReadAsync(Csv.Write(["a"], [[cell]]));

        Assert.Equal("'" + cell, table.Rows[0][0]);
    }

    [Fact]
    public async Task WriteRowAsync_NeutraliseOff_WritesTheCellAsItIs()
    {
        var table = await Csv.ReadAsync(Csv.Write(["a"], [["=1+1"]], CsvWriteOptions.Default with { NeutraliseFormulas = false }));

        Assert.Equal("=1+1", table.Rows[0][0]);
    }

    [Fact]
    public void WriteRowAsync_Windows1252CannotHoldTheCharacter_ThrowsNamingRowAndColumn()
    {
        var e = Assert.Throws<CsvFormatException>(() => Csv.Write(["a", "b"], [["€ ok", "é"], ["x", "日本"]], CsvWriteOptions.Default with { Encoding = CsvEncodings.Windows1252 }));

        Assert.Equal(CsvProblemKind.UnrepresentableCharacter, e.Kind);
        Assert.Equal(3, e.RowNumber);
        Assert.Equal(2, e.ColumnNumber);
    }

    [Fact]
    public void Create_QuoteAllSemicolon_QuotesEveryCell()
    {
        var bytes = Csv.Write(["a", "b"], [["1", ""]], CsvWriteOptions.Default with { QuoteAll = true, Delimiter = ';', Encoding = CsvEncodings.Utf8 });

        Assert.Equal("\"a\";\"b\"\r\n\"1\";\"\"\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task WriteRowAsync_WrongWidth_IsAnArgumentError()
    {
        using var stream = new MemoryStream();
        await using var writer = CsvTableWriter.Create(stream, ["a", "b"]);

        await Assert.ThrowsAsync<ArgumentException>(() => writer.WriteRowAsync(["1"]));
    }

    [Fact]
    public async Task OutlookHeaders_WrittenInWindows1252_ReadBackAsOutlook()
    {
        var header = CsvLayouts.Outlook.Headers;
        var row = header.Select(h => h switch { "First Name" => "René", "Birthday" => "0/0/00", "E-mail Address" => "rene@example.com", _ => "" }).ToArray();

        var table = await Csv.ReadAsync(Csv.Write(header, [row], CsvWriteOptions.Default with { Encoding = CsvEncodings.Windows1252, QuoteAll = true }));

        Assert.Equal(1252, table.Encoding.CodePage);
        var match = CsvLayouts.Detect(table.Header);
        Assert.Same(CsvLayouts.Outlook, match.Layout);
        Assert.Equal([("first", "René"), ("email", "rene@example.com")], match.Layout.Normalize(table.Rows[0]).Select(v => (v.Key, v.Value)));
    }
}
