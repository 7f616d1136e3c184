using System.IO;
using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LeadKit.Excel.Tests;

/// <summary>
/// Laws of the writer and reader: a written table reads back cell for cell (with the formula prefix
/// when neutralising is on), blank rows are skipped with their numbers kept, and no input whatever
/// raises anything but <see cref="XlsxFormatException"/>.
/// </summary>
public sealed class XlsxPropertyTests
{
    /// <summary>Pieces of cells: leading zeros, formula starts, quotes, XML's special characters, OOXML escapes, control characters, non-BMP and lone surrogates, line feeds.</summary>
    private static readonly string[] Pieces =
    [
        "a", "Zo", "0", "00", "7", ".", " ", "  ", "\n", "\t", "é", "€", "日本", "😀", "ß", "=", "+", "-", "@", "'", "\"",
        "&", "<", ">", "&amp;", "]]>", "_x0041_", "_x000D_", "\u0001", "\u001F", "\uFFFE", "\uD800", "\uDC00", "cmd|' /C calc'!A0", "SUM(A1)",
    ];

    private static readonly Gen<string> LongCells =
        from length in Gen.Choose(1_000, 32_000)
        from c in Gen.Elements('x', 'é', '0', ' ')
        select new string(c, length);

    private static readonly Gen<string> Cells =
        Gen.Frequency(
            (20, Gen.Choose(0, 6).SelectMany(n => Gen.Elements(Pieces).ArrayOf(n)).Select(string.Concat)),
            (3, Gen.Constant(string.Empty)),
            (1, LongCells));

    /// <summary>A table whose header names are never blank (the header is the first row with a value).</summary>
    public sealed record Table(string[] Header, string[][] Rows)
    {
        public override string ToString() =>
            $"header [{string.Join(", ", Header.Select(Show))}], {Rows.Length} rows: " + string.Join(" / ", Rows.Select(r => "[" + string.Join(", ", r.Select(Show)) + "]"));

        private static string Show(string cell) =>
            "\"" + (cell.Length > 40 ? cell[..20] + $"…({cell.Length} chars)" : string.Concat(cell.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()))) + "\"";
    }

    private static Gen<Table> Tables(Gen<string> cells) =>
        from columns in Gen.Choose(1, 6)
        from header in cells.Select(c => "H" + c).ArrayOf(columns)
        from count in Gen.Choose(0, 8)
        from rows in cells.ArrayOf(columns).ArrayOf(count)
        select new Table(header, rows);

    private static string Expected(string cell, bool neutralise) => Xlsx.ReadsBackAs(cell, neutralise);

    private static void AssertReadsBack(Table table, Xlsx.Table read, bool neutralise)
    {
        Assert.Equal(1, read.Header.RowNumber);
        Assert.Equal(table.Header.Select(c => Expected(c, neutralise)), read.Header.Names);
        var expected = table.Rows
            .Select((cells, i) => (Row: (long)i + 2, Cells: cells.Select(c => Expected(c, neutralise)).ToArray()))
            .Where(r => r.Cells.Any(c => c.Length > 0))
            .ToList();
        Assert.Equal(expected.Select(r => r.Row), read.Rows.Select(r => r.RowNumber));
        Assert.Equal(expected.Select(r => r.Cells), read.Rows.Select(r => r.Cells.ToArray()));
        Assert.All(read.Rows, r => Assert.Empty(r.Problems));
    }

    [Property(MaxTest = 150)]
    public Property WriteThenRead_NeutraliseOff_AnyTableComesBackExactly() =>
        Prop.ForAll(Tables(Cells).ToArbitrary(), table =>
        {
            var bytes = Xlsx.Write(table.Header, table.Rows, new XlsxWriteOptions { NeutraliseFormulas = false });

            AssertReadsBack(table, Xlsx.Read(bytes), neutralise: false);
        });

    [Property(MaxTest = 150)]
    public Property WriteThenRead_Neutralised_OnlyFormulaCellsGainAQuoteMark() =>
        Prop.ForAll(Tables(Cells).ToArbitrary(), table =>
        {
            var bytes = Xlsx.Write(table.Header, table.Rows);

            AssertReadsBack(table, Xlsx.Read(bytes, seekable: false), neutralise: true);
        });

    [Property(MaxTest = 100)]
    public Property WriteThenRead_CarriageReturns_ComeBackAsLineFeeds() =>
        Prop.ForAll(Tables(Gen.Elements("a", "\r", "\r\n", "\n", "\r\r\n", "b\r")).ToArbitrary(), table =>
        {
            var bytes = Xlsx.Write(table.Header, table.Rows, new XlsxWriteOptions { NeutraliseFormulas = false });

            AssertReadsBack(table, Xlsx.Read(bytes), neutralise: false);
        });

    private static readonly Gen<string> NumberLike =
        Gen.OneOf(
            Gen.Choose(-100_000, 100_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Choose(-100_000, 100_000).Select(i => (i / 1000.0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("0", "00", "007", "3.0", "1e5", "-0", "0.1", "0.30000000000000004", "4915112345678", "9007199254740993", "1E-07", "0.0000001", "+5", ".5"),
            Cells);

    [Property(MaxTest = 150)]
    public Property WriteThenRead_CellsAsNumbers_AnyTableStillComesBackExactly() =>
        Prop.ForAll(Tables(NumberLike).ToArbitrary(), table =>
        {
            var bytes = Xlsx.Write(table.Header, table.Rows, new XlsxWriteOptions { NeutraliseFormulas = false, CellsAsText = false });

            AssertReadsBack(table, Xlsx.Read(bytes), neutralise: false);
        });

    /// <summary>Reads anything; only success or <see cref="XlsxFormatException"/> is allowed.</summary>
    private static void ReadsOrRefuses(byte[] bytes, bool seekable)
    {
        var e = Xunit.Record.Exception(() => Xlsx.Read(bytes, new XlsxReadOptions { MaxCellLength = 10_000, MaxColumns = 200, MaxRows = 100_000 }, seekable));

        Assert.True(e is null or XlsxFormatException, e?.ToString());
    }

    private static Gen<byte[]> Garbage =>
        Gen.Frequency(
            (3, Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()),
            (1, Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().Select(b => (byte[])[(byte)'P', (byte)'K', 3, 4, .. b])),
            (1, Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().Select(b => (byte[])[(byte)'P', (byte)'K', 5, 6, .. b])));

    [Property(MaxTest = 300)]
    public Property RandomBytes_OnlyEverGiveXlsxFormatException() =>
        Prop.ForAll(Garbage.ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (bytes, seekable) => ReadsOrRefuses(bytes, seekable));

    private static readonly byte[] Sample = Xlsx.Write(
        ["Name", "Phone", "Notes"],
        Enumerable.Range(0, 40).Select(i => (IReadOnlyList<string?>)[$"Lead {i}", "+1 555 01" + i, i % 3 == 0 ? "call back\nsoon" : ""]));

    private static readonly byte[] SampleStored = Recompress(Sample, CompressionLevel.NoCompression);

    /// <summary>The same workbook with its parts stored uncompressed, so damage hits the XML rather than the deflate stream.</summary>
    private static byte[] Recompress(byte[] workbook, CompressionLevel level)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, level).Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    [Property(MaxTest = 300)]
    public Property DamagedWorkbooks_OnlyEverGiveXlsxFormatException() =>
        Prop.ForAll(
            Gen.Elements(Sample, SampleStored).ToArbitrary(),
            Gen.Choose(1, 8).SelectMany(n => Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 255)).ArrayOf(n)).ToArbitrary(),
            Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, int.MaxValue))).ToArbitrary(),
            (workbook, damage, cut) =>
            {
                var bytes = (byte[])workbook.Clone();
                foreach (var (at, value) in damage)
                {
                    bytes[at % bytes.Length] = (byte)value;
                }

                if (cut >= 0)
                {
                    bytes = bytes[..(cut % bytes.Length)];
                }

                ReadsOrRefuses(bytes, seekable: true);
            });
}
