using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Export;

namespace LeadKit.VCard;

/// <summary>
/// Writes an export (<see cref="LeadExport"/>) as a vCard file: one card per record, in the version
/// chosen (4.0 by default), made by <see cref="VCardLeadMapping.ToVCard"/> from the record's fields
/// that vCard holds and written by <see cref="VCardWriter"/> (UTF-8 without a byte-order mark, CR LF).
/// Each card is written as it comes, so memory stays flat. <see cref="ExportOptions.Columns"/> does
/// not apply: a card holds what the record has (see <c>docs/vcard.md</c> for what vCard cannot hold).
/// <see cref="VCardImportSource"/> reads the file back.
/// </summary>
public sealed class VCardExportTarget : IExportTarget, IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Stream _stream;
    private readonly bool _leaveOpen;

    /// <summary>Creates a target over a stream.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="version">The vCard version to write.</param>
    /// <param name="leaveOpen">Whether to leave the stream open when disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not a version.</exception>
    public VCardExportTarget(Stream stream, VCardVersion version = VCardVersion.Version40, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!Enum.IsDefined(version))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "Unknown vCard version: use 2.1, 3.0 or 4.0.");
        }

        _stream = stream;
        Version = version;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Gets the vCard version written.</summary>
    public VCardVersion Version { get; }

    /// <inheritdoc />
    public string Format => "vcard";

    /// <summary>Gets <see langword="false"/>: a vCard file has no header.</summary>
    public bool NeedsShape => false;

    /// <summary>Starts the file (a vCard file has no header: nothing is written).</summary>
    /// <param name="shape">Not used.</param>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>A completed task.</returns>
    public ValueTask BeginAsync(ExportShape shape, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    /// <summary>Writes one record as a card.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the card is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public async ValueTask WriteAsync(ExportRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = VCardWriter.Write(VCardLeadMapping.ToVCard(record.Record, Version), Version);
        await _stream.WriteAsync(Utf8NoBom.GetBytes(text), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Flushes the stream.</summary>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when everything is written.</returns>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default) =>
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Closes the stream unless it is left open.</summary>
    /// <returns>A task that completes when the stream is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
