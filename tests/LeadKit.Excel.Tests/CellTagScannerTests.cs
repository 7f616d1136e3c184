using System.IO;
using System.Text;
using LeadKit.Excel.Internal;

namespace LeadKit.Excel.Tests;

/// <summary>The byte-level scan for a sheet's last cell column: never below the real one, whatever the prefixes, quoting or read sizes.</summary>
public sealed class CellTagScannerTests
{
    /// <summary>A stream handing out at most <paramref name="chunk"/> bytes a read, so tags straddle reads.</summary>
    private sealed class Trickle(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }

    private static int LastColumn(string xml, int chunk = int.MaxValue) =>
        CellTagScanner.LastColumn(new Trickle(Encoding.UTF8.GetBytes(xml), chunk), CancellationToken.None);

    [Theory]
    [InlineData("""<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1" s="2"/></row></sheetData>""", 3)]
    [InlineData("""<x:sheetData><x:row r="1"><x:c r="AB7" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData>""", 28)]
    [InlineData("""<sheetData><row><c><v>1</v></c><c><v>2</v></c><c/></row><row><c/></row></sheetData>""", 3)]
    [InlineData("""<sheetData><row r="1"><c t="s" s=">" r="XFD1"/></row></sheetData>""", 16384)]
    [InlineData("""<sheetData><row r="1"><c r='D1' s='1'/><cols><col min="1" max="99"/></cols><cfRule/></row></sheetData>""", 4)]
    [InlineData("""<worksheet><sheetData></sheetData></worksheet>""", 0)]
    [InlineData("""<sheetData><row r="1"><c r="B1"><v>x</v></c><!-- <c r="Z1"> --></row></sheetData>""", 26)]
    public void LastColumn_IsTheLastCellTagsColumn(string xml, int expected)
    {
        Assert.Equal(expected, LastColumn(xml));
        Assert.Equal(expected, LastColumn(xml, chunk: 1));
        Assert.Equal(expected, LastColumn(xml, chunk: 7));
    }

    [Fact]
    public void LastColumn_TagLongerThanTheBuffer_IsRead()
    {
        var xml = $"""<sheetData><row r="1"><c r="E1" s="{new string('1', 200_000)}"/></row></sheetData>""";

        Assert.Equal(5, LastColumn(xml, chunk: 4096));
    }
}
