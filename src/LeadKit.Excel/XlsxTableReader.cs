using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using LeadKit.Excel.Internal;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace LeadKit.Excel;

/// <summary>
/// Reads one sheet of an Excel workbook (<c>.xlsx</c>) as a header and a stream of rows of text.
/// <see cref="OpenAsync"/> checks the file (size, zip bomb, sheet, column and cell-length limits),
/// picks the sheet and reads its first non-blank row as the header; <see cref="ReadRowsAsync"/> then
/// streams the rows after it, numbered as Excel numbers them. Blank rows are skipped (their numbers
/// are not reused), short rows are padded with empty cells, and cells beyond the header are kept and
/// reported. Numbers, dates and booleans come as invariant text (<c>3</c>, <c>0.1</c>,
/// <c>2024-05-06</c>, <c>2024-05-06T07:08:09</c>, <c>TRUE</c>). Every failure is an
/// <see cref="XlsxFormatException"/>. The caller keeps ownership of the stream.
/// </summary>
public sealed class XlsxTableReader : IAsyncDisposable, IDisposable
{
    private readonly Stream? _owned;
    private readonly IEnumerator<object> _rows;
    private readonly XlsxReadOptions _options;
    private XlsxHeader? _header;
    private long _rowNumber;
    private string?[] _scratch = new string?[16];
    private bool _reading;
    private bool _disposed;

    private XlsxTableReader(Stream? owned, IEnumerator<object> rows, XlsxReadOptions options, SheetPlan plan)
    {
        _owned = owned;
        _rows = rows;
        _options = options;
        SheetName = plan.SheetName;
        SheetNames = plan.SheetNames;
    }

    /// <summary>Gets the header row: the sheet's first row with a value in it.</summary>
    public XlsxHeader Header => _header ?? throw new InvalidOperationException("The header has not been read.");

    /// <summary>Gets the name of the sheet being read.</summary>
    public string SheetName { get; }

    /// <summary>Gets the names of the workbook's sheets, in tab order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>
    /// Opens a workbook: checks it against the limits of <paramref name="options"/>, picks the sheet and
    /// reads the header row. A stream that cannot seek (or is not at its start) is first copied, up to
    /// <see cref="XlsxReadOptions.MaxFileSize"/>, to memory or a temporary file: a zip file is read from its end.
    /// </summary>
    /// <param name="stream">The workbook, read from its current position; the caller disposes it.</param>
    /// <param name="options">How to read it, or <see langword="null"/> for <see cref="XlsxReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The reader, positioned after the header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is not positive.</exception>
    /// <exception cref="XlsxFormatException">The file is not a workbook or is damaged, breaks a limit, lacks the named sheet, or the sheet is empty.</exception>
    public static async Task<XlsxTableReader> OpenAsync(Stream stream, XlsxReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        options ??= XlsxReadOptions.Default;
        CheckOptions(options);

        var (workbook, owned) = await Workbook.SeekableAsync(stream, options, cancellationToken).ConfigureAwait(false);
        XlsxTableReader? reader = null;
        try
        {
            var plan = Workbook.Inspect(workbook, options, cancellationToken);
            if (plan.Width == 0)
            {
                throw EmptySheet(plan.SheetName);
            }

            var configuration = new OpenXmlConfiguration
            {
                IgnoreEmptyRows = false,
                FillMergedCells = false,
                EnableConvertByteArray = false,
                Culture = CultureInfo.InvariantCulture,
                MaxSynthesizedCells = options.MaxBlankCells,
            };
            IEnumerator<object> rows;
            try
            {
                rows = MiniExcel.QueryRange(workbook, false, plan.SheetName, ExcelType.XLSX, 1, 1, null, plan.Width, configuration).GetEnumerator();
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                throw Workbook.Damaged($"MiniExcel cannot open the sheet \"{plan.SheetName}\" ({e.GetType().Name}: {e.Message})", e);
            }

            reader = new XlsxTableReader(owned ? workbook : null, rows, options, plan);
            reader.ReadHeader(cancellationToken);
            return reader;
        }
        catch
        {
            if (reader is not null)
            {
                reader.Dispose();
            }
            else if (owned)
            {
                await workbook.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>Reads a whole sheet as rows: opens the workbook (see <see cref="OpenAsync"/>) and returns every row after the header.</summary>
    /// <param name="stream">The workbook, read from its current position; the caller disposes it.</param>
    /// <param name="options">How to read it, or <see langword="null"/> for <see cref="XlsxReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The rows; each knows its <see cref="XlsxRow.Header"/>.</returns>
    /// <exception cref="XlsxFormatException">As <see cref="OpenAsync"/> and <see cref="ReadRowsAsync"/> say, when enumerated.</exception>
    public static async IAsyncEnumerable<XlsxRow> ReadAsync(Stream stream, XlsxReadOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var reader = await OpenAsync(stream, options, cancellationToken).ConfigureAwait(false);
        await foreach (var row in reader.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    /// <summary>Returns the rows after the header that have a value in them, in order; can be enumerated once.</summary>
    /// <param name="cancellationToken">Cancels the reading (checked before each row).</param>
    /// <returns>The rows.</returns>
    /// <exception cref="InvalidOperationException">The rows are already being read.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="XlsxFormatException">A row breaks a limit of the options, or the sheet turns out to be damaged.</exception>
    public async IAsyncEnumerable<XlsxRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_reading)
        {
            throw new InvalidOperationException("The rows of a sheet can be read once.");
        }

        _reading = true;
        var header = Header;
        await Task.CompletedTask.ConfigureAwait(false);
        while (Next(cancellationToken) is { } cells)
        {
            var count = CountOf(cells);
            if (count == 0)
            {
                continue;
            }

            var values = new string[Math.Max(count, header.Count)];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = cells[i] ?? string.Empty;
            }

            List<XlsxProblem>? problems = null;
            if (count > header.Count)
            {
                var first = header.Count + 1;
                problems =
                [
                    new XlsxProblem(
                        _rowNumber,
                        first,
                        XlsxProblemKind.ExtraCells,
                        $"Row {_rowNumber} has cells up to {CellText.Column(count)} but the header (row {header.RowNumber}) ends at {CellText.Column(header.Count)}; the {count - header.Count} extra cell(s) from {CellText.Column(first)} on are kept as extra cells."),
                ];
            }

            yield return new XlsxRow(header, _rowNumber, values, problems);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            _rows.Dispose();
        }
        finally
        {
            _owned?.Dispose();
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static void CheckOptions(XlsxReadOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileSize, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxUncompressedSize, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCompressionRatio, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRows, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxColumns, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxCellLength, nameof(options));
        if (options.SheetName is { Length: 0 })
        {
            throw new ArgumentException("The sheet name is empty: leave it null to read the first sheet.", nameof(options));
        }
    }

    /// <summary>The number of cells up to the last non-empty one.</summary>
    private static int CountOf(string?[] cells)
    {
        for (var i = cells.Length - 1; i >= 0; i--)
        {
            if (cells[i] is not null)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private void ReadHeader(CancellationToken cancellationToken)
    {
        while (Next(cancellationToken) is { } cells)
        {
            var count = CountOf(cells);
            if (count > 0)
            {
                var names = new string[count];
                for (var i = 0; i < count; i++)
                {
                    names[i] = cells[i] ?? string.Empty;
                }

                _header = new XlsxHeader(_rowNumber, names);
                return;
            }
        }

        throw EmptySheet(SheetName);
    }

    private static XlsxFormatException EmptySheet(string sheetName) =>
        new(new XlsxProblem(0, null, XlsxProblemKind.EmptySheet, $"The sheet \"{sheetName}\" is empty: it needs a header row (its first row with a value in it)."));

    /// <summary>
    /// Moves to the sheet's next row and returns its non-empty cells as text by 0-based column (the
    /// array is reused; slots past the last non-empty cell are <see langword="null"/>), or
    /// <see langword="null"/> at the end of the sheet.
    /// </summary>
    private string?[]? Next(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rowNumber = _rowNumber + 1;
        bool more;
        try
        {
            more = _rows.MoveNext();
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException and not XlsxFormatException)
        {
            throw Translate(e, rowNumber);
        }

        if (!more)
        {
            return null;
        }

        _rowNumber = rowNumber;
        if (rowNumber > _options.MaxRows)
        {
            throw new XlsxFormatException(new XlsxProblem(rowNumber, null, XlsxProblemKind.TooManyRows, $"Row {rowNumber}: the sheet has more than {_options.MaxRows} rows (XlsxReadOptions.MaxRows); raise the limit to read it."));
        }

        Array.Clear(_scratch);
        if (_rows.Current is not IDictionary<string, object?> row)
        {
            return _scratch;
        }

        foreach (var (key, value) in row)
        {
            if (value is null)
            {
                continue;
            }

            var column = CellText.ColumnNumber(key);
            if (column == 0)
            {
                continue;
            }

            string text;
            try
            {
                text = CellText.Format(value);
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                throw new XlsxFormatException(new XlsxProblem(rowNumber, column, XlsxProblemKind.DamagedWorkbook, $"Row {rowNumber}, {CellText.Column(column)}: the value cannot be read as text ({e.Message})."), e);
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (column > _options.MaxColumns)
            {
                throw new XlsxFormatException(new XlsxProblem(rowNumber, column, XlsxProblemKind.TooManyColumns, $"Row {rowNumber}, {CellText.Column(column)}: the sheet has a value beyond column {_options.MaxColumns} (XlsxReadOptions.MaxColumns); raise the limit to read it."));
            }

            if (text.Length > _options.MaxCellLength)
            {
                throw new XlsxFormatException(new XlsxProblem(rowNumber, column, XlsxProblemKind.CellTooLong, $"Row {rowNumber}, {CellText.Column(column)}: the cell holds {text.Length} characters, more than {_options.MaxCellLength} (XlsxReadOptions.MaxCellLength); raise the limit to read it."));
            }

            if (column > _scratch.Length)
            {
                Array.Resize(ref _scratch, Math.Max(column, _scratch.Length * 2));
            }

            _scratch[column - 1] = text;
        }

        return _scratch;
    }

    private XlsxFormatException Translate(Exception e, long rowNumber)
    {
        if (e is InvalidDataException && e.Message.Contains("synthesized", StringComparison.OrdinalIgnoreCase))
        {
            return new XlsxFormatException(
                new XlsxProblem(rowNumber, null, XlsxProblemKind.TooManyBlankRows, $"Row {rowNumber}: the sheet skips so many blank rows that their cells (more than {_options.MaxBlankCells}) would take too long to go through; delete the empty rows or save the sheet again."),
                e);
        }

        // Before the first row MiniExcel may read the whole sheet (for its width): the row is unknown.
        return Workbook.DamagedRow(_rowNumber == 0 ? 0 : rowNumber, SheetName, e);
    }
}
