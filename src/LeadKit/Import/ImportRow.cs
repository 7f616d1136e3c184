using System;
using System.Collections.Generic;

namespace LeadKit.Import;

/// <summary>
/// One record's worth of an imported file: its row number as a spreadsheet (or a text editor, for
/// line-based formats) shows it — the header is row 1 — its cells, and the problems the reader met
/// while reading it. A row with problems is rejected with them, never imported half-read. Immutable.
/// </summary>
public sealed class ImportRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="row">The row number, from 1 (a CSV file's header is row 1, its first record row 2).</param>
    /// <param name="cells">The cells, in file order.</param>
    /// <param name="problems">What the reader could not read faithfully (a stray quote, a truncated value), if anything.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is below 1.</exception>
    public ImportRow(long row, IReadOnlyList<ImportCell> cells, IReadOnlyList<ImportProblem>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        Row = row;
        Cells = cells;
        Problems = problems ?? [];
    }

    /// <summary>Gets the row number, from 1.</summary>
    public long Row { get; }

    /// <summary>Gets the cells.</summary>
    public IReadOnlyList<ImportCell> Cells { get; }

    /// <summary>Gets what the reader could not read faithfully; the row is rejected when there is anything.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <inheritdoc />
    public override string ToString() => $"row {Row}: {Cells.Count} cells" + (Problems.Count > 0 ? $", {Problems.Count} problems" : string.Empty);
}
