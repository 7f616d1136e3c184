namespace LeadKit.Excel;

/// <summary>
/// How <see cref="XlsxTableReader"/> reads a workbook: which sheet, and the limits that keep a hostile
/// or broken file from taking the machine's memory or time. The defaults read the first sheet and
/// keep every limit at a size a lead import never needs to exceed; change them with <c>with</c>:
/// <c>XlsxReadOptions.Default with { SheetName = "Leads", MaxRows = 100_000 }</c>.
/// </summary>
public sealed record XlsxReadOptions
{
    /// <summary>Gets the default options.</summary>
    public static XlsxReadOptions Default { get; } = new();

    /// <summary>Gets the name of the sheet to read (as its tab shows it, exact case), or <see langword="null"/> (the default) for the workbook's first sheet.</summary>
    public string? SheetName { get; init; }

    /// <summary>Gets the largest file read, in bytes. Default 256 MiB.</summary>
    public long MaxFileSize { get; init; } = 256L << 20;

    /// <summary>
    /// Gets the most bytes the workbook's parts may inflate to, all together, as the zip file's
    /// directory declares them (a part is never inflated beyond its declared size). Default 1 GiB.
    /// </summary>
    public long MaxUncompressedSize { get; init; } = 1L << 30;

    /// <summary>
    /// Gets the highest compression ratio (inflated size to compressed size) of a part larger than
    /// 1 MiB inflated. Default 100: ordinary sheets compress 5 to 20 times, a zip bomb thousands of times.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Gets the highest row number read, as Excel numbers rows (the header and blank rows count). Default 5 000 000.</summary>
    public long MaxRows { get; init; } = 5_000_000;

    /// <summary>Gets the last column a cell may be in (A = 1). Default 1 000.</summary>
    public int MaxColumns { get; init; } = 1_000;

    /// <summary>Gets the longest cell, in characters. Default 1 048 576 (a lead's comments hold up to 1 000 000; Excel itself stops at 32 767).</summary>
    public int MaxCellLength { get; init; } = 1 << 20;

    /// <summary>
    /// Gets the most blank cells MiniExcel may make up for rows a sheet skips (it fills each skipped
    /// row with one blank cell per column before the next row comes). Not public: the default fits
    /// any sheet Excel can hold at a lead file's width; tests lower it.
    /// </summary>
    internal long MaxBlankCells { get; init; } = 10_000_000;
}
