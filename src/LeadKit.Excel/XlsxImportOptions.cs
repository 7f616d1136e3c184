namespace LeadKit.Excel;

/// <summary>
/// How an <see cref="XlsxImportSource"/> reads a workbook for an import: which sheet, and the
/// reader's limits (<see cref="XlsxReadOptions"/>: file size, zip-bomb checks, rows, columns, cell
/// length). The defaults read the first sheet within limits a lead import never needs to exceed;
/// change them with <c>with</c>: <c>XlsxImportOptions.Default with { SheetName = "Leads" }</c>. Immutable.
/// </summary>
public sealed record XlsxImportOptions
{
    /// <summary>Gets the default options: the first sheet, the reader's default limits.</summary>
    public static XlsxImportOptions Default { get; } = new();

    /// <summary>Gets the name of the sheet to read (as its tab shows it, exact case), or <see langword="null"/> (the default) for the workbook's first sheet; a name the workbook lacks stops the import with <see cref="XlsxProblemKind.SheetNotFound"/>, listing the sheets.</summary>
    public string? SheetName { get; init; }

    /// <summary>Gets the largest file read, in bytes (<see cref="XlsxReadOptions.MaxFileSize"/>). Default 256 MiB.</summary>
    public long MaxFileSize { get; init; } = XlsxReadOptions.Default.MaxFileSize;

    /// <summary>Gets the most bytes the workbook's parts may inflate to, all together (<see cref="XlsxReadOptions.MaxUncompressedSize"/>). Default 1 GiB.</summary>
    public long MaxUncompressedSize { get; init; } = XlsxReadOptions.Default.MaxUncompressedSize;

    /// <summary>Gets the highest compression ratio of a part larger than 1 MiB inflated (<see cref="XlsxReadOptions.MaxCompressionRatio"/>). Default 100.</summary>
    public double MaxCompressionRatio { get; init; } = XlsxReadOptions.Default.MaxCompressionRatio;

    /// <summary>Gets the highest row number read, as Excel numbers rows (<see cref="XlsxReadOptions.MaxRows"/>). Default 5 000 000.</summary>
    public long MaxRows { get; init; } = XlsxReadOptions.Default.MaxRows;

    /// <summary>Gets the last column a cell may be in, A = 1 (<see cref="XlsxReadOptions.MaxColumns"/>). Default 1 000.</summary>
    public int MaxColumns { get; init; } = XlsxReadOptions.Default.MaxColumns;

    /// <summary>Gets the longest cell, in characters (<see cref="XlsxReadOptions.MaxCellLength"/>). Default 1 048 576.</summary>
    public int MaxCellLength { get; init; } = XlsxReadOptions.Default.MaxCellLength;

    /// <summary>Returns the reader's options these options stand for.</summary>
    /// <returns>The options of <see cref="XlsxTableReader"/>.</returns>
    public XlsxReadOptions ToReadOptions() => XlsxReadOptions.Default with
    {
        SheetName = SheetName,
        MaxFileSize = MaxFileSize,
        MaxUncompressedSize = MaxUncompressedSize,
        MaxCompressionRatio = MaxCompressionRatio,
        MaxRows = MaxRows,
        MaxColumns = MaxColumns,
        MaxCellLength = MaxCellLength,
    };
}
