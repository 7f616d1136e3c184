namespace LeadKit.Excel;

/// <summary>
/// How an <see cref="XlsxExportTarget"/> writes leads: the sheet's name, formula neutralising, and
/// what a value longer than an Excel cell holds does. Immutable (<c>with</c> to change).
/// </summary>
public sealed record XlsxExportOptions
{
    /// <summary>Excel's longest cell, in characters.</summary>
    public const int MaxCellLength = XlsxTableWriter.MaxCellLength;

    /// <summary>Gets the default options: a sheet called <c>Leads</c>, formulas neutralised, over-long values refused.</summary>
    public static XlsxExportOptions Default { get; } = new();

    /// <summary>Gets the sheet's name. Default <c>Leads</c>; Excel's rules: 1 to 31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending with <c>'</c>.</summary>
    public string SheetName { get; init; } = "Leads";

    /// <summary>
    /// Gets a value indicating whether a value a spreadsheet would run as a formula — one starting with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, numbers and phone numbers
    /// aside (<see cref="Export.LeadKitTableLayout.IsFormula"/>) — is written with a <c>'</c> in front,
    /// as LeadKit's CSV writes it. Default <see langword="true"/>. Reading the workbook back gives every
    /// value exactly either way.
    /// </summary>
    public bool NeutraliseFormulas { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether a value longer than an Excel cell holds (<see cref="MaxCellLength"/>
    /// characters: a large photo, very long comments) is left out of the sheet — its cell stays empty
    /// and the value is counted in <see cref="XlsxExportTarget.Unwritten"/> — instead of stopping the
    /// export. Default <see langword="false"/>: the export stops with an <see cref="XlsxFormatException"/>
    /// (<see cref="XlsxProblemKind.CellTooLong"/>) naming the row, the column and the lead, and nothing
    /// is lost silently.
    /// </summary>
    public bool LeaveOutLongValues { get; init; }
}
