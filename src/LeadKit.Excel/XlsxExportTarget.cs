using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using LeadKit.Excel.Internal;
using LeadKit.Export;

namespace LeadKit.Excel;

/// <summary>
/// Writes leads as an Excel workbook (<see cref="IExportTarget"/> for <see cref="LeadExport"/>): one
/// sheet in LeadKit's lossless layout (<see cref="LeadKitTableLayout"/>, the same columns as LeadKit's
/// CSV) — <c>leadkit.version</c>, one column per key the leads use, numbered e-mail, phone and address
/// groups, then the custom fields — with the header row frozen and filter buttons on.
/// <see cref="XlsxImportSource"/> reads it back into equal leads.
/// </summary>
/// <remarks>
/// <para>Every cell is a text cell holding the value's text form (<c>1815-12-10</c>,
/// <c>2026-11-27T09:00:00Z</c>, <c>12.50</c>, <c>true</c>, <c>+1 555 0100</c>, <c>02134</c>): a date or
/// number cell would be shown, sorted and saved again in the reader's locale and number format, and
/// could not give back <c>12.50</c> or a zip code's leading zero. Values a spreadsheet would run as a
/// formula get a <c>'</c> in front (<see cref="XlsxExportOptions.NeutraliseFormulas"/>), and a value
/// that starts with <c>'</c> gets one more, as in LeadKit's CSV. A cell cannot keep a carriage return
/// (an <c>.xlsx</c> cell is XML text, where CRLF reads back as LF), so a value holding one is written
/// <em>flagged</em>: <c>'\</c> in front, <c>\r</c> for each carriage return, a backslash doubled (and
/// before an <c>x</c> that follows an underscore) — a comment typed on Windows shows as
/// <c>'\Line one\r</c> / <c>line two</c>; the reader undoes it. A value longer than an Excel cell
/// holds (<see cref="XlsxExportOptions.MaxCellLength"/>) stops the export, naming the row, column and
/// lead, unless <see cref="XlsxExportOptions.LeaveOutLongValues"/> is set.</para>
/// <para>Rows are streamed: the export hands each lead over as it reads it, and MiniExcel writes it
/// while the next is read (a few hundred rows at most wait in between), so memory stays flat and the
/// stream need not seek. Excel's limit of 1 048 576 rows (the header included) stops the export with
/// an <see cref="XlsxFormatException"/>.</para>
/// </remarks>
public sealed class XlsxExportTarget : IExportTarget, IAsyncDisposable
{
    /// <summary>How many rows may wait between the export and the writer.</summary>
    private const int Buffered = 256;

    private readonly Stream _stream;
    private readonly XlsxExportOptions _options;
    private readonly bool _leaveOpen;
    private readonly Dictionary<string, long> _unwritten = new(StringComparer.Ordinal);
    private LeadKitTableLayout? _layout;
    private Channel<IReadOnlyList<string?>>? _rows;
    private Task<long>? _writing;
    private long _rowNumber = 1;
    private bool _disposed;

    /// <summary>Creates a target over a stream; nothing is written until the export begins.</summary>
    /// <param name="stream">Where to write, from its current position (it need not seek).</param>
    /// <param name="options">The sheet name, formula neutralising and what an over-long value does; <see cref="XlsxExportOptions.Default"/> when null.</param>
    /// <param name="leaveOpen">Whether to leave the stream open when the target is disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written, or Excel would refuse the sheet name.</exception>
    public XlsxExportTarget(Stream stream, XlsxExportOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        _options = options ?? XlsxExportOptions.Default;
        XlsxTableWriter.CheckSheetName(_options.SheetName, nameof(options));
        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Gets the format's name: <c>xlsx</c>.</summary>
    public string Format => "xlsx";

    /// <summary>Gets <see langword="true"/>: the header names a column per key the leads use, so the export measures them first.</summary>
    public bool NeedsShape => true;

    /// <summary>Gets the header written (empty before <see cref="BeginAsync"/>).</summary>
    public IReadOnlyList<string> Header => _layout?.Header ?? [];

    /// <summary>Gets the number of rows written after the header so far.</summary>
    public long Rows => _rowNumber - 1;

    /// <summary>
    /// Gets the values left out of the sheet so far, by key without its group number
    /// (<c>photo</c>, <c>comments</c>, <c>email.displayName</c>, <c>custom.Notes</c>): values longer than
    /// a cell holds, when <see cref="XlsxExportOptions.LeaveOutLongValues"/> is set. Empty otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, long> Unwritten => _unwritten;

    /// <summary>Starts the workbook: the header row, and the writer that takes the rows as they come.</summary>
    /// <param name="shape">What the leads hold (the keys they use, how many e-mail, phone and address groups).</param>
    /// <param name="cancellationToken">Cancels the whole write (the stream is then left with an incomplete workbook).</param>
    /// <returns>A task that completes when the writer has started.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shape"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The workbook was already begun.</exception>
    /// <exception cref="ObjectDisposedException">The target was disposed.</exception>
    /// <exception cref="XlsxFormatException">The header has more columns than an Excel sheet holds.</exception>
    public ValueTask BeginAsync(ExportShape shape, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_layout is not null)
        {
            throw new InvalidOperationException("The workbook was already begun.");
        }

        var layout = LeadKitTableLayout.FromShape(shape);
        var rows = Channel.CreateBounded<IReadOnlyList<string?>>(new BoundedChannelOptions(Buffered)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var writeOptions = new XlsxWriteOptions
        {
            SheetName = _options.SheetName,

            // The layout neutralises formulas itself, reversibly, and leaves numbers and phone numbers as they are.
            NeutraliseFormulas = false,
            CellsAsText = true,
        };
        var writing = XlsxTableWriter.WriteAsync(_stream, layout.Header, rows.Reader.ReadAllAsync(cancellationToken), writeOptions, cancellationToken);

        // A writer that stops (a limit, a failing stream, cancellation) closes the channel, so that a
        // WriteAsync waiting for room wakes up and reports the writer's error instead of waiting forever.
        writing.ContinueWith(
            static (task, state) => ((ChannelWriter<IReadOnlyList<string?>>)state!).TryComplete(task.Exception?.GetBaseException() ?? new OperationCanceledException()),
            rows.Writer,
            CancellationToken.None,
            TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        (_layout, _rows, _writing) = (layout, rows, writing);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes one lead as a row.</summary>
    /// <param name="record">The lead and its keyed values.</param>
    /// <param name="cancellationToken">Cancels the wait for room when the writer is behind.</param>
    /// <returns>A task that completes when the row is handed to the writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The workbook was not begun.</exception>
    /// <exception cref="ObjectDisposedException">The target was disposed.</exception>
    /// <exception cref="XlsxFormatException">A value is longer than an Excel cell holds (and <see cref="XlsxExportOptions.LeaveOutLongValues"/> is off), or the sheet is full; the row and column are named.</exception>
    public async ValueTask WriteAsync(ExportRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (layout, rows) = Started();
        var row = new string?[layout.Header.Count];
        foreach (var cell in layout.Fill(record, row, _options.NeutraliseFormulas))
        {
            Count(cell.Key ?? cell.Column);
        }

        var rowNumber = _rowNumber + 1;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is not { } text)
            {
                continue;
            }

            var cell = LosslessText.Encode(text);
            if (cell.Length > XlsxExportOptions.MaxCellLength)
            {
                if (!_options.LeaveOutLongValues)
                {
                    throw new XlsxFormatException(new XlsxProblem(
                        rowNumber,
                        i + 1,
                        XlsxProblemKind.CellTooLong,
                        $"Row {rowNumber}, {CellText.Column(i + 1)} ({layout.Header[i]}): {record.Record.Reference} has a value of {cell.Length} characters; an Excel cell holds at most {XlsxExportOptions.MaxCellLength}. Set XlsxExportOptions.LeaveOutLongValues to leave such values out (they are counted in Unwritten), leave the field out of the export (ExportOptions.Columns), or export LeadKit's CSV or JSON, which hold every value."));
                }

                row[i] = null;
                Count(FieldOf(layout.Header[i]));
                continue;
            }

            row[i] = cell;
        }

        try
        {
            await rows.Writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The writer stopped: its error says why.
            await _writing!.ConfigureAwait(false);
            throw;
        }

        _rowNumber = rowNumber;
    }

    /// <summary>Ends the sheet, waits for the writer to finish the workbook, and flushes the stream.</summary>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="InvalidOperationException">The workbook was not begun.</exception>
    /// <exception cref="ObjectDisposedException">The target was disposed.</exception>
    /// <exception cref="XlsxFormatException">The writer stopped on one of Excel's limits.</exception>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        var (_, rows) = Started();
        rows.Writer.TryComplete();
        await _writing!.ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops a workbook left unfinished (it stays incomplete), and closes the stream unless it is left open.</summary>
    /// <returns>A task that completes when everything is released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_writing is not null)
        {
            _rows!.Writer.TryComplete(new OperationCanceledException("The export ended before the workbook was complete."));
            try
            {
                await _writing.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or XlsxFormatException or IOException or ArgumentException or ObjectDisposedException or NotSupportedException)
            {
                // Already reported by WriteAsync or CompleteAsync, or the export was abandoned: the workbook stays incomplete.
            }
        }

        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override string ToString() => "Excel (" + _options.SheetName + ")";

    /// <summary>The field a column of LeadKit's layout holds, without its group number: <c>email.2.displayName</c> → <c>email.displayName</c>, <c>phone.1.number</c> → <c>phone</c>.</summary>
    private static string FieldOf(string column)
    {
        var parts = column.Split('.');
        if (parts.Length == 3 && parts[0] is "email" or "phone" or "address" && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return parts[2] is "address" or "number" ? parts[0] : parts[0] + "." + parts[2];
        }

        return column;
    }

    private void Count(string key) => _unwritten[key] = _unwritten.GetValueOrDefault(key) + 1;

    private (LeadKitTableLayout Layout, Channel<IReadOnlyList<string?>> Rows) Started()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _layout is not null && _rows is not null ? (_layout, _rows) : throw new InvalidOperationException("The workbook was not begun: call BeginAsync first.");
    }
}
