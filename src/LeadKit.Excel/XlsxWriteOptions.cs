namespace LeadKit.Excel;

/// <summary>
/// How <see cref="XlsxTableWriter"/> writes a sheet. The defaults write every cell as text (so
/// <c>02134</c> and <c>+1 555 0100</c> keep their zeros and plus signs) with cells that a spreadsheet
/// could take for a formula neutralised, on one sheet called <c>Sheet1</c> with its header row frozen.
/// </summary>
public sealed record XlsxWriteOptions
{
    /// <summary>Gets the default options.</summary>
    public static XlsxWriteOptions Default { get; } = new();

    /// <summary>Gets the sheet's name. Default <c>Sheet1</c>; 1 to 31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending with <c>'</c>.</summary>
    public string SheetName { get; init; } = "Sheet1";

    /// <summary>
    /// Gets a value indicating whether a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
    /// or a carriage return is written with a <c>'</c> in front, so that it stays text when the sheet
    /// is edited or saved as CSV (formula injection). Default <see langword="true"/>, the same rule
    /// as the CSV writer's; turn it off only for files no spreadsheet user will touch.
    /// </summary>
    public bool NeutraliseFormulas { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether every cell is written as text. Default <see langword="true"/>.
    /// When <see langword="false"/>, a cell whose text is a plain number that reads back the same
    /// (<c>3</c>, <c>-2.5</c>, <c>0.1</c>) is written as a number Excel can add up, and everything
    /// else (<c>02134</c>, <c>+1 555</c>, <c>1e5</c>, <c>3.0</c>) as text, so reading gives the same text back.
    /// </summary>
    public bool CellsAsText { get; init; } = true;
}
