using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;
using LeadKit.Csv.Reading;
using ParserException = CsvHelper.CsvFormatException;

namespace LeadKit.Csv;

/// <summary>
/// Reads a CSV file as a header and a stream of rows. <see cref="OpenAsync"/> works out the
/// encoding and the delimiter and reads the header; <see cref="ReadRowsAsync"/> then returns every
/// row after it, numbered as a spreadsheet numbers them. Nothing is dropped: blank lines are rows
/// (<see cref="CsvRow.IsBlank"/>), short rows have missing cells, extra cells are kept and
/// reported, and broken quoting is refused (or reported, as <see cref="CsvReadOptions.MalformedRows"/>
/// says) with the row and column. Every failure is a <see cref="CsvFormatException"/>. The caller
/// keeps ownership of the stream.
/// </summary>
public sealed class CsvTableReader : IAsyncDisposable, IDisposable
{
    private const int SniffLength = 64 * 1024;

    private readonly CsvReader _reader;
    private readonly CsvReadOptions _options;
    private readonly bool _checkRowEncoding;
    private readonly List<CsvMalformedRecord> _malformed;
    private CsvHeader? _header;
    private IReadOnlyList<CsvProblem> _headerProblems = [];
    private bool _reading;
    private string[] _cells = [];

    private CsvTableReader(CsvReader reader, List<CsvMalformedRecord> malformed, CsvReadOptions options, Encoding encoding, bool encodingDetected, char delimiter, bool checkRowEncoding)
    {
        _reader = reader;
        _malformed = malformed;
        _options = options;
        Encoding = encoding;
        EncodingDetected = encodingDetected;
        Delimiter = delimiter;
        _checkRowEncoding = checkRowEncoding;
    }

    /// <summary>Gets the header row (row 1).</summary>
    public CsvHeader Header => _header ?? throw new InvalidOperationException("The header has not been read.");

    /// <summary>Gets what the reader recovered from in the header row (malformed quoting under <see cref="CsvMalformedRowPolicy.Report"/>).</summary>
    public IReadOnlyList<CsvProblem> HeaderProblems => _headerProblems;

    /// <summary>Gets the encoding the file is read with.</summary>
    public Encoding Encoding { get; }

    /// <summary>Gets a value indicating whether <see cref="Encoding"/> was detected rather than named in the options.</summary>
    public bool EncodingDetected { get; }

    /// <summary>Gets the delimiter the file is read with.</summary>
    public char Delimiter { get; }

    /// <summary>
    /// Opens a CSV file: detects its encoding and delimiter (unless <paramref name="options"/> name
    /// them) and reads the header row.
    /// </summary>
    /// <param name="stream">The file, read from its current position; the caller disposes it.</param>
    /// <param name="options">How to read it, or <see langword="null"/> for <see cref="CsvReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The reader, positioned after the header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read, or a delimiter in the options is not one of comma, semicolon, tab or another ASCII punctuation character.</exception>
    /// <exception cref="CsvFormatException">The file is empty, too large, or its header row breaks a limit or (by default) the quoting rules.</exception>
    public static async Task<CsvTableReader> OpenAsync(Stream stream, CsvReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        options ??= CsvReadOptions.Default;
        CheckOptions(options);
        CsvEncodings.EnsureRegistered();

        if (stream.CanSeek && stream.Length - stream.Position > options.MaxFileSize)
        {
            throw TooLarge(0, options);
        }

        var prefix = new byte[SniffLength];
        var prefixLength = 0;
        int read;
        while (prefixLength < prefix.Length && (read = await stream.ReadAsync(prefix.AsMemory(prefixLength), cancellationToken).ConfigureAwait(false)) > 0)
        {
            prefixLength += read;
        }

        var atEnd = prefixLength < prefix.Length;
        var checkRowEncoding = false;
        Encoding encoding;
        var detected = options.Encoding is null;
        if (options.Encoding is { } named)
        {
            encoding = named;
        }
        else if (EncodingSniffer.FromByteOrderMark(prefix.AsSpan(0, prefixLength)) is { } marked)
        {
            encoding = marked;
        }
        else if (!EncodingSniffer.IsValidUtf8(prefix.AsSpan(0, prefixLength), atEnd))
        {
            encoding = CsvEncodings.Windows1252;
        }
        else if (atEnd)
        {
            encoding = CsvEncodings.Utf8;
        }
        else if (stream.CanSeek)
        {
            encoding = await EncodingSniffer.IsValidUtf8Async(stream, cancellationToken).ConfigureAwait(false) ? CsvEncodings.Utf8 : CsvEncodings.Windows1252;
        }
        else
        {
            // Only the start could be checked: later rows are checked one by one instead.
            encoding = CsvEncodings.Utf8;
            checkRowEncoding = true;
        }

        var delimiter = options.Delimiter ?? DelimiterSniffer.Detect(DecodeStart(prefix.AsSpan(0, prefixLength), encoding));
        var input = new PrefixedStream(prefix, prefixLength, stream, options.MaxFileSize);
        var malformed = new List<CsvMalformedRecord>();
        var parserOptions = CsvReaderOptions.Default with
        {
            HasHeader = false,
            Separator = delimiter,
            SkipEmptyLines = false,
            AllowLineBreaksInQuotes = true,
            TrimWhitespace = false,
            Encoding = ParserEncoding(encoding),
            MaxRecordSize = (int)Math.Min(int.MaxValue / 2, Math.Max(64L * 1024, 4L * options.MaxCellLength)),
            OnMalformedRecord = malformed.Add,
        };

        var table = new CsvTableReader(CsvReader.Create(input, parserOptions, leaveOpen: true), malformed, options, encoding, detected, delimiter, checkRowEncoding);
        try
        {
            await table.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            return table;
        }
        catch
        {
            await table.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Reads a whole CSV file as rows: opens it (see <see cref="OpenAsync"/>) and returns every row after the header.</summary>
    /// <param name="stream">The file, read from its current position; the caller disposes it.</param>
    /// <param name="options">How to read it, or <see langword="null"/> for <see cref="CsvReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The rows; each knows its <see cref="CsvRow.Header"/>.</returns>
    /// <exception cref="CsvFormatException">As <see cref="OpenAsync"/> and <see cref="ReadRowsAsync"/> say, when enumerated.</exception>
    public static async IAsyncEnumerable<CsvRow> ReadAsync(Stream stream, CsvReadOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var reader = await OpenAsync(stream, options, cancellationToken).ConfigureAwait(false);
        await foreach (var row in reader.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    /// <summary>Returns the rows after the header, in order; can be enumerated once.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="InvalidOperationException">The rows are already being read.</exception>
    /// <exception cref="CsvFormatException">A row breaks a limit of the options, holds bytes invalid in the encoding, or (by default) breaks the quoting rules.</exception>
    public async IAsyncEnumerable<CsvRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_reading)
        {
            throw new InvalidOperationException("The rows of a CSV file can be read once.");
        }

        _reading = true;
        var header = Header;
        while (await NextAsync(cancellationToken).ConfigureAwait(false))
        {
            var rowNumber = _reader.RowNumber;
            var cells = Cells(rowNumber);
            var isBlank = cells.Length == 1 && _reader.RawRecord.IsEmpty;
            var problems = Problems(rowNumber);
            if (cells.Length > header.Count && !isBlank)
            {
                problems ??= [];
                problems.Add(new CsvProblem(
                    rowNumber,
                    header.Count + 1,
                    CsvProblemKind.ExtraCells,
                    $"Row {rowNumber} has {cells.Length} cells but the header has {header.Count} columns; the {cells.Length - header.Count} extra cell(s) from column {header.Count + 1} on are kept as extra cells."));
            }

            yield return new CsvRow(header, rowNumber, isBlank ? [] : cells, isBlank, problems);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _reader.DisposeAsync();

    private static void CheckOptions(CsvReadOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileSize, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRows, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxColumns, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxCellLength, nameof(options));
        if (options.Delimiter is { } d && (d > 127 || d is '"' or '\r' or '\n' || char.IsLetterOrDigit(d)))
        {
            throw new ArgumentException($"'{d}' cannot be a CSV delimiter: use an ASCII punctuation character such as ',', ';' or a tab.", nameof(options));
        }
    }

    /// <summary>The encoding to hand the parser: none for UTF-8 and byte-order-marked UTF-16, which it reads itself.</summary>
    private static Encoding? ParserEncoding(Encoding encoding) => encoding.CodePage switch
    {
        65001 or 1200 or 1201 => null,
        _ => encoding,
    };

    private static string DecodeStart(ReadOnlySpan<byte> start, Encoding encoding)
    {
        var bom = EncodingSniffer.FromByteOrderMark(start) is { } marked ? marked.Preamble.Length : 0;
        var text = encoding.GetString(start[bom..]);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static CsvFormatException TooLarge(long rowNumber, CsvReadOptions options, Exception? inner = null) =>
        new(new CsvProblem(
            rowNumber,
            null,
            CsvProblemKind.FileTooLarge,
            (rowNumber > 0 ? $"Row {rowNumber}: the file" : "The file") + $" is larger than {options.MaxFileSize} bytes (CsvReadOptions.MaxFileSize); raise the limit to read it."),
            inner);

    private async Task ReadHeaderAsync(CancellationToken cancellationToken)
    {
        if (!await NextAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new CsvFormatException(new CsvProblem(0, null, CsvProblemKind.EmptyFile, "The file is empty: a CSV file needs a header row."));
        }

        var cells = Cells(1);
        _headerProblems = (IReadOnlyList<CsvProblem>?)Problems(1) ?? [];
        _header = new CsvHeader(cells);
    }

    private async ValueTask<bool> NextAsync(CancellationToken cancellationToken)
    {
        var rowNumber = _reader.RowNumber + 1;
        bool more;
        try
        {
            more = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (FileTooLargeSignal e)
        {
            throw TooLarge(rowNumber, _options, e);
        }
        catch (ParserException e)
        {
            var row = e.RecordNumber > 0 ? e.RecordNumber : rowNumber;
            throw new CsvFormatException(
                new CsvProblem(
                    row,
                    null,
                    CsvProblemKind.CellTooLong,
                    $"Row {row} is longer than the cell length limit allows ({_options.MaxCellLength} characters, CsvReadOptions.MaxCellLength): an unclosed quote, or a cell too long to import; raise the limit to read it."),
                e);
        }

        if (!more)
        {
            return false;
        }

        rowNumber = _reader.RowNumber;
        if (rowNumber > _options.MaxRows)
        {
            throw new CsvFormatException(new CsvProblem(rowNumber, null, CsvProblemKind.TooManyRows, $"Row {rowNumber}: the file has more than {_options.MaxRows} rows (CsvReadOptions.MaxRows); raise the limit to read it."));
        }

        if (_reader.FieldCount > _options.MaxColumns)
        {
            throw new CsvFormatException(new CsvProblem(rowNumber, null, CsvProblemKind.TooManyColumns, $"Row {rowNumber} has {_reader.FieldCount} cells, more than {_options.MaxColumns} (CsvReadOptions.MaxColumns); raise the limit to read it."));
        }

        if (_checkRowEncoding && !Utf8.IsValid(_reader.RawRecord))
        {
            throw new CsvFormatException(new CsvProblem(rowNumber, null, CsvProblemKind.InvalidEncoding, $"Row {rowNumber} is not valid UTF-8, although the start of the file is: name the file's encoding (CsvReadOptions.Encoding, e.g. windows-1252)."));
        }

        return true;
    }

    /// <summary>
    /// Gets or sets a value indicating whether a row's cell array is reused for the next row of the
    /// same length: set by a caller that is done with each <see cref="CsvRow"/> before it asks for the
    /// next (<see cref="CsvImportSource"/>), so a file's rows do not allocate an array each.
    /// </summary>
    internal bool ReuseCells { get; set; }

    private string[] Cells(long rowNumber)
    {
        var count = _reader.FieldCount;
        var cells = ReuseCells && _cells.Length == count ? _cells : new string[count];
        if (ReuseCells)
        {
            _cells = cells;
        }

        for (var i = 0; i < count; i++)
        {
            var cell = _reader.GetString(i);
            if (cell.Length > _options.MaxCellLength)
            {
                throw new CsvFormatException(new CsvProblem(rowNumber, i + 1, CsvProblemKind.CellTooLong, $"Row {rowNumber}, column {i + 1}: the cell has {cell.Length} characters, more than {_options.MaxCellLength} (CsvReadOptions.MaxCellLength); raise the limit to read it."));
            }

            cells[i] = cell;
        }

        return cells;
    }

    private List<CsvProblem>? Problems(long rowNumber)
    {
        if (_malformed.Count == 0)
        {
            return null;
        }

        List<CsvProblem>? problems = null;
        foreach (var record in _malformed)
        {
            var (kind, what) = record.Reason switch
            {
                CsvMalformedReason.StrayQuote => (CsvProblemKind.StrayQuote, "a quote inside a cell that does not start with one; the quote is kept as text"),
                CsvMalformedReason.TextAfterClosingQuote => (CsvProblemKind.TextAfterClosingQuote, "text after the closing quote of a quoted cell; it is joined to the cell"),
                _ => (CsvProblemKind.UnclosedQuote, "a quoted cell that is never closed; the rest of the file was read into it"),
            };
            var column = ColumnAt(record.ByteOffset - _reader.ByteOffset);
            var problem = new CsvProblem(rowNumber, column, kind, $"Row {rowNumber}, column {column}: {what}.");
            if (_options.MalformedRows == CsvMalformedRowPolicy.Refuse)
            {
                _malformed.Clear();
                throw new CsvFormatException(new CsvProblem(rowNumber, column, kind, problem.Message + " Set CsvReadOptions.MalformedRows to Report to read such rows anyway, with the problem listed on the row."));
            }

            (problems ??= []).Add(problem);
        }

        _malformed.Clear();
        return problems;
    }

    /// <summary>The 1-based column holding byte <paramref name="offset"/> of the current record: delimiters outside quotes before it, plus one.</summary>
    private int ColumnAt(long offset)
    {
        var raw = _reader.RawRecord;
        var end = (int)Math.Clamp(offset, 0, raw.Length);
        var column = 1;
        var quoted = false;
        for (var i = 0; i < end; i++)
        {
            var b = raw[i];
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (b == Delimiter && !quoted)
            {
                column++;
            }
        }

        return column;
    }
}
