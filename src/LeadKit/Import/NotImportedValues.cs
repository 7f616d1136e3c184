namespace LeadKit.Import;

/// <summary>
/// Values of a column that no lead field holds (or that the user chose to ignore), counted so that
/// nothing is dropped silently: the column, the key it had, why, how many values, and the first row.
/// Map the column to a field (<see cref="FieldMap.Map"/>, a custom field) to import them.
/// </summary>
/// <param name="Column">The source column.</param>
/// <param name="Key">The key the column had, if any.</param>
/// <param name="Reason">Why its values were not imported.</param>
/// <param name="Count">How many non-blank values.</param>
/// <param name="FirstRow">The first row that had one.</param>
public sealed record NotImportedValues(string Column, string? Key, string Reason, long Count, long FirstRow)
{
    /// <inheritdoc />
    public override string ToString() => $"{Column}" + (Key is null ? string.Empty : $" ({Key})") + $": {Count} values not imported, {Reason} (first at row {FirstRow})";
}
