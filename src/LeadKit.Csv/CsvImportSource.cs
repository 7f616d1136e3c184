using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Import;

namespace LeadKit.Csv;

/// <summary>
/// A CSV file as an import reads it (<see cref="IImportSource"/> for <see cref="LeadImport"/>):
/// the header's columns with the keys its layout gives them, then one <see cref="ImportRow"/> per
/// record, numbered as a spreadsheet shows it. The layout (detected, or named in
/// <see cref="CsvImportOptions.Layout"/>) turns each row into keyed values
/// (<see cref="CsvLayout.Normalize"/>); the cells of columns it does not know are passed on without
/// a key, so the import's field map or automatic guess can place them, or reports them as not
/// imported — no value is dropped silently.
/// </summary>
/// <remarks>
/// <para>Per row, what the reader met (see docs/csv.md, "Importing"):</para>
/// <list type="bullet">
/// <item>cells beyond the header's last column that hold a value reject the row, naming the first
/// such column (a cell that held the delimiter may have lost its quotes, shifting the row's values);
/// blank extra cells (a trailing delimiter) are harmless and ignored;</item>
/// <item>broken quoting (<see cref="CsvProblemKind.TextAfterClosingQuote"/>,
/// <see cref="CsvProblemKind.UnclosedQuote"/>) rejects the row, naming the column, under the
/// default <see cref="CsvMalformedRowPolicy.Report"/>; a stray quote inside an unquoted cell
/// (<c>5'11"</c>) is harmless: the cell is read as written;</item>
/// <item>a blank row (an empty line, or only delimiters and white space) is not a record: it is
/// skipped and counted in <see cref="BlankRows"/>, not in <see cref="ImportResult.Rows"/>;</item>
/// <item>a row shorter than the header is fine: its missing cells are blank.</item>
/// </list>
/// <para>Whatever stops the reading — a limit of <see cref="CsvImportOptions"/>, an empty file, bytes
/// invalid in the encoding, broken quoting in the header or under
/// <see cref="CsvMalformedRowPolicy.Refuse"/> — is a <see cref="CsvFormatException"/> naming the row
/// (and column); the import then writes nothing.</para>
/// </remarks>
public sealed class CsvImportSource : IImportSource, IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly CsvImportOptions _options;
    private readonly bool _leaveOpen;
    private readonly CsvLayout? _given;
    private CsvTableReader? _reader;
    private ImportColumn[]? _columns;
    private bool[] _bound = [];
    private string?[] _guessed = [];
    private readonly List<Layouts.NormalizedValue> _values = [];
    private bool _rowsRead;
    private bool _disposed;

    /// <summary>Creates a source over a stream; nothing is read until the import asks for the header.</summary>
    /// <param name="stream">The CSV file, read from its current position.</param>
    /// <param name="options">The layout, encoding, delimiter and limits; <see cref="CsvImportOptions.Default"/> when null.</param>
    /// <param name="leaveOpen">Whether to leave the stream open once the rows have been read (or the source is disposed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read, or <see cref="CsvImportOptions.Layout"/> names no layout.</exception>
    public CsvImportSource(Stream stream, CsvImportOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        _stream = stream;
        _options = options ?? CsvImportOptions.Default;
        _leaveOpen = leaveOpen;
        _given = _options.FindLayout();
        Layout = _given;
    }

    /// <summary>Gets the layout's name (<c>outlook</c>, <c>leadkit</c>, <c>generic</c>…): the one named in the options, else the one detected from the header — <c>csv</c> until the header has been read.</summary>
    public string Format => Layout?.Name ?? "csv";

    /// <summary>Gets the layout the file is read as: the one named in the options, else the detected one once the header has been read.</summary>
    public CsvLayout? Layout { get; private set; }

    /// <summary>Gets what layout detection made of the header (always computed once the header has been read, also when a layout is named, so a caller can warn that the file looks like another one).</summary>
    public CsvLayoutMatch? Detected { get; private set; }

    /// <summary>Gets the encoding the file is read with, once the header has been read.</summary>
    public Encoding? Encoding => _reader?.Encoding;

    /// <summary>Gets the delimiter the file is read with, once the header has been read.</summary>
    public char? Delimiter => _reader?.Delimiter;

    /// <summary>Gets the number of blank rows skipped so far (empty lines, or only delimiters and white space): they are not records.</summary>
    public long BlankRows { get; private set; }

    /// <summary>
    /// Reads the header row: every column, named as the header names it (a repeated name from its
    /// second column on as <c>Name#2</c>, a blank one as <c>#n</c>, see <see cref="CsvHeader.Keys"/>),
    /// with the key the layout gives it (<see cref="CsvLayout.KeyFor"/>), or none for names it does
    /// not know — the import's field map or automatic guess decides those; a repeated name's later
    /// columns get the automatic guess of the name as written (<see cref="FieldMap.Guess"/>), so
    /// <c>Phone,Phone</c> gives two phone numbers.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The columns in file order.</returns>
    /// <exception cref="CsvFormatException">The file is empty, breaks a limit, or its header row's quoting is broken.</exception>
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
            _reader = await CsvTableReader.OpenAsync(_stream, _options.ToReadOptions(), cancellationToken).ConfigureAwait(false);
            foreach (var problem in _reader.HeaderProblems)
            {
                if (problem.Kind != CsvProblemKind.StrayQuote)
                {
                    throw new CsvFormatException(new CsvProblem(1, problem.ColumnNumber, problem.Kind, "The header row: " + problem.Message + " The header names every column, so the file cannot be imported: fix its quoting."));
                }
            }
        }
        catch
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var header = _reader.Header;
        Detected = CsvLayouts.Detect(header);
        Layout = _given ?? Detected.Layout;
        var columns = new ImportColumn[header.Count];
        _bound = new bool[header.Count];
        _guessed = new string?[header.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            var name = header.Names[i];
            _bound[i] = Layout.Binds(name);
            if (!_bound[i] && !string.Equals(header.Keys[i], name.Trim(), StringComparison.Ordinal))
            {
                // A repeated name (Phone#2): its column is named apart, but guessed from the name as written.
                _guessed[i] = FieldMap.Guess(name);
            }

            columns[i] = new ImportColumn(header.Keys[i], _bound[i] ? Layout.KeyFor(name) : _guessed[i]);
        }

        _columns = columns;
        return columns;
    }

    /// <summary>Streams the records after the header (reading the header first if the import has not), in file order; can be enumerated once.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows: each with its number as a spreadsheet shows it, its keyed cells, and the problems that reject it.</returns>
    /// <exception cref="CsvFormatException">The reading stops: a limit, bytes invalid in the encoding, or broken quoting under <see cref="CsvMalformedRowPolicy.Refuse"/>.</exception>
    /// <exception cref="InvalidOperationException">The rows have already been read.</exception>
    /// <exception cref="ObjectDisposedException">The source was disposed.</exception>
    public async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_rowsRead)
        {
            throw new InvalidOperationException("A CSV import source is read once.");
        }

        _rowsRead = true;
        try
        {
            await ReadColumnsAsync(cancellationToken).ConfigureAwait(false);
            var reader = _reader!;
            var layout = Layout!;

            // Each row is made into an import row before the next is read, so its cell array is reused.
            reader.ReuseCells = true;
            await foreach (var row in reader.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
            {
                var import = ToImportRow(row, layout);
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
    public override string ToString() => "CSV (" + Format + ")";

    /// <summary>The import row of a CSV row, or <see langword="null"/> for a blank row.</summary>
    private ImportRow? ToImportRow(CsvRow row, CsvLayout layout)
    {
        var header = row.Header;
        List<ImportProblem>? problems = null;
        foreach (var problem in row.Problems)
        {
            if (problem.Kind is CsvProblemKind.StrayQuote or CsvProblemKind.ExtraCells)
            {
                // A stray quote is kept as text: the cell reads as written. Extra cells are judged below.
                continue;
            }

            (problems ??= []).Add(new ImportProblem(ColumnName(header, problem.ColumnNumber), problem.Message));
        }

        var extra = row.ExtraCells;
        for (var i = 0; i < extra.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(extra[i]))
            {
                var column = header.Count + i + 1;
                (problems ??= []).Add(new ImportProblem(
                    ColumnName(header, column),
                    string.Create(CultureInfo.InvariantCulture, $"Row {row.RowNumber} has {row.CellCount} cells but the header has {header.Count} columns, and column {column} holds '{Shorten(extra[i])}': a cell holding the delimiter may have lost its quotes, shifting the row's values. Fix the row, or add a header for the column.")));
                break;
            }
        }

        var values = _values;
        layout.NormalizeInto(row, values);
        var cells = new List<ImportCell>(values.Count + 2);
        var next = 0;
        var raw = row.Cells;
        for (var i = 0; i < raw.Count; i++)
        {
            if (_bound[i])
            {
                while (next < values.Count && values[next].ColumnIndex == i)
                {
                    var value = values[next++];
                    cells.Add(new ImportCell(header.Keys[i], value.Value, value.Key, value.Group));
                }
            }
            else if (!string.IsNullOrWhiteSpace(raw[i]))
            {
                cells.Add(new ImportCell(header.Keys[i], layout.Clean(raw[i]), _guessed[i]));
            }
        }

        if (problems is null && cells.Count == 0 && IsBlank(row))
        {
            return null;
        }

        return new ImportRow(row.RowNumber, cells, problems);
    }

    private static bool IsBlank(CsvRow row)
    {
        if (row.IsBlank)
        {
            return true;
        }

        foreach (var cell in row.Cells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                return false;
            }
        }

        foreach (var cell in row.ExtraCells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The import's name of a 1-based column: the header's key, or <c>column n</c> beyond the header.</summary>
    private static string? ColumnName(CsvHeader header, int? column) => column switch
    {
        null => null,
        { } n when n <= header.Count => header.Keys[n - 1],
        { } n => "column " + n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
