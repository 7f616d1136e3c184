using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;

namespace LeadKit.Csv;

/// <summary>
/// Writes a CSV file: a header row, then rows of the same width. Cells are quoted when they hold the
/// delimiter, a quote or a line break (or always, with <see cref="CsvWriteOptions.QuoteAll"/>), and
/// possible formulas are neutralised unless <see cref="CsvWriteOptions.NeutraliseFormulas"/> is off.
/// Lines end with CRLF. The caller keeps ownership of the stream; dispose the writer to flush it.
/// </summary>
public sealed class CsvTableWriter : IAsyncDisposable, IDisposable
{
    private readonly CsvWriter _writer;
    private readonly StreamWriter? _text;
    private readonly Encoding? _strict;
    private readonly string[] _buffer;

    private CsvTableWriter(CsvWriter writer, StreamWriter? text, Encoding? strict, int columns)
    {
        _writer = writer;
        _text = text;
        _strict = strict;
        _buffer = new string[columns];
    }

    /// <summary>Gets the number of columns of every row.</summary>
    public int ColumnCount => _buffer.Length;

    /// <summary>Gets the number of rows written, the header included (so the last row's number as a spreadsheet shows it).</summary>
    public long RowCount { get; private set; }

    /// <summary>Creates a writer and writes the header row.</summary>
    /// <param name="stream">The destination, written from its current position; the caller disposes it.</param>
    /// <param name="header">The column names, at least one (for example <see cref="CsvLayout.Headers"/>).</param>
    /// <param name="options">How to write, or <see langword="null"/> for <see cref="CsvWriteOptions.Default"/>.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException">An argument or a column name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written, the header is empty or the delimiter cannot be used.</exception>
    /// <exception cref="CsvFormatException">A column name has a character the encoding cannot hold.</exception>
    public static CsvTableWriter Create(Stream stream, IReadOnlyList<string> header, CsvWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        if (header.Count == 0)
        {
            throw new ArgumentException("A CSV file needs at least one column.", nameof(header));
        }

        options ??= CsvWriteOptions.Default;
        var d = options.Delimiter;
        if (d > 127 || d is '"' or '\r' or '\n' or '\'' || char.IsLetterOrDigit(d))
        {
            throw new ArgumentException($"'{d}' cannot be a CSV delimiter: use an ASCII punctuation character such as ',', ';' or a tab.", nameof(options));
        }

        CsvEncodings.EnsureRegistered();
        var encoding = options.Encoding ?? throw new ArgumentException("The encoding is required.", nameof(options));
        var writerOptions = CsvWriterOptions.Default with
        {
            Separator = d,
            Quoting = options.QuoteAll ? CsvQuoting.Always : CsvQuoting.WhenNeeded,
            Injection = options.NeutraliseFormulas ? CsvInjection.Escape : CsvInjection.None,
            NewLine = "\r\n",
            ValidateFieldCount = true,
        };

        CsvTableWriter writer;
        if (encoding.CodePage == 65001)
        {
            var csv = CsvWriter.Create(stream, writerOptions with { WriteByteOrderMark = encoding.Preamble.Length > 0 }, leaveOpen: true);
            writer = new CsvTableWriter(csv, null, null, header.Count);
        }
        else
        {
            var isUnicode = encoding.CodePage is 1200 or 1201 or 12000 or 12001;
            var strict = isUnicode ? null : Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var text = new StreamWriter(stream, encoding, bufferSize: 64 * 1024, leaveOpen: true);
            writer = new CsvTableWriter(CsvWriter.Create(text, writerOptions, leaveOpen: true), text, strict, header.Count);
        }

        writer.Write(header);
        writer._writer.EndRecord();
        return writer;
    }

    /// <summary>Writes a row.</summary>
    /// <param name="cells">One cell per column; <see langword="null"/> is an empty cell.</param>
    /// <param name="cancellationToken">Cancels writing to the destination.</param>
    /// <returns>A task that completes when the row is buffered (and, when the buffer was full, written).</returns>
    /// <exception cref="ArgumentException">The row's width differs from the header's.</exception>
    /// <exception cref="CsvFormatException">A cell has a character the encoding cannot hold; nothing of the row is written.</exception>
    public async Task WriteRowAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken = default)
    {
        Write(cells);
        await _writer.EndRecordAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes every buffered row to the destination and flushes it.</summary>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the destination has been flushed.</returns>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (_text is not null)
        {
            await _text.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _writer.Dispose();
        _text?.Dispose();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        if (_text is not null)
        {
            await _text.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Write(IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count != _buffer.Length)
        {
            throw new ArgumentException($"Row {RowCount + 1} has {cells.Count} cells; the header has {_buffer.Length} columns.", nameof(cells));
        }

        var rowNumber = RowCount + 1;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i] ?? string.Empty;
            if (_strict is not null)
            {
                try
                {
                    _ = _strict.GetByteCount(cell);
                }
                catch (EncoderFallbackException e)
                {
                    throw new CsvFormatException(
                        new CsvProblem(rowNumber, i + 1, CsvProblemKind.UnrepresentableCharacter, $"Row {rowNumber}, column {i + 1}: {_strict.WebName} cannot hold the character U+{(int)e.CharUnknown:X4}; write UTF-8 instead (CsvWriteOptions.Encoding)."),
                        e);
                }
            }

            _buffer[i] = cell;
        }

        foreach (var cell in _buffer)
        {
            _writer.WriteField(cell);
        }

        RowCount = rowNumber;
    }
}
