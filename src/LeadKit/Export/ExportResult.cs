namespace LeadKit.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Format">The format.</param>
/// <param name="Rows">How many records were written.</param>
public sealed record ExportResult(string Format, long Rows);
