using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;

namespace LeadKit.Excel.Internal;

/// <summary>What <see cref="Workbook.Inspect"/> found: the sheet to read and how wide to read it.</summary>
/// <param name="SheetName">The sheet's name.</param>
/// <param name="SheetNames">Every sheet's name, in workbook order.</param>
/// <param name="Width">How wide MiniExcel is to read the sheet (its last cell's column, or its last value's when cells go past the column limit); <see langword="null"/> when its dimension is trusted.</param>
internal sealed record SheetPlan(string SheetName, IReadOnlyList<string> SheetNames, int? Width);

/// <summary>
/// Everything done to a workbook before MiniExcel sees it: a seekable copy of a one-way stream, the
/// zip-bomb checks on the zip directory, the workbook's sheets, and the checks on the parts MiniExcel
/// will parse (no text longer than the cell length limit allows; no cell beyond the column limit).
/// </summary>
internal static class Workbook
{
    /// <summary>Parts smaller than this are not held to the compression ratio: they cannot be bombs.</summary>
    internal const long RatioFloor = 1L << 20;

    private const int MemoryBufferLimit = 8 << 20;
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictRelationshipNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /// <summary>The first bytes of an OLE compound file: .xls workbooks, and .xlsx workbooks encrypted with a password.</summary>
    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = true,
    };

    /// <summary>The longest run of bytes without markup a part may hold: 8 bytes per character (<c>&amp;#xFFFF;</c>) of the longest cell.</summary>
    internal static long MaxRun(XlsxReadOptions options) => (8L * options.MaxCellLength) + 1024;

    /// <summary>
    /// Gives a seekable stream holding the workbook from its first byte: <paramref name="stream"/>
    /// itself when it can seek and is at its start, otherwise a copy (in memory up to 8 MiB, then
    /// in a temporary file deleted on close) of what is left of it, refused beyond the size limit.
    /// </summary>
    /// <returns>The stream, and whether the caller owns (must dispose) it.</returns>
    public static async Task<(Stream Stream, bool Owned)> SeekableAsync(Stream stream, XlsxReadOptions options, CancellationToken cancellationToken, int memoryLimit = MemoryBufferLimit)
    {
        if (stream.CanSeek)
        {
            var left = stream.Length - stream.Position;
            if (left > options.MaxFileSize)
            {
                throw TooLarge(options);
            }

            if (stream.Position == 0)
            {
                return (stream, false);
            }
        }

        Stream copy = new MemoryStream();
        try
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > options.MaxFileSize)
                {
                    throw TooLarge(options);
                }

                if (copy is MemoryStream memory && total > memoryLimit)
                {
                    var file = new FileStream(
                        Path.Combine(Path.GetTempPath(), "leadkit-" + Guid.NewGuid().ToString("N") + ".xlsx"),
                        FileMode.CreateNew,
                        FileAccess.ReadWrite,
                        FileShare.None,
                        81920,
                        FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                    copy = file;
                    memory.Position = 0;
                    await memory.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                    await memory.DisposeAsync().ConfigureAwait(false);
                }

                await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            await copy.FlushAsync(cancellationToken).ConfigureAwait(false);
            copy.Position = 0;
            return (copy, true);
        }
        catch
        {
            await copy.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Checks the zip file and the parts MiniExcel will read, and chooses the sheet.</summary>
    /// <param name="workbook">The workbook, seekable, at position 0; left at position 0.</param>
    /// <param name="options">The limits.</param>
    /// <param name="cancellationToken">Cancels the checks between parts and every few thousand cells.</param>
    public static SheetPlan Inspect(Stream workbook, XlsxReadOptions options, CancellationToken cancellationToken)
    {
        if (workbook.Length == 0)
        {
            throw NotAWorkbook("it is empty (0 bytes)", null);
        }

        Span<byte> signature = stackalloc byte[8];
        var signatureLength = workbook.ReadAtLeast(signature, signature.Length, throwOnEndOfStream: false);
        workbook.Position = 0;
        if (signature[..signatureLength].SequenceEqual(CompoundFileSignature))
        {
            throw NotAWorkbook("it is an OLE compound file, as an Excel 97-2003 .xls workbook or a password-protected workbook is; save it as .xlsx without a password", null);
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw NotAWorkbook("it is not a zip file, or it is truncated or damaged", e);
        }

        try
        {
            using (zip)
            {
                CheckSizes(zip, options);
                var workbookPart = Entry(zip, "xl/workbook.xml")
                    ?? throw NotAWorkbook("it is a zip file without xl/workbook.xml (another kind of document, or a zip archive)", null);
                var sheets = ReadSheets(zip, workbookPart);
                if (sheets.Count == 0)
                {
                    throw Damaged("the workbook lists no sheet", null);
                }

                var names = sheets.Select(s => s.Name).ToArray();
                var sheet = options.SheetName is null ? sheets[0] : sheets.FirstOrDefault(s => string.Equals(s.Name, options.SheetName, StringComparison.Ordinal));
                if (sheet is null)
                {
                    throw new XlsxFormatException(new XlsxProblem(
                        0,
                        null,
                        XlsxProblemKind.SheetNotFound,
                        $"The workbook has no sheet named \"{options.SheetName}\" (XlsxReadOptions.SheetName); its sheets are {string.Join(", ", names.Select(n => "\"" + n + "\""))}."));
                }

                var sheetPart = Entry(zip, sheet.Path)
                    ?? throw Damaged($"the sheet \"{sheet.Name}\" points to {sheet.Path}, which is not in the file", null);

                var maxRun = MaxRun(options);
                foreach (var name in (string[])["xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"])
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (Entry(zip, name) is { } part && part.Length > maxRun)
                    {
                        RunLimitStream.Check(part.Open(), maxRun, part.FullName);
                    }
                }

                // MiniExcel makes every row as wide as the sheet's dimension says, or, without one, as its
                // last cell. A dimension within the column limit is trusted (values beyond it are still
                // read, and checked row by row). Otherwise the cells' tags give the last cell's column;
                // past the limit, the XML is read to tell values from styled empty cells.
                int? width = null;
                if (DeclaredWidth(sheetPart, options) is { } declared && declared <= options.MaxColumns)
                {
                    if (sheetPart.Length > maxRun)
                    {
                        RunLimitStream.Check(sheetPart.Open(), maxRun, sheetPart.FullName);
                    }
                }
                else
                {
                    using (var part = new RunLimitStream(sheetPart.Open(), maxRun, sheetPart.FullName))
                    {
                        width = CellTagScanner.LastColumn(part, cancellationToken);
                    }

                    if (width > options.MaxColumns)
                    {
                        width = ScanWidth(sheetPart, sheet.Name, options, cancellationToken);
                    }
                }

                return new SheetPlan(sheet.Name, names, width);
            }
        }
        catch (RunTooLongException e)
        {
            throw new XlsxFormatException(
                new XlsxProblem(0, null, XlsxProblemKind.CellTooLong, $"The workbook part {e.PartName} holds a text longer than {options.MaxCellLength} characters (XlsxReadOptions.MaxCellLength) allows; raise the limit to read it."),
                e);
        }
        catch (XmlException e)
        {
            throw Damaged($"its XML is broken ({e.Message})", e);
        }
        catch (InvalidDataException e)
        {
            throw Damaged($"a part cannot be inflated ({e.Message})", e);
        }
        catch (NotSupportedException e)
        {
            throw Damaged($"a part is stored in a way .NET's zip reader does not support, such as encryption ({e.Message})", e);
        }
        finally
        {
            workbook.Position = 0;
        }
    }

    internal static XlsxFormatException TooLarge(XlsxReadOptions options) =>
        new(new XlsxProblem(0, null, XlsxProblemKind.FileTooLarge, $"The file is larger than {options.MaxFileSize} bytes (XlsxReadOptions.MaxFileSize); raise the limit to read it."));

    internal static XlsxFormatException NotAWorkbook(string why, Exception? inner) =>
        new(new XlsxProblem(0, null, XlsxProblemKind.NotAWorkbook, $"The file is not an Excel workbook (.xlsx): {why}. A CSV file or an Excel 97-2003 .xls workbook cannot be read as .xlsx."), inner);

    /// <summary>A sheet that breaks while row <paramref name="row"/> is read (0: before any row, as when MiniExcel first reads a sheet without a dimension through for its width).</summary>
    internal static XlsxFormatException DamagedRow(long row, string sheetName, Exception inner)
    {
        var what = inner switch
        {
            XmlException x => string.Create(CultureInfo.InvariantCulture, $"its XML is broken at line {x.LineNumber}, position {x.LinePosition}"),
            InvalidDataException => "a part of the zip file is damaged",
            _ => "MiniExcel failed on it",
        };
        return new XlsxFormatException(
            new XlsxProblem(row, null, XlsxProblemKind.DamagedWorkbook, (row > 0 ? $"Row {row} of the sheet" : "The sheet") + $" \"{sheetName}\" cannot be read: {what} ({inner.GetType().Name}: {inner.Message})."),
            inner);
    }

    internal static XlsxFormatException Damaged(string why, Exception? inner) =>
        new(new XlsxProblem(0, null, XlsxProblemKind.DamagedWorkbook, $"The workbook cannot be read: {why}."), inner);

    private static void CheckSizes(ZipArchive zip, XlsxReadOptions options)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > options.MaxUncompressedSize)
            {
                throw new XlsxFormatException(new XlsxProblem(
                    0,
                    null,
                    XlsxProblemKind.ZipBomb,
                    $"The workbook's parts inflate to more than {options.MaxUncompressedSize} bytes (XlsxReadOptions.MaxUncompressedSize); a file this small that inflates this much is a zip bomb. Raise the limit to read it."));
            }

            if (entry.Length > RatioFloor && entry.Length > options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                var ratio = entry.Length / (double)Math.Max(1, entry.CompressedLength);
                throw new XlsxFormatException(new XlsxProblem(
                    0,
                    null,
                    XlsxProblemKind.ZipBomb,
                    string.Create(CultureInfo.InvariantCulture, $"The workbook part {entry.FullName} inflates {ratio:0} times ({entry.CompressedLength} bytes to {entry.Length}), more than XlsxReadOptions.MaxCompressionRatio ({options.MaxCompressionRatio}) allows: a zip bomb. Raise the limit to read it.")));
            }
        }
    }

    /// <summary>Finds a part by name, with or without a leading slash.</summary>
    private static ZipArchiveEntry? Entry(ZipArchive zip, string name) =>
        zip.GetEntry(name) ?? zip.GetEntry("/" + name);

    private sealed record Sheet(string Name, string Path);

    /// <summary>The sheets of workbook.xml in order, each with its part's path from workbook.xml.rels.</summary>
    private static List<Sheet> ReadSheets(ZipArchive zip, ZipArchiveEntry workbookPart)
    {
        var listed = new List<(string Name, string? Id)>();
        using (var reader = XmlReader.Create(new RunLimitStream(workbookPart.Open(), 1 << 20, workbookPart.FullName), XmlSettings))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.NamespaceURI is MainNamespace or StrictNamespace)
                {
                    var id = reader.GetAttribute("id", RelationshipNamespace) ?? reader.GetAttribute("id", StrictRelationshipNamespace);
                    listed.Add((reader.GetAttribute("name") ?? string.Empty, id));
                }
            }
        }

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Entry(zip, "xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = XmlReader.Create(new RunLimitStream(rels.Open(), 1 << 20, rels.FullName), XmlSettings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
                {
                    targets.TryAdd(id, target);
                }
            }
        }

        var sheets = new List<Sheet>(listed.Count);
        foreach (var (name, id) in listed)
        {
            if (id is null || !targets.TryGetValue(id, out var target))
            {
                throw Damaged($"the sheet \"{name}\" has no part in xl/_rels/workbook.xml.rels", null);
            }

            sheets.Add(new Sheet(name, target.StartsWith('/') ? target[1..] : "xl/" + target));
        }

        return sheets;
    }

    /// <summary>The last column of the sheet's <c>dimension</c> element, read from the start of the part; <see langword="null"/> when it has none.</summary>
    private static int? DeclaredWidth(ZipArchiveEntry sheetPart, XlsxReadOptions options)
    {
        using var reader = XmlReader.Create(new RunLimitStream(sheetPart.Open(), MaxRun(options), sheetPart.FullName), XmlSettings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "sheetData")
            {
                return null;
            }

            if (reader.LocalName == "dimension")
            {
                var range = reader.GetAttribute("ref");
                if (string.IsNullOrEmpty(range))
                {
                    return null;
                }

                var last = range[(range.IndexOf(':', StringComparison.Ordinal) + 1)..];
                var letters = last.AsSpan().TrimStart('$');
                var end = 0;
                while (end < letters.Length && char.IsAsciiLetterUpper(letters[end]))
                {
                    end++;
                }

                var column = CellText.ColumnNumber(letters[..end].ToString());
                return column > 0 ? column : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the whole sheet for the last column holding a value (styled empty cells do not count),
    /// refusing the first value beyond the column limit with its row and column.
    /// </summary>
    private static int ScanWidth(ZipArchiveEntry sheetPart, string sheetName, XlsxReadOptions options, CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(new RunLimitStream(sheetPart.Open(), MaxRun(options), sheetPart.FullName), XmlSettings);
        var inSheetData = false;
        long row = 0;
        var column = 0;
        var width = 0;
        var cells = 0;
        try
        {
            reader.Read();
            while (!reader.EOF)
            {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "sheetData")
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "sheetData":
                        inSheetData = true;
                        break;
                    case "row" when inSheetData:
                        row = long.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                        column = 0;
                        break;
                    case "c" when inSheetData:
                        column = Reference(reader.GetAttribute("r")) is var c and > 0 ? c : column + 1;
                        if (++cells % 4096 == 0)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                        }

                        break;
                    case "v" or "t" when inSheetData && column > width && !reader.IsEmptyElement:
                        // Only a value beyond the width found so far can change it: most are not read.
                        // Reads past the element: the loop must not call Read() again.
                        if (reader.ReadElementContentAsString().Length > 0)
                        {
                            if (column > options.MaxColumns)
                            {
                                throw new XlsxFormatException(new XlsxProblem(
                                    row,
                                    column,
                                    XlsxProblemKind.TooManyColumns,
                                    $"Row {row}, {CellText.Column(column)}: the sheet has a value beyond column {options.MaxColumns} (XlsxReadOptions.MaxColumns); raise the limit to read it."));
                            }

                            width = column;
                        }

                        continue;
                }
            }

                reader.Read();
            }
        }
        catch (XmlException e) when (row > 0)
        {
            throw DamagedRow(row, sheetName, e);
        }

        return width;
    }

    /// <summary>The column of a cell reference (<c>C7</c> is 3), or 0.</summary>
    private static int Reference(string? reference)
    {
        if (reference is null)
        {
            return 0;
        }

        var end = 0;
        while (end < reference.Length && char.IsAsciiLetterUpper(reference[end]))
        {
            end++;
        }

        return CellText.ColumnNumber(reference[..end]);
    }
}
