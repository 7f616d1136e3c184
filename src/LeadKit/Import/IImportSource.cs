using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace LeadKit.Import;

/// <summary>
/// A file format an import reads: the seam a host implements to add a format. A source reads its
/// header (if the format has one) and then streams rows of cells with their row numbers; the import
/// (<see cref="LeadImport"/>) does everything else — field maps, parsing values through the field
/// catalogue, duplicates, accounting, batching, progress, cancellation and undo. LeadKit's packages
/// provide sources for CSV (<c>LeadKit.Csv</c>), Excel (<c>LeadKit.Excel</c>), vCard
/// (<c>LeadKit.VCard</c>) and LeadKit's JSON (<see cref="JsonLeadSource"/>).
/// </summary>
/// <remarks>
/// A source is read once. Errors that stop reading altogether (the file is not in the format, a
/// limit is exceeded) are thrown as a <see cref="LeadKitException"/> naming the row; errors confined
/// to one row are given as that row's <see cref="ImportRow.Problems"/>, so the row is rejected and the
/// import goes on.
/// </remarks>
public interface IImportSource
{
    /// <summary>Gets the format's name, as the console's <c>--format</c> takes it (<c>outlook</c>, <c>vcard</c>, <c>json</c>…).</summary>
    string Format { get; }

    /// <summary>Reads the header: the file's columns, with the keys the format gives them. Called once, before <see cref="ReadRowsAsync"/>.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The columns in file order; empty for formats without a header.</returns>
    ValueTask<IReadOnlyList<ImportColumn>> ReadColumnsAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams the rows after the header, in file order.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows.</returns>
    IAsyncEnumerable<ImportRow> ReadRowsAsync(CancellationToken cancellationToken = default);
}
