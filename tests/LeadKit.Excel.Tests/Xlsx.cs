using System.IO;
using System.IO.Compression;
using System.Text;

namespace LeadKit.Excel.Tests;

/// <summary>Helpers: read a workbook as a table, write a table, build workbooks part by part.</summary>
internal static class Xlsx
{
    /// <summary>A sheet as read: the reader's findings, the header and the rows.</summary>
    internal sealed record Table(string SheetName, IReadOnlyList<string> SheetNames, XlsxHeader Header, IReadOnlyList<XlsxRow> Rows);

    internal static async Task<Table> ReadAsync(Stream stream, XlsxReadOptions? options = null)
    {
        await using var reader = await XlsxTableReader.OpenAsync(stream, options);
        var rows = new List<XlsxRow>();
        await foreach (var row in reader.ReadRowsAsync())
        {
            rows.Add(row);
        }

        return new Table(reader.SheetName, reader.SheetNames, reader.Header, rows);
    }

    internal static Task<Table> ReadAsync(byte[] bytes, XlsxReadOptions? options = null, bool seekable = true) =>
        ReadAsync(seekable ? new MemoryStream(bytes) : new OneWayStream(bytes), options);

    internal static Table Read(byte[] bytes, XlsxReadOptions? options = null, bool seekable = true) =>
        ReadAsync(bytes, options, seekable).GetAwaiter().GetResult();

    internal static async Task<byte[]> WriteAsync(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, XlsxWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        await XlsxTableWriter.WriteAsync(stream, header, rows.ToAsyncEnumerable(), options);
        return stream.ToArray();
    }

    internal static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, XlsxWriteOptions? options = null) =>
        WriteAsync(header, rows, options).GetAwaiter().GetResult();

    /// <summary>
    /// What a written cell reads back as: with a <c>'</c> in front when neutralised, CR and CRLF as
    /// LF, and empty when it is only tabs, line feeds and inner spaces (MiniExcel writes
    /// <c>xml:space="preserve"</c> only for a cell starting or ending with a space, and XML readers
    /// drop a whitespace-only text otherwise).
    /// </summary>
    internal static string ReadsBackAs(string cell, bool neutralise)
    {
        var text = (neutralise && cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.Length > 0 && text.All(c => c is ' ' or '\t' or '\n') && text[0] != ' ' && text[^1] != ' ' ? string.Empty : text;
    }

    /// <summary>Reads a workbook and expects it refused.</summary>
    internal static async Task<XlsxFormatException> RefusedAsync(byte[] bytes, XlsxReadOptions? options = null, bool seekable = true) =>
        await Assert.ThrowsAsync<XlsxFormatException>(() => ReadAsync(bytes, options, seekable));

    internal const string Styles =
        """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="22" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/><xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>""";

    /// <summary>Style indexes of <see cref="Styles"/>.</summary>
    internal enum Style
    {
        General = 0,
        Date = 1,
        DateTime = 2,
        Time = 3,
        Text = 4,
        Percent = 5,
        CustomDateTime = 6,
        TwoDecimals = 7,
    }

    /// <summary>
    /// A workbook written part by part, as Excel lays it out: one sheet per (name, sheetData XML),
    /// optional shared strings and styles, optional dimension.
    /// </summary>
    internal static byte[] Build(IReadOnlyList<(string Name, string SheetData)> sheets, string? sharedStrings = null, string? styles = Styles, string? dimension = null, CompressionLevel level = CompressionLevel.Optimal)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, true))
        {
            void Add(string name, string text)
            {
                using var w = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
                w.Write(text);
            }

            var overrides = string.Concat(sheets.Select((_, i) => $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
            Add("[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>""");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            var sheetList = string.Concat(sheets.Select((s, i) => $"""<sheet name="{s.Name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""));
            Add("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheetList}</sheets></workbook>""");
            var rels = string.Concat(sheets.Select((_, i) => $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""));
            Add("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            if (styles is not null)
            {
                Add("xl/styles.xml", styles);
            }

            if (sharedStrings is not null)
            {
                Add("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sharedStrings}</sst>""");
            }

            for (var i = 0; i < sheets.Count; i++)
            {
                var dim = dimension is null ? string.Empty : $"""<dimension ref="{dimension}"/>""";
                Add($"xl/worksheets/sheet{i + 1}.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dim}<sheetData>{sheets[i].SheetData}</sheetData></worksheet>""");
            }
        }

        return ms.ToArray();
    }

    /// <summary>A workbook of one sheet called Sheet1.</summary>
    internal static byte[] Build(string sheetData, string? sharedStrings = null, string? styles = Styles, string? dimension = null) =>
        Build([("Sheet1", sheetData)], sharedStrings, styles, dimension);

    /// <summary>An inline-string cell.</summary>
    internal static string Text(string reference, string text) =>
        $"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{System.Security.SecurityElement.Escape(text)}</t></is></c>""";

    /// <summary>A number cell, with a style.</summary>
    internal static string Number(string reference, string value, Style style = Style.General) =>
        $"""<c r="{reference}" s="{(int)style}"><v>{value}</v></c>""";

    /// <summary>A row of cells.</summary>
    internal static string Row(int number, params string[] cells) => $"""<row r="{number}">{string.Concat(cells)}</row>""";

    /// <summary>
    /// The folder of the shared sample files: shared/data/samples beside the folder holding
    /// LeadKit.sln (../shared), or beside one of its parents (a git worktree lives a level deeper).
    /// </summary>
    internal static string SamplesFolder
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "LeadKit.sln")))
            {
                root = root.Parent;
            }

            for (var dir = root?.Parent; dir is not null; dir = dir.Parent)
            {
                var samples = Path.Combine(dir.FullName, "shared", "data", "samples");
                if (Directory.Exists(samples))
                {
                    return samples;
                }
            }

            throw new DirectoryNotFoundException("No shared/data/samples beside the folder of LeadKit.sln or its parents, from " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A stream that can only be read forward, as a network or pipe stream.</summary>
    internal sealed class OneWayStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A destination that can only be written forward (a response body).</summary>
    internal sealed class WriteOnlyStream : Stream
    {
        public MemoryStream Inner { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);
    }
}
