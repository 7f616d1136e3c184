namespace LeadKit.Excel;

/// <summary>What is wrong with a sheet row or a workbook, as an <see cref="XlsxProblem"/> or an <see cref="XlsxFormatException"/> says.</summary>
public enum XlsxProblemKind
{
    /// <summary>The row has cells beyond the header's last column; they are kept in <see cref="XlsxRow.ExtraCells"/>.</summary>
    ExtraCells = 0,

    /// <summary>The file is not an Excel workbook: not a zip file, a truncated or damaged one, or a zip file without a workbook (a CSV file or a Word document renamed <c>.xlsx</c>).</summary>
    NotAWorkbook = 1,

    /// <summary>The workbook is a valid zip file but its sheet cannot be read (broken XML, a missing part, a reference to nothing).</summary>
    DamagedWorkbook = 2,

    /// <summary>The sheet named in <see cref="XlsxReadOptions.SheetName"/> is not in the workbook.</summary>
    SheetNotFound = 3,

    /// <summary>The sheet has no row with a value in it, so no header row.</summary>
    EmptySheet = 4,

    /// <summary>The file is larger than <see cref="XlsxReadOptions.MaxFileSize"/>.</summary>
    FileTooLarge = 5,

    /// <summary>The workbook's parts would inflate to more than <see cref="XlsxReadOptions.MaxUncompressedSize"/>, or one part is compressed more than <see cref="XlsxReadOptions.MaxCompressionRatio"/> allows: a zip bomb.</summary>
    ZipBomb = 6,

    /// <summary>The sheet has more rows than <see cref="XlsxReadOptions.MaxRows"/> (or, when writing, than Excel's 1 048 576).</summary>
    TooManyRows = 7,

    /// <summary>A row has a cell beyond <see cref="XlsxReadOptions.MaxColumns"/> (or, when writing, beyond Excel's 16 384 columns).</summary>
    TooManyColumns = 8,

    /// <summary>A cell is longer than <see cref="XlsxReadOptions.MaxCellLength"/> (or, when writing, than Excel's 32 767 characters).</summary>
    CellTooLong = 9,

    /// <summary>The sheet skips so many rows that their blank cells would take too long to go through (more than 10 000 000 blank cells in skipped rows).</summary>
    TooManyBlankRows = 10,
}
