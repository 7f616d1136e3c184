using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Import;
using LeadKit.VCard.Mapping;

namespace LeadKit.VCard;

/// <summary>
/// Reads a vCard file (2.1, 3.0 or 4.0, any number of cards) for an import (<see cref="LeadImport"/>):
/// each card is one row whose number is the line its <c>BEGIN:VCARD</c> is on (for vCard the "row" is
/// the line where the card begins), and whose cells are the card's values under the import's keys —
/// the column of a cell is its vCard property name (<c>EMAIL</c>, <c>TEL</c>, <c>ADR</c>,
/// <c>X-MS-MANAGER</c>…), so a field map can send a property elsewhere or ignore it. The table of
/// properties and keys is in <c>docs/vcard.md</c>; it is the one <see cref="VCardLeadMapping.ToLead"/>
/// uses. The cards are streamed: memory is bounded by the largest card.
/// </summary>
/// <remarks>
/// <para>
/// A property with no place in a lead becomes a cell without a key (or, when the import's automatic
/// guess would take its name for a field — <c>SOURCE</c>, <c>NAME</c>, a <c>PHOTO</c> by URL — a key
/// that names no field), so the import reports it as not imported; nothing is dropped silently.
/// </para>
/// <para>
/// What the reader tolerated in a card (a junk line, undecodable base64, an unknown charset, a
/// skipped nested card, a missing <c>END:VCARD</c>; <see cref="VCard.Issues"/>) becomes the row's
/// <see cref="ImportProblem"/>s, naming the line and property, so the card is rejected rather than
/// imported half-read. A missing or unknown <c>VERSION</c> is not a problem: nothing was lost.
/// Errors that stop the reading (not a vCard file, a limit of <see cref="VCardReaderOptions"/>) are
/// thrown as <see cref="VCardFormatException"/>, a <see cref="LeadKitException"/>, naming the line.
/// </para>
/// </remarks>
public sealed class VCardImportSource : IImportSource
{
    private readonly Stream _stream;
    private readonly VCardReaderOptions? _options;
    private readonly bool _leaveOpen;
    private bool _read;

    /// <summary>Creates a source over a stream.</summary>
    /// <param name="stream">The vCard file (any encoding the reader takes: UTF-8, 8-bit with CHARSET, UTF-16).</param>
    /// <param name="options">The reader's limits and fallbacks; <see cref="VCardReaderOptions.Default"/> when null.</param>
    /// <param name="leaveOpen">Whether to leave the stream open when the rows have been read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public VCardImportSource(Stream stream, VCardReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _options = options;
        _leaveOpen = leaveOpen;
    }

    /// <inheritdoc />
    public string Format => "vcard";

    /// <summary>Returns no columns: a vCard file has no header (every cell carries its property name and key).</summary>
    /// <param name="cancellationToken">Not used.</param>
    /// <returns>An empty list.</returns>
    public ValueTask<IReadOnlyList<ImportColumn>> ReadColumnsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<ImportColumn>>([]);

    /// <summary>Streams one row per card, in file order.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="InvalidOperationException">The source was read already.</exception>
    /// <exception cref="VCardFormatException">The stream is not a vCard file, or breaks a limit of the reader's options.</exception>
    public async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_read)
        {
            throw new InvalidOperationException("A vCard source is read once.");
        }

        _read = true;
        try
        {
            await foreach (var card in VCardReader.ReadAsync(_stream, _options, cancellationToken).ConfigureAwait(false))
            {
                yield return ToRow(card);
            }
        }
        finally
        {
            if (!_leaveOpen)
            {
                await _stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>One card as an import row: its line, its keyed values, and what the reader could not read faithfully.</summary>
    internal static ImportRow ToRow(VCard card)
    {
        var cells = CardCells.Read(card).Select(c => c.ToImportCell()).ToList();
        var problems = card.Issues
            .Where(i => i.PropertyName != "VERSION")
            .Select(i => new ImportProblem(i.PropertyName, $"line {i.LineNumber}: {i.Message}"))
            .ToList();
        return new ImportRow(Math.Max(1, card.LineNumber), cells, problems);
    }
}
