using System.Threading;
using System.Threading.Tasks;

namespace LeadKit.Export;

/// <summary>
/// A file format an export writes: the seam a host implements to add a format. The export
/// (<see cref="LeadExport"/>) reads the leads (a filter, in the store's order), turns each into keyed
/// values — the same keys an import reads (<see cref="ExportRecord.Cells"/>, docs/import-export.md) —
/// and hands them to the target one by one between <see cref="BeginAsync"/> and
/// <see cref="CompleteAsync"/>. LeadKit's packages provide targets for CSV (<c>LeadKit.Csv</c>),
/// Excel (<c>LeadKit.Excel</c>), vCard (<c>LeadKit.VCard</c>) and LeadKit's JSON (<see cref="JsonLeadTarget"/>).
/// </summary>
public interface IExportTarget
{
    /// <summary>Gets the format's name, as the console's <c>--format</c> takes it.</summary>
    string Format { get; }

    /// <summary>
    /// Gets a value indicating whether the target needs the <see cref="ExportShape"/> before the first
    /// record (a header row that names every column); the export then reads the leads twice, once to
    /// measure them, so memory stays flat.
    /// </summary>
    bool NeedsShape { get; }

    /// <summary>Starts the file.</summary>
    /// <param name="shape">The keys the records use and the largest number of repeated entries; <see cref="ExportShape.Unknown"/> when <see cref="NeedsShape"/> is false.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the start is written.</returns>
    ValueTask BeginAsync(ExportShape shape, CancellationToken cancellationToken = default);

    /// <summary>Writes one record.</summary>
    /// <param name="record">The record and its keyed values.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the record is written (or buffered).</returns>
    ValueTask WriteAsync(ExportRecord record, CancellationToken cancellationToken = default);

    /// <summary>Ends the file and flushes it.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written.</returns>
    ValueTask CompleteAsync(CancellationToken cancellationToken = default);
}
