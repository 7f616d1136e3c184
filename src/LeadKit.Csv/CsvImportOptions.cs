using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LeadKit.Csv;

/// <summary>
/// How a <see cref="CsvImportSource"/> reads a CSV file for an import: its layout (detected by
/// default), encoding and delimiter (detected by default), what a row with broken quoting does, and
/// the reader's limits. The defaults suit every file LeadKit writes and the exports of the programs
/// docs/csv.md lists; change them with <c>with</c>. Immutable.
/// </summary>
public sealed record CsvImportOptions
{
    /// <summary>The <see cref="Layout"/> value that detects the layout from the header row.</summary>
    public const string AutoLayout = "auto";

    /// <summary>Gets the default options: layout, encoding and delimiter detected, broken rows rejected one by one, the default limits (cells up to 2 097 152 characters).</summary>
    public static CsvImportOptions Default { get; } = new();

    /// <summary>Gets the names <see cref="Layout"/> takes: <c>auto</c>, then every layout's <see cref="CsvLayout.Name"/> (<c>leadkit</c>, <c>outlook</c>, <c>google</c>, <c>google-legacy</c>, <c>salesforce</c>, <c>thunderbird</c>, <c>act</c>, <c>generic</c>).</summary>
    public static IReadOnlyList<string> LayoutNames { get; } = [AutoLayout, .. CsvLayouts.All.Select(l => l.Name), CsvLayouts.Generic.Name];

    /// <summary>
    /// Gets the layout the file is read as, by name (compared ignoring case): <c>auto</c> (the
    /// default) detects it from the header row (<see cref="CsvLayouts.Detect"/>); any other name of
    /// <see cref="LayoutNames"/> reads every file as that layout — <c>generic</c> gives no column a
    /// key, so the import's field map and automatic guesses decide them all.
    /// </summary>
    public string Layout { get; init; } = AutoLayout;

    /// <summary>Gets the file's encoding, or <see langword="null"/> (the default) to detect it (a byte order mark, else UTF-8 when the bytes are valid UTF-8, else Windows-1252); <see cref="CsvEncodings.Get"/> finds one by name.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Gets the delimiter, or <see langword="null"/> (the default) to detect comma, semicolon or tab from the header row.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// Gets what a row whose quoting is broken does. <see cref="CsvMalformedRowPolicy.Report"/> (the
    /// default for imports) rejects that row, naming its row and column, and imports the rest;
    /// <see cref="CsvMalformedRowPolicy.Refuse"/> stops the import at the first such row with a
    /// <see cref="CsvFormatException"/> (nothing is written).
    /// </summary>
    public CsvMalformedRowPolicy MalformedRows { get; init; } = CsvMalformedRowPolicy.Report;

    /// <summary>Gets the largest file read, in bytes (<see cref="CsvReadOptions.MaxFileSize"/>). Default 1 GiB.</summary>
    public long MaxFileSize { get; init; } = CsvReadOptions.Default.MaxFileSize;

    /// <summary>Gets the most rows read, the header included (<see cref="CsvReadOptions.MaxRows"/>). Default 5 000 000.</summary>
    public long MaxRows { get; init; } = CsvReadOptions.Default.MaxRows;

    /// <summary>Gets the most cells in one row (<see cref="CsvReadOptions.MaxColumns"/>). Default 1 000.</summary>
    public int MaxColumns { get; init; } = CsvReadOptions.Default.MaxColumns;

    /// <summary>
    /// Gets the longest cell, in characters (<see cref="CsvReadOptions.MaxCellLength"/>). Default
    /// 2 097 152: twice the reader's own default, so that a lead's largest photo (1 MiB, written as a
    /// <c>data:</c> URI of about 1.4 million characters in LeadKit's layout) reads back.
    /// </summary>
    public int MaxCellLength { get; init; } = 2 * 1024 * 1024;

    /// <summary>Returns the reader's options these options stand for.</summary>
    /// <returns>The options of <see cref="CsvTableReader"/>.</returns>
    public CsvReadOptions ToReadOptions() => CsvReadOptions.Default with
    {
        Encoding = Encoding,
        Delimiter = Delimiter,
        MalformedRows = MalformedRows,
        MaxFileSize = MaxFileSize,
        MaxRows = MaxRows,
        MaxColumns = MaxColumns,
        MaxCellLength = MaxCellLength,
    };

    /// <summary>Finds the layout <see cref="Layout"/> names, or <see langword="null"/> for <c>auto</c>.</summary>
    /// <exception cref="ArgumentException"><see cref="Layout"/> is not one of <see cref="LayoutNames"/>.</exception>
    internal CsvLayout? FindLayout()
    {
        var name = Layout?.Trim();
        if (string.IsNullOrEmpty(name) || name.Equals(AutoLayout, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return CsvLayouts.Find(name)
            ?? throw new ArgumentException($"'{name}' is not a CSV layout: use one of {string.Join(", ", LayoutNames)}.", nameof(Layout));
    }
}
