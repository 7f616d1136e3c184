namespace LeadKit.Import;

/// <summary>How far an import has come: rows read so far and what became of them (reported after every batch).</summary>
/// <param name="Rows">Rows read.</param>
/// <param name="Imported">Rows imported as new leads.</param>
/// <param name="Merged">Rows merged into existing leads.</param>
/// <param name="Skipped">Rows skipped (duplicates, or nothing to change).</param>
/// <param name="Rejected">Rows rejected.</param>
public readonly record struct ImportProgress(long Rows, long Imported, long Merged, long Skipped, long Rejected);
