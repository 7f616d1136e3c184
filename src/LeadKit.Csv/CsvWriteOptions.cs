using System.Text;

namespace LeadKit.Csv;

/// <summary>
/// How <see cref="CsvTableWriter"/> writes a file. The defaults write UTF-8 with a byte order mark
/// (so Excel reads accents right), comma-separated, quoting only where needed, with cells that a
/// spreadsheet would run as a formula neutralised.
/// </summary>
public sealed record CsvWriteOptions
{
    /// <summary>Gets the default options.</summary>
    public static CsvWriteOptions Default { get; } = new();

    /// <summary>Gets the encoding. Default <see cref="CsvEncodings.Utf8WithBom"/>; a legacy code page such as <see cref="CsvEncodings.Windows1252"/> refuses characters it cannot hold.</summary>
    public Encoding Encoding { get; init; } = CsvEncodings.Utf8WithBom;

    /// <summary>Gets the delimiter: comma (the default), semicolon, tab or another ASCII punctuation character.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Gets a value indicating whether every cell is quoted, as Outlook and ACT! write them. Default <see langword="false"/>: only cells that need it.</summary>
    public bool QuoteAll { get; init; }

    /// <summary>
    /// Gets a value indicating whether a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
    /// or a carriage return is written with a <c>'</c> in front (and quoted), so that a spreadsheet
    /// shows it as text instead of running it as a formula (CSV injection). Default <see langword="true"/>;
    /// turn it off only for files no spreadsheet will open, since it changes those cells.
    /// </summary>
    public bool NeutraliseFormulas { get; init; } = true;
}
