using System.IO;
using MiniExcelLibs;

namespace LeadKit.Excel.Tests;

/// <summary>Tables written by the writer (and by MiniExcel directly) read back as written.</summary>
public sealed class XlsxRoundTripTests
{
    [Fact]
    public async Task WriteThenRead_LeadsTable_ComesBackAsText()
    {
        string[] header = ["Name", "Phone", "Zip", "Notes"];
        string?[][] rows =
        [
            ["Ann Lee", "+1 555 0100", "02134", "Met at the fair.\nWants a demo."],
            ["Bob", null, "", "=HYPERLINK(\"x\")"],
        ];

        var table = Xlsx.Read(await Xlsx.WriteAsync(header, rows));

        Assert.Equal("Sheet1", table.SheetName);
        Assert.Equal(1, table.Header.RowNumber);
        Assert.Equal(header, table.Header.Names);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal([2L, 3L], table.Rows.Select(r => r.RowNumber));
        Assert.Equal(["Ann Lee", "'+1 555 0100", "02134", "Met at the fair.\nWants a demo."], table.Rows[0].Cells);
        Assert.Equal(["Bob", "", "", "'=HYPERLINK(\"x\")"], table.Rows[1].Cells);
        Assert.All(table.Rows, r => Assert.Empty(r.Problems));
    }

    [Fact]
    public async Task WriteThenRead_NeutraliseOff_PhoneAndZipKeepTheirCharacters()
    {
        var options = new XlsxWriteOptions { NeutraliseFormulas = false };
        var bytes = await Xlsx.WriteAsync(["Phone", "Zip"], [["+1 555 0100", "02134"], ["-12", "007"]], options);

        var table = Xlsx.Read(bytes);

        Assert.Equal(["+1 555 0100", "02134"], table.Rows[0].Cells);
        Assert.Equal(["-12", "007"], table.Rows[1].Cells);
    }

    [Fact]
    public async Task MiniExcelWorkbook_TypedValues_ReadAsInvariantText()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["Name"] = "Ann", ["Score"] = 3.0, ["Ratio"] = 0.1, ["Sum"] = 0.1 + 0.2, ["Active"] = true, ["Born"] = new DateTime(1985, 4, 21), ["Seen"] = new DateTime(2024, 5, 6, 7, 8, 9), ["Empty"] = null },
            new() { ["Name"] = "Bob", ["Score"] = -2.5, ["Ratio"] = 1e-5, ["Sum"] = 4915112345678d, ["Active"] = false, ["Born"] = new DateTime(2000, 1, 1), ["Seen"] = new DateTime(2024, 12, 31, 23, 59, 59), ["Empty"] = null },
        };
        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, rows);

        var table = Xlsx.Read(stream.ToArray());

        Assert.Equal(["Name", "Score", "Ratio", "Sum", "Active", "Born", "Seen", "Empty"], table.Header.Names);
        Assert.Equal(["Ann", "3", "0.1", "0.3", "TRUE", "1985-04-21", "2024-05-06T07:08:09", ""], table.Rows[0].Cells);
        Assert.Equal(["Bob", "-2.5", "0.00001", "4915112345678", "FALSE", "2000-01-01", "2024-12-31T23:59:59", ""], table.Rows[1].Cells);
    }
}
