using System;
using System.Collections.Generic;
using System.Text;

namespace LeadKit.Csv;

/// <summary>
/// How a <see cref="CsvExportTarget"/> writes leads: the layout (LeadKit's lossless one by default,
/// or Outlook's or Google's for moving contacts to those programs), the encoding, the delimiter,
/// quoting and formula neutralising. Immutable (<c>with</c> to change).
/// </summary>
public sealed record CsvExportOptions
{
    /// <summary>The name of LeadKit's own, lossless layout (the default).</summary>
    public const string LeadKitLayout = "leadkit";

    /// <summary>The name of Microsoft Outlook's 92-column desktop layout.</summary>
    public const string OutlookLayout = "outlook";

    /// <summary>The name of Google Contacts' current layout.</summary>
    public const string GoogleLayout = "google";

    /// <summary>Gets the default options: LeadKit's layout, UTF-8 with a byte order mark, comma-separated, quoting where needed, formulas neutralised.</summary>
    public static CsvExportOptions Default { get; } = new();

    /// <summary>Gets the names <see cref="Layout"/> takes: <c>leadkit</c>, <c>outlook</c>, <c>google</c>.</summary>
    public static IReadOnlyList<string> LayoutNames { get; } = [LeadKitLayout, OutlookLayout, GoogleLayout];

    /// <summary>
    /// Gets the layout, by name (compared ignoring case): <c>leadkit</c> (the default) writes every
    /// value and reads back into equal leads; <c>outlook</c> and <c>google</c> write what those
    /// programs' columns can hold and leave the rest out (counted in <see cref="CsvExportTarget.Unwritten"/>;
    /// docs/csv.md lists what each cannot hold).
    /// </summary>
    public string Layout { get; init; } = LeadKitLayout;

    /// <summary>Gets the encoding. Default <see cref="CsvEncodings.Utf8WithBom"/> (Excel needs the mark to read UTF-8); a legacy code page such as <see cref="CsvEncodings.Windows1252"/> (what Outlook reads) stops the export with a <see cref="CsvFormatException"/> naming the row and column of a character it cannot hold.</summary>
    public Encoding Encoding { get; init; } = CsvEncodings.Utf8WithBom;

    /// <summary>Gets the delimiter: comma (the default), semicolon, tab or another ASCII punctuation character.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Gets a value indicating whether every cell is quoted, as Outlook writes them. Default <see langword="false"/>: only cells that need it.</summary>
    public bool QuoteAll { get; init; }

    /// <summary>
    /// Gets a value indicating whether a value a spreadsheet would run as a formula — one starting with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return — is written with a <c>'</c>
    /// in front (CSV injection). Default <see langword="true"/>. Numbers and phone numbers (a sign, then
    /// only digits, spaces and <c>( ) . / -</c>: <c>+1 (555) 010-0100</c>, <c>-12.5</c>) are written as
    /// they are: a spreadsheet can do nothing with them but arithmetic, and Outlook and Google must read
    /// <c>+1 555 0100</c> as written. LeadKit's layout reads every value back exactly either way.
    /// </summary>
    public bool NeutraliseFormulas { get; init; } = true;

    /// <summary>Checks the layout name and returns it in lower case.</summary>
    /// <exception cref="ArgumentException"><see cref="Layout"/> is not one of <see cref="LayoutNames"/>.</exception>
    internal string CheckedLayout()
    {
        var name = Layout?.Trim().ToLowerInvariant();
        return name is LeadKitLayout or OutlookLayout or GoogleLayout
            ? name
            : throw new ArgumentException($"'{Layout}' is not a CSV layout LeadKit writes: use one of {string.Join(", ", LayoutNames)}.", nameof(Layout));
    }
}
