using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Excel.Internal;
using LeadKit.Export;
using LeadKit.Import;

namespace LeadKit.Excel;

/// <summary>
/// A sheet of an Excel workbook (<c>.xlsx</c>) as an import reads it (<see cref="IImportSource"/> for
/// <see cref="LeadImport"/>): the header row's columns, then one <see cref="ImportRow"/> per row with a
/// value, numbered as Excel numbers it. A sheet written by <see cref="XlsxExportTarget"/> — its header
/// has LeadKit's <c>leadkit.version</c> column — is read in LeadKit's lossless layout
/// (<see cref="LeadKitTableLayout"/>): every column gets its exact key and every value comes back as it
/// was written. Any other sheet (a spreadsheet of contacts, Outlook's or Google's columns pasted into
/// Excel) gives its columns no key, so the import's field map or automatic guess
/// (<see cref="FieldMap.Guess"/>: <c>E-mail</c>, <c>Mobile Phone</c>, <c>Zip</c>…) places them, and
/// reports the values of the columns nothing places — no value is dropped silently.
/// </summary>
/// <remarks>
/// <para>Per row:</para>
/// <list type="bullet">
/// <item>a value beyond the header's last column rejects the row, naming the column (give the column
/// a header, or clear the cell);</item>
/// <item>a row with no value — empty, or only white space — is not a record: it is skipped and counted
/// in <see cref="BlankRows"/>, as are the empty rows Excel numbers between two rows, so the rows from
/// the header to the last one read are <see cref="ImportResult.Rows"/> + <see cref="BlankRows"/>;</item>
/// <item>a row shorter than the header is fine: its missing cells are empty;</item>
/// <item>values of other sheets are trimmed, and a <c>'</c> a writer put before a formula's first
/// character (<c>'=1+2</c>) is removed; values of LeadKit's layout are kept exactly.</item>
/// </list>
/// <para>Whatever stops the reading — not a workbook, a damaged one, a missing sheet, an empty sheet,
/// a limit of <see cref="XlsxImportOptions"/> (file size, zip bomb, rows, columns, cell length) — is
/// an <see cref="XlsxFormatException"/> naming the row and column; the import then writes nothing.</para>
/// </remarks>
public sealed class XlsxImportSource : IImportSource, IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly XlsxImportOptions _options;
    private readonly bool _leaveOpen;
    private XlsxTableReader? _reader;
    private LeadKitTableLayout? _layout;
    private ImportColumn[]? _columns;
    private bool _rowsRead;
    private bool _disposed;

    /// <summary>Creates a source over a stream; nothing is read until the import asks for the header.</summary>
    /// <param name="stream">The workbook, read from its current position (a stream that cannot seek is first copied, up to <see cref="XlsxImportOptions.MaxFileSize"/>).</param>
    /// <param name="options">The sheet and the limits; <see cref="XlsxImportOptions.Default"/> when null.</param>
    /// <param name="leaveOpen">Whether to leave the stream open once the rows have been read (or the source is disposed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    public XlsxImportSource(Stream stream, XlsxImportOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        _stream = stream;
        _options = options ?? XlsxImportOptions.Default;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Gets the format's name: <c>xlsx</c>.</summary>
    public string Format => "xlsx";

    /// <summary>Gets the name of the sheet read, once the header has been read.</summary>
    public string? SheetName => _reader?.SheetName;

    /// <summary>Gets the names of the workbook's sheets in tab order, once the header has been read.</summary>
    public IReadOnlyList<string> SheetNames => _reader?.SheetNames ?? [];

    /// <summary>Gets a value indicating whether the sheet is in LeadKit's lossless layout (its header has a <c>leadkit.version</c> column), once the header has been read.</summary>
    public bool IsLeadKitLayout => _layout is not null;

    /// <summary>Gets the number of rows without a value skipped so far, between the header and the last row read: empty rows Excel numbers but stores no value in, and rows of only white space. They are not records.</summary>
    public long BlankRows { get; private set; }

    /// <summary>
    /// Opens the workbook and reads the header row (the sheet's first row with a value): every column,
    /// named by the header's distinct keys (a repeated name from its second column on as <c>Name#2</c>, a
    /// blank one as <c>#n</c>, see <see cref="XlsxHeader.Keys"/>). In LeadKit's layout each column has
    /// its key (<see cref="LeadKitTableLayout.KeyFor"/>); otherwise columns have none — the import's
    /// field map or automatic guess decides — except that a repeated name's later columns get the
    /// automatic guess of the name as written, so <c>Phone, Phone</c> gives two phone numbers.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The columns in sheet order.</returns>
    /// <exception cref="XlsxFormatException">The file is not a workbook or is damaged, breaks a limit, lacks the named sheet, or the sheet is empty.</exception>
    /// <exception cref="ObjectDisposedException">The source was disposed.</exception>
    public async ValueTask<IReadOnlyList<ImportColumn>> ReadColumnsAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_columns is not null)
        {
            return _columns;
        }

        try
        {
            _reader = await XlsxTableReader.OpenAsync(_stream, _options.ToReadOptions(), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var header = _reader.Header;
        _layout = LeadKitTableLayout.IsLeadKitHeader(header.Names) ? LeadKitTableLayout.FromHeader(header.Names, header.Keys) : null;
        var columns = new ImportColumn[header.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            var key = _layout?.Keys[i];
            if (key is null && !string.Equals(header.Keys[i], header.Names[i].Trim(), StringComparison.Ordinal) && header.Names[i].Trim().Length > 0)
            {
                // A repeated name (Phone#2): its column is named apart, but guessed from the name as written.
                key = FieldMap.Guess(header.Names[i]);
            }

            columns[i] = new ImportColumn(header.Keys[i], key);
        }

        _columns = columns;
        return columns;
    }

    /// <summary>Streams the rows after the header (reading the header first if the import has not), in sheet order; can be enumerated once.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows: each with its number as Excel shows it, its cells, and the problems that reject it.</returns>
    /// <exception cref="XlsxFormatException">The reading stops: a limit of <see cref="XlsxImportOptions"/>, or a damaged sheet (the row is named).</exception>
    /// <exception cref="InvalidOperationException">The rows have already been read.</exception>
    /// <exception cref="ObjectDisposedException">The source was disposed.</exception>
    public async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_rowsRead)
        {
            throw new InvalidOperationException("An Excel import source is read once.");
        }

        _rowsRead = true;
        try
        {
            await ReadColumnsAsync(cancellationToken).ConfigureAwait(false);
            var reader = _reader!;
            var last = reader.Header.RowNumber;
            await foreach (var row in reader.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
            {
                BlankRows += row.RowNumber - last - 1;
                last = row.RowNumber;
                var import = ToImportRow(row);
                if (import is null)
                {
                    BlankRows++;
                    continue;
                }

                yield return import;
            }
        }
        finally
        {
            await DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Releases the reader and, unless the source was created to leave it open, the stream.</summary>
    /// <returns>A task that completes when everything is released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_reader is not null)
        {
            await _reader.DisposeAsync().ConfigureAwait(false);
        }

        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override string ToString() => "Excel (" + (SheetName ?? "first sheet") + (IsLeadKitLayout ? ", LeadKit layout" : string.Empty) + ")";

    /// <summary>The import row of a sheet row, or <see langword="null"/> for a row of only white space.</summary>
    private ImportRow? ToImportRow(XlsxRow row)
    {
        var header = row.Header;
        List<ImportProblem>? problems = null;
        var extra = row.ExtraCells;
        for (var i = 0; i < extra.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(extra[i]))
            {
                var column = header.Count + i + 1;
                (problems ??= []).Add(new ImportProblem(
                    ExtraColumn(column),
                    string.Create(CultureInfo.InvariantCulture, $"Row {row.RowNumber} has a value in {CellText.Column(column)}, '{Shorten(extra[i])}', beyond the header's last column ({CellText.Column(header.Count)}): give the column a header so that its values can be imported, or clear the cell.")));
                break;
            }
        }

        var raw = row.Cells;
        var cells = new List<ImportCell>(raw.Count);
        if (_layout is { } layout)
        {
            var decoded = new string[raw.Count];
            for (var i = 0; i < decoded.Length; i++)
            {
                decoded[i] = LosslessText.Decode(raw[i]);
            }

            layout.Read(decoded, cells);
        }
        else
        {
            for (var i = 0; i < raw.Count; i++)
            {
                var value = FormulaGuard.Unneutralise(raw[i].Trim()).Trim();
                if (!string.IsNullOrWhiteSpace(value))
                {
                    cells.Add(new ImportCell(header.Keys[i], value));
                }
            }
        }

        if (problems is null && cells.Count == 0)
        {
            return null;
        }

        return new ImportRow(row.RowNumber, cells, problems);
    }

    private static string ExtraColumn(int column) => "column " + CellText.ColumnName(column);

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
