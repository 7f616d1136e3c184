using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Serialization;

namespace LeadKit.Import;

/// <summary>
/// Reads LeadKit's own JSON format for an import: a JSON array of lead documents as
/// <see cref="LeadKitJsonOptions"/> writes them (what <see cref="Export.JsonLeadTarget"/> and
/// <c>leadkit export --format json</c> produce), streamed element by element. The "row" of an element
/// is its position in the array, from 1. An element that is not a valid lead rejects its row with the
/// document's error; text that is not JSON, or not an array, stops the import with an
/// <see cref="ImportFormatException"/> naming the element. Each lead's importable fields go through the
/// import like any other format's (so duplicates, maps and policies apply); its identity, versions
/// and history do not: the import creates new leads.
/// </summary>
public sealed class JsonLeadSource : IImportSource
{
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private bool _read;

    /// <summary>Creates a source over a stream.</summary>
    /// <param name="stream">The JSON text (UTF-8).</param>
    /// <param name="leaveOpen">Whether to leave the stream open when the rows have been read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public JsonLeadSource(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
    }

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ImportColumn>> ReadColumnsAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<ImportColumn>>([]);

    /// <inheritdoc />
    public async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_read)
        {
            throw new InvalidOperationException("A JSON source is read once.");
        }

        _read = true;
        long row = 0;
        var elements = JsonSerializer.DeserializeAsyncEnumerable(_stream, ImportJsonContext.Default.JsonElement, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    if (!await elements.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (JsonException e)
                {
                    throw new ImportFormatException(Format, row + 1, $"The file is not a JSON array of lead documents (element {row + 1}, line {e.LineNumber + 1}): {e.Message}", e);
                }

                row++;
                yield return Row(row, elements.Current);
            }
        }
        finally
        {
            await elements.DisposeAsync().ConfigureAwait(false);
            if (!_leaveOpen)
            {
                await _stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static ImportRow Row(long row, JsonElement element)
    {
        Lead? lead;
        try
        {
            lead = element.ValueKind == JsonValueKind.Object ? element.Deserialize(LeadKitJsonTypes.Of<Lead>()) : null;
        }
        catch (Exception e) when (e is JsonException or LeadKitException or FormatException or ArgumentException)
        {
            return new ImportRow(row, [], [new ImportProblem(null, $"Element {row} is not a valid lead document: {e.Message}")]);
        }

        if (lead is null)
        {
            return new ImportRow(row, [], [new ImportProblem(null, $"Element {row} is not a lead document (a JSON object), but {element.ValueKind}.")]);
        }

        return new ImportRow(row, RecordKeys.Cells(lead, FieldCatalog.BuiltIn));
    }
}
