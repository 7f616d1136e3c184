using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Serialization;

namespace LeadKit.Export;

/// <summary>
/// Writes LeadKit's own JSON format: a JSON array of whole lead documents (<see cref="LeadKitJsonOptions"/>),
/// one element per record, streamed (memory stays flat). Lossless: every member of a lead is written,
/// identity, scores and audit fields included; <see cref="ExportOptions.Columns"/> applies to the
/// tabular formats only. <see cref="Import.JsonLeadSource"/> reads it back.
/// </summary>
public sealed class JsonLeadTarget : IExportTarget, IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _writer;

    /// <summary>Creates a target over a stream.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <param name="leaveOpen">Whether to leave the stream open when disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public JsonLeadTarget(Stream stream, bool indented = false, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
    }

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public bool NeedsShape => false;

    /// <inheritdoc />
    public ValueTask BeginAsync(ExportShape shape, CancellationToken cancellationToken = default)
    {
        _writer.WriteStartArray();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask WriteAsync(ExportRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        JsonSerializer.Serialize(_writer, record.Record, LeadKitJsonOptions.Default.GetTypeInfo(record.Record.GetType()));
        if (_writer.BytesPending > 64 * 1024)
        {
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        _writer.WriteEndArray();
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
