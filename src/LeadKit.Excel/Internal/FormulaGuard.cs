using System;

namespace LeadKit.Excel.Internal;

/// <summary>
/// The formula-injection rule, the same as the CSV writer's (LeadKit.Csv leaves it to CsvHelper's
/// <c>CsvInjection.Escape</c>, which is not LeadKit API, so it is written here once for Excel).
/// </summary>
internal static class FormulaGuard
{
    /// <summary>Gets a value indicating whether a spreadsheet could take the text for a formula: it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return.</summary>
    public static bool IsTrigger(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text with a <c>'</c> in front when it could be taken for a formula.</summary>
    public static string Neutralise(string text) => IsTrigger(text) ? "'" + text : text;

    /// <summary>The text without the <c>'</c> a writer put in front of a formula's first character (<c>'=1+2</c> reads <c>=1+2</c>): the inverse of <see cref="Neutralise"/> for every text that starts with a trigger.</summary>
    public static string Unneutralise(string text) => text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? text[1..] : text;

    /// <summary>
    /// The text with CRLF and CR line breaks as LF, the only line break a cell keeps: an <c>.xlsx</c>
    /// cell is XML text, where a carriage return reads back as a line feed.
    /// </summary>
    public static string NormaliseLineBreaks(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
