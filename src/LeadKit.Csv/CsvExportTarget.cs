using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Csv.Writing;
using LeadKit.Export;

namespace LeadKit.Csv;

/// <summary>
/// Writes leads as a CSV file (<see cref="IExportTarget"/> for <see cref="LeadExport"/>), in one of
/// three layouts (<see cref="CsvExportOptions.Layout"/>):
/// <list type="bullet">
/// <item><c>leadkit</c> (the default): lossless — <c>leadkit.version</c>, one column per key the
/// leads use (<see cref="ExportShape"/>), numbered e-mail, phone and address groups as
/// <see cref="CsvLayouts.LeadKitHeader"/> names them, then the custom fields; a
/// <see cref="CsvImportSource"/> reads it back into equal leads;</item>
/// <item><c>outlook</c>: Microsoft Outlook's 92-column desktop header;</item>
/// <item><c>google</c>: Google Contacts' current header, with as many groups as the leads need.</item>
/// </list>
/// The foreign layouts hold what their columns can; every other value is left out of the file and
/// counted in <see cref="Unwritten"/> (docs/csv.md lists them). Rows are streamed: memory stays flat.
/// </summary>
public sealed class CsvExportTarget : IExportTarget, IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly CsvExportOptions _options;
    private readonly bool _leaveOpen;
    private readonly string _layoutName;
    private ExportLayout? _layout;
    private CsvTableWriter? _writer;
    private string?[] _row = [];
    private bool _disposed;

    /// <summary>Creates a target over a stream; nothing is written until the export begins.</summary>
    /// <param name="stream">Where to write, from its current position.</param>
    /// <param name="options">The layout, encoding, delimiter, quoting and formula neutralising; <see cref="CsvExportOptions.Default"/> when null.</param>
    /// <param name="leaveOpen">Whether to leave the stream open when the target is disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written, <see cref="CsvExportOptions.Layout"/> names no layout LeadKit writes, or the delimiter or encoding cannot be used.</exception>
    public CsvExportTarget(Stream stream, CsvExportOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        _options = options ?? CsvExportOptions.Default;
        _layoutName = _options.CheckedLayout();
        var d = _options.Delimiter;
        if (d > 127 || d is '"' or '\r' or '\n' or '\'' || char.IsLetterOrDigit(d))
        {
            throw new ArgumentException($"'{d}' cannot be a CSV delimiter: use an ASCII punctuation character such as ',', ';' or a tab.", nameof(options));
        }

        if (_options.Encoding is null)
        {
            throw new ArgumentException("The encoding is required.", nameof(options));
        }

        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Gets the layout's name: <c>leadkit</c>, <c>outlook</c> or <c>google</c>.</summary>
    public string Format => _layoutName;

    /// <summary>Gets a value indicating whether the export measures the leads first: true for LeadKit's and Google's layouts, whose columns depend on what the leads hold; false for Outlook's fixed header.</summary>
    public bool NeedsShape => _layoutName != CsvExportOptions.OutlookLayout;

    /// <summary>Gets the header written (empty before <see cref="BeginAsync"/>).</summary>
    public IReadOnlyList<string> Header => _layout?.Header ?? [];

    /// <summary>
    /// Gets the values the layout has no column for, left out of the file so far: how many, by key
    /// without its kind (<c>source</c>, <c>rating</c>, <c>email.displayName</c>, <c>address.mailing</c>,
    /// <c>custom.Budget</c>, <c>phone</c> for a phone beyond the layout's columns). Always empty for
    /// LeadKit's layout.
    /// </summary>
    public IReadOnlyDictionary<string, long> Unwritten => _layout?.Unwritten ?? new Dictionary<string, long>();

    /// <summary>Writes the header.</summary>
    /// <param name="shape">What the leads hold (the keys they use, how many e-mail, phone and address groups).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the header is buffered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shape"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The file was already begun.</exception>
    /// <exception cref="CsvFormatException">A column name has a character the encoding cannot hold.</exception>
    public ValueTask BeginAsync(ExportShape shape, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_layout is not null)
        {
            throw new InvalidOperationException("The CSV file was already begun.");
        }

        _layout = _layoutName switch
        {
            CsvExportOptions.OutlookLayout => new OutlookExportLayout(_options.NeutraliseFormulas),
            CsvExportOptions.GoogleLayout => new GoogleExportLayout(shape, _options.NeutraliseFormulas),
            _ => new LeadKitExportLayout(shape, _options.NeutraliseFormulas),
        };
        var writeOptions = new CsvWriteOptions
        {
            Encoding = _options.Encoding,
            Delimiter = _options.Delimiter,
            QuoteAll = _options.QuoteAll,

            // The layouts neutralise formulas themselves: LeadKit's reversibly, and numbers and phone numbers are left as they are.
            NeutraliseFormulas = false,
        };
        _writer = CsvTableWriter.Create(_stream, _layout.Header, writeOptions);
        _row = new string?[_layout.Header.Count];
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes one lead as a row.</summary>
    /// <param name="record">The lead and its keyed values.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row is buffered (and, when the buffer was full, written).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The file was not begun.</exception>
    /// <exception cref="CsvFormatException">A value has a character the encoding cannot hold (the row and column are named); nothing of the row is written.</exception>
    public async ValueTask WriteAsync(ExportRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (layout, writer) = Started();
        Array.Clear(_row);
        layout.Fill(record, _row);
        await writer.WriteRowAsync(_row, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes everything buffered and flushes the stream.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="InvalidOperationException">The file was not begun.</exception>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        var (_, writer) = Started();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the writer (flushing what it holds) and, unless the target was created to leave it open, the stream.</summary>
    /// <returns>A task that completes when everything is released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override string ToString() => "CSV (" + Format + ")";

    private (ExportLayout Layout, CsvTableWriter Writer) Started()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _layout is not null && _writer is not null ? (_layout, _writer) : throw new InvalidOperationException("The CSV file was not begun: call BeginAsync first.");
    }
}
