using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LeadKit.Csv.Tests;

/// <summary>
/// Laws of the reader and writer: written tables read back exactly; every record of a messy file
/// comes back as a row (its problems listed) or stops the read with the first bad row named; and
/// garbage never raises anything but <see cref="CsvFormatException"/>.
/// </summary>
public sealed class CsvPropertyTests
{
    private static readonly string[] UnicodePieces = ["a", "Zo", "0", " ", ",", ";", "\t", "\"", "\r", "\n", "\r\n", "é", "€", "=", "+", "-", "@", "'", "|", "日本", "😀", "ß"];
    private static readonly string[] Cp1252Pieces = ["a", "Zo", "0", " ", ",", ";", "\t", "\"", "\r", "\n", "\r\n", "é", "€", "=", "+", "-", "@", "'", "|", "ß", "Ü"];
    private static readonly char[] Delimiters = [',', ';', '\t'];
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly CsvReadOptions Report = CsvReadOptions.Default with { MalformedRows = CsvMalformedRowPolicy.Report };

    /// <summary>The encodings a round trip is checked in; the 1252 one is named when reading (its bytes may also be valid UTF-8).</summary>
    public enum TextEncoding
    {
        Utf8Bom,
        Utf8,
        Utf16,
        Utf16BigEndian,
        Windows1252,
    }

    public sealed record Table(TextEncoding Encoding, char Delimiter, bool QuoteAll, string[] Header, string[][] Rows);

    private static Gen<string> Cell(string[] pieces) =>
        Gen.Choose(0, 6).SelectMany(n => Gen.Elements(pieces).ArrayOf(n)).Select(string.Concat);

    private static Gen<Table> Tables =>
        from encoding in Gen.Elements(Enum.GetValues<TextEncoding>())
        let pieces = encoding == TextEncoding.Windows1252 ? Cp1252Pieces : UnicodePieces
        from delimiter in Gen.Elements(Delimiters)
        from quoteAll in Gen.Elements(false, true)
        from columns in Gen.Choose(1, 6)
        from header in Cell(pieces).ArrayOf(columns)
        from count in Gen.Choose(0, 8)
        from rows in Cell(pieces).ArrayOf(columns).ArrayOf(count)
        select new Table(encoding, delimiter, quoteAll, header, rows);

    private static Encoding EncodingOf(TextEncoding e) => e switch
    {
        TextEncoding.Utf8Bom => CsvEncodings.Utf8WithBom,
        TextEncoding.Utf8 => CsvEncodings.Utf8,
        TextEncoding.Utf16 => Encoding.Unicode,
        TextEncoding.Utf16BigEndian => Encoding.BigEndianUnicode,
        _ => CsvEncodings.Windows1252,
    };

    [Property(MaxTest = 300)]
    public Property WriteThenRead_AnyTable_ComesBackExactly() =>
        Prop.ForAll(Tables.ToArbitrary(), table =>
        {
            var encoding = EncodingOf(table.Encoding);
            var bytes = Csv.Write(table.Header, table.Rows, new CsvWriteOptions { Encoding = encoding, Delimiter = table.Delimiter, QuoteAll = table.QuoteAll, NeutraliseFormulas = false });
            var options = CsvReadOptions.Default with
            {
                Delimiter = table.Delimiter,
                Encoding = table.Encoding == TextEncoding.Windows1252 ? encoding : null,
            };

            var read = Csv.Read(bytes, options);

            if (table.Encoding != TextEncoding.Windows1252)
            {
                Assert.Equal(encoding.CodePage, read.Encoding.CodePage);
            }

            Assert.Equal(table.Header, read.Header.Names);
            Assert.Equal(table.Rows.Length, read.Rows.Count);
            for (var r = 0; r < table.Rows.Length; r++)
            {
                Assert.Equal(r + 2, read.Rows[r].RowNumber);
                Assert.Equal(table.Rows[r], read.Rows[r].Cells);
                Assert.Empty(read.Rows[r].Problems);
            }
        });

    [Property(MaxTest = 200)]
    public Property WriteThenRead_PlainHeader_DelimiterAndUnicodeEncodingDetected() =>
        Prop.ForAll(Tables.Where(t => t.Encoding != TextEncoding.Windows1252).ToArbitrary(), Gen.Choose(2, 5).ToArbitrary(), (table, columns) =>
        {
            var header = Enumerable.Range(1, columns).Select(i => "Column " + i).ToArray();
            var rows = table.Rows.Select(r => Enumerable.Range(0, columns).Select(i => i < r.Length ? r[i] : "x").ToArray()).ToArray();
            var bytes = Csv.Write(header, rows, new CsvWriteOptions { Encoding = EncodingOf(table.Encoding), Delimiter = table.Delimiter, NeutraliseFormulas = false });

            var read = Csv.Read(bytes, seekable: false);

            Assert.Equal(table.Delimiter, read.Delimiter);
            Assert.Equal(rows, read.Rows.Select(r => r.Cells.ToArray()));
        });

    [Property(MaxTest = 200)]
    public Property WriteThenRead_Neutralised_OnlyFormulaCellsGainAQuoteMark() =>
        Prop.ForAll(Tables.ToArbitrary(), table =>
        {
            var encoding = EncodingOf(table.Encoding);
            var bytes = Csv.Write(table.Header, table.Rows, new CsvWriteOptions { Encoding = encoding, Delimiter = table.Delimiter });

            var read = Csv.Read(bytes, CsvReadOptions.Default with { Delimiter = table.Delimiter, Encoding = encoding });

            static string Expected(string cell) => cell.Length > 0 && Triggers.Contains(cell[0]) ? "'" + cell : cell;
            Assert.Equal(table.Header.Select(Expected), read.Header.Names);
            Assert.Equal(table.Rows.Select(r => r.Select(Expected).ToArray()), read.Rows.Select(r => r.Cells.ToArray()));
        });

    /// <summary>A physical record of a messy file: its text and the quoting problem it carries, if any.</summary>
    public sealed record Record(string Text, CsvProblemKind? Defect);

    public sealed record MessyFile(char Delimiter, int Columns, Record[] Records, bool Unclosed)
    {
        public string Text(string header) =>
            header + "\r\n" + string.Concat(Records.Select(r => r.Text + "\r\n")) + (Unclosed ? "x" + Delimiter + "\"never closed\r\nmore" + Delimiter + "rows\r\n" : string.Empty);
    }

    private static Gen<string> Quoted(char delimiter) =>
        Cell(UnicodePieces).Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");

    private static Gen<string> Plain(char delimiter) =>
        Cell(["a", "b", "0", " ", "é", "日"]);

    private static Gen<Record> Records(char delimiter, int columns) =>
        from width in Gen.Frequency((6, Gen.Constant(columns)), (1, Gen.Choose(1, columns + 3)))
        from cells in Gen.OneOf(Quoted(delimiter), Plain(delimiter)).ArrayOf(width)
        from defect in Gen.Frequency((5, Gen.Constant<CsvProblemKind?>(null)), (1, Gen.Constant<CsvProblemKind?>(CsvProblemKind.StrayQuote)), (1, Gen.Constant<CsvProblemKind?>(CsvProblemKind.TextAfterClosingQuote)))
        from at in Gen.Choose(0, width - 1)
        select new Record(
            string.Join(delimiter, cells.Select((c, i) => i != at || defect is null ? c : defect == CsvProblemKind.StrayQuote ? "ab\"c" : "\"ab\"cd")),
            defect);

    private static Gen<MessyFile> MessyFiles =>
        from delimiter in Gen.Elements(Delimiters)
        from columns in Gen.Choose(2, 5)
        from count in Gen.Choose(0, 12)
        from records in Records(delimiter, columns).ArrayOf(count)
        from unclosed in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new MessyFile(delimiter, columns, records, unclosed);

    [Property(MaxTest = 300)]
    public Property Read_MessyFileReported_EveryRecordIsARowWithItsProblem() =>
        Prop.ForAll(MessyFiles.ToArbitrary(), file =>
        {
            var header = string.Join(file.Delimiter, Enumerable.Range(1, file.Columns).Select(i => "H" + i));

            var read = Csv.Read(Encoding.UTF8.GetBytes(file.Text(header)), Report);

            var expected = file.Records.Length + (file.Unclosed ? 1 : 0);
            Assert.Equal(Enumerable.Range(2, expected).Select(n => (long)n), read.Rows.Select(r => r.RowNumber));
            for (var i = 0; i < file.Records.Length; i++)
            {
                var quoting = read.Rows[i].Problems.Where(p => p.Kind != CsvProblemKind.ExtraCells).Select(p => p.Kind).ToArray();
                Assert.Equal(file.Records[i].Defect is { } d ? [d] : [], quoting);
                Assert.All(read.Rows[i].Problems, p => Assert.Equal(i + 2, p.RowNumber));
            }

            if (file.Unclosed)
            {
                Assert.Contains(read.Rows[^1].Problems, p => p.Kind == CsvProblemKind.UnclosedQuote && p.ColumnNumber == 2);
            }
        });

    [Property(MaxTest = 300)]
    public Property Read_MessyFileRefused_StopsAtTheFirstBadRow() =>
        Prop.ForAll(MessyFiles.ToArbitrary(), file =>
        {
            var header = string.Join(file.Delimiter, Enumerable.Range(1, file.Columns).Select(i => "H" + i));
            var firstBad = Array.FindIndex(file.Records, r => r.Defect is not null);
            long? expected = firstBad >= 0 ? firstBad + 2 : file.Unclosed ? file.Records.Length + 2 : null;

            var e = Xunit.Record.Exception(() => Csv.Read(Encoding.UTF8.GetBytes(file.Text(header))));

            if (expected is null)
            {
                Assert.Null(e);
            }
            else
            {
                Assert.Equal(expected, Assert.IsType<CsvFormatException>(e).RowNumber);
            }
        });

    private static Gen<byte[]> Garbage =>
        Gen.Frequency(
            (3, Gen.Elements<byte>((byte)'a', (byte)',', (byte)';', (byte)'\t', (byte)'"', (byte)'\r', (byte)'\n', 0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0xC3, 0xA9, 0x00, 0x80)),
            (1, Gen.Choose(0, 255).Select(b => (byte)b)))
        .ArrayOf();

    [Property(MaxTest = 500)]
    public Property Read_Garbage_ThrowsNothingButCsvFormatException() =>
        Prop.ForAll(Garbage.ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (bytes, report, seekable) =>
        {
            var options = CsvReadOptions.Default with
            {
                MalformedRows = report ? CsvMalformedRowPolicy.Report : CsvMalformedRowPolicy.Refuse,
                MaxCellLength = 16,
                MaxColumns = 8,
                MaxRows = 20,
            };

            var e = Xunit.Record.Exception(() => Csv.Read(bytes, options, seekable));

            Assert.True(e is null or CsvFormatException, e?.ToString());
        });
}
