using System.Collections.Generic;
using System.Linq;
using LeadKit.Operations;
using LeadKit.Storage;

namespace LeadKit.Import;

/// <summary>
/// What an import did, or (dry run) would do: every row accounted for —
/// <c><see cref="Rows"/> = <see cref="Imported"/> + <see cref="Merged"/> + <see cref="Skipped"/> + <see cref="Rejected"/></c>,
/// always — the outcome of every row that was not simply imported (each with its row number as a
/// spreadsheet shows it, the column at fault and the reason; <see cref="ImportOptions.ReportImportedRows"/>
/// keeps the imported ones too), the values no field holds, the key each column went to (save them
/// as a <see cref="FieldMap"/> for the next file), and the recorded operation that undoes it.
/// Immutable.
/// </summary>
public sealed class ImportResult
{
    internal ImportResult(string format, long rows, long imported, long merged, long skipped, long rejected, IReadOnlyList<RecordOutcome> outcomes, IReadOnlyList<NotImportedValues> notImported, IReadOnlyList<KeyValuePair<string, string?>> columns, bool isCommitted, bool isDryRun, OperationId? operation)
    {
        Format = format;
        Rows = rows;
        Imported = imported;
        Merged = merged;
        Skipped = skipped;
        Rejected = rejected;
        Outcomes = outcomes;
        NotImported = notImported;
        Columns = columns;
        IsCommitted = isCommitted;
        IsDryRun = isDryRun;
        Operation = operation;
    }

    /// <summary>Gets the format that was read.</summary>
    public string Format { get; }

    /// <summary>Gets the number of rows read (the header aside).</summary>
    public long Rows { get; }

    /// <summary>Gets the number of rows imported as new leads.</summary>
    public long Imported { get; }

    /// <summary>Gets the number of rows merged into a lead that was already there (<see cref="DuplicatePolicy.Update"/>).</summary>
    public long Merged { get; }

    /// <summary>Gets the number of rows skipped: duplicates under <see cref="DuplicatePolicy.Skip"/>, updates that changed nothing, and — when nothing was written — the rows that would have been imported or merged.</summary>
    public long Skipped { get; }

    /// <summary>Gets the number of rows rejected (invalid values, unreadable rows), each in <see cref="Rejections"/>.</summary>
    public long Rejected { get; }

    /// <summary>Gets the outcomes of the rows that were not simply imported (of every row with <see cref="ImportOptions.ReportImportedRows"/>), in row order; each has its <see cref="RecordOutcome.Row"/>.</summary>
    public IReadOnlyList<RecordOutcome> Outcomes { get; }

    /// <summary>Gets the rejected rows, with row number, column and reason.</summary>
    public IEnumerable<RecordOutcome> Rejections => Outcomes.Where(o => o.IsFailure);

    /// <summary>Gets the values no field holds (or that the map ignores), per column.</summary>
    public IReadOnlyList<NotImportedValues> NotImported { get; }

    /// <summary>Gets each column of the file with the key its values went to (<see langword="null"/>: none).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Columns { get; }

    /// <summary>Gets a value indicating whether the import was written.</summary>
    public bool IsCommitted { get; }

    /// <summary>Gets a value indicating whether this was a dry run.</summary>
    public bool IsDryRun { get; }

    /// <summary>Gets the recorded operation that undoes the import (<c>BulkEditor.UndoOperationAsync</c>, <c>leadkit bulk-edit undo</c>), when something was written.</summary>
    public OperationId? Operation { get; }

    /// <summary>Returns the map this import used, to save and reuse for the next file of the same kind.</summary>
    /// <param name="name">The name to save it under.</param>
    /// <returns>The map.</returns>
    public FieldMap ToFieldMap(string? name = null) => FieldMap.From(Columns, name);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Rows} rows: {Imported} imported, {Merged} merged, {Skipped} skipped, {Rejected} rejected" + (IsDryRun ? " (dry run)" : IsCommitted ? string.Empty : " (nothing written)");
}
