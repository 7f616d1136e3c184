namespace LeadKit.Csv;

/// <summary>What is wrong with a CSV row or file, as a <see cref="CsvProblem"/> or a <see cref="CsvFormatException"/> says.</summary>
public enum CsvProblemKind
{
    /// <summary>A quote inside a cell that does not start with one (<c>ab"c</c>); the cell keeps the quote as text.</summary>
    StrayQuote = 0,

    /// <summary>Text after the closing quote of a quoted cell (<c>"ab"c</c>); the cell reads as <c>abc</c>.</summary>
    TextAfterClosingQuote = 1,

    /// <summary>A quoted cell that is never closed: the rest of the file was read into it.</summary>
    UnclosedQuote = 2,

    /// <summary>The row has more cells than the header; the extra cells are kept in <see cref="CsvRow.ExtraCells"/>.</summary>
    ExtraCells = 3,

    /// <summary>The bytes are not valid in the file's encoding (detected as UTF-8 from the start of a stream that could not be checked whole).</summary>
    InvalidEncoding = 4,

    /// <summary>The file is larger than <see cref="CsvReadOptions.MaxFileSize"/>.</summary>
    FileTooLarge = 5,

    /// <summary>The file has more rows than <see cref="CsvReadOptions.MaxRows"/>.</summary>
    TooManyRows = 6,

    /// <summary>A row has more cells than <see cref="CsvReadOptions.MaxColumns"/>.</summary>
    TooManyColumns = 7,

    /// <summary>A cell (or a whole row still being read) is longer than <see cref="CsvReadOptions.MaxCellLength"/>.</summary>
    CellTooLong = 8,

    /// <summary>The file is empty: it has no header row.</summary>
    EmptyFile = 9,

    /// <summary>The writer's encoding cannot represent a character of a cell (for example Windows-1252 and <c>€</c> is fine, <c>日</c> is not).</summary>
    UnrepresentableCharacter = 10,
}
