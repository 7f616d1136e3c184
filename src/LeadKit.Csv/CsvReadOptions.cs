using System.Text;

namespace LeadKit.Csv;

/// <summary>
/// How <see cref="CsvTableReader"/> reads a file. The defaults detect the encoding and the
/// delimiter, refuse malformed quoting and keep every limit at a size a lead import never needs
/// to exceed; change them with <c>with</c>: <c>CsvReadOptions.Default with { MalformedRows = CsvMalformedRowPolicy.Report }</c>.
/// </summary>
public sealed record CsvReadOptions
{
    /// <summary>Gets the default options.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>
    /// Gets the encoding of the file, or <see langword="null"/> (the default) to detect it: a UTF-8,
    /// UTF-16 LE or UTF-16 BE byte order mark; otherwise UTF-8 when the bytes are valid UTF-8, else
    /// Windows-1252. <see cref="CsvEncodings.Get"/> finds one by name (code pages included).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Gets the delimiter, or <see langword="null"/> (the default) to detect comma, semicolon or tab from the header line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Gets what to do with a row whose quoting is broken. Default <see cref="CsvMalformedRowPolicy.Refuse"/>.</summary>
    public CsvMalformedRowPolicy MalformedRows { get; init; } = CsvMalformedRowPolicy.Refuse;

    /// <summary>Gets the largest file read, in bytes. Default 1 GiB.</summary>
    public long MaxFileSize { get; init; } = 1L << 30;

    /// <summary>Gets the most rows read, the header included. Default 5 000 000.</summary>
    public long MaxRows { get; init; } = 5_000_000;

    /// <summary>Gets the most cells in one row. Default 1 000.</summary>
    public int MaxColumns { get; init; } = 1_000;

    /// <summary>
    /// Gets the longest cell, in characters. Default 1 048 576 (a lead's comments hold up to
    /// 1 000 000). A row still being read is refused once it is several times this long, so an
    /// unclosed quote cannot pull a whole file into memory.
    /// </summary>
    public int MaxCellLength { get; init; } = 1 << 20;
}
