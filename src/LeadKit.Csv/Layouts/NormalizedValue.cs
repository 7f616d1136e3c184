namespace LeadKit.Csv.Layouts;

/// <summary>
/// One value a layout gives for a row, before it becomes a public <see cref="CsvValue"/> (from
/// <see cref="CsvLayout.Normalize"/>) or an import cell (from <see cref="CsvImportSource"/>, which
/// needs no <see cref="CsvValue"/> in between).
/// </summary>
/// <param name="Key">The target key.</param>
/// <param name="Value">The cleaned value, never blank.</param>
/// <param name="ColumnIndex">The 0-based column it came from.</param>
/// <param name="Group">Which entry of a repeated field it belongs to (0 for single fields).</param>
internal readonly record struct NormalizedValue(string Key, string Value, int ColumnIndex, int Group);
