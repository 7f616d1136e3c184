using System;
using System.Text;

namespace LeadKit.Excel.Internal;

/// <summary>
/// What LeadKit's own workbook adds to the layout's escape (<see cref="Export.LeadKitTableLayout.Escape"/>)
/// so that every cell gives its value back exactly. Two things cannot pass through an <c>.xlsx</c>
/// cell as they are: a carriage return (the cell is XML text, where CR and CRLF read back as LF) and
/// text that looks like ECMA-376's <c>_xHHHH_</c> escape (MiniExcel escapes and unescapes such text,
/// but not when two of them share an underscore: <c>_x0041_x0042_</c> reads back <c>_x0041B</c>). A
/// cell holding either is written <em>flagged</em>: <c>'\</c>, then the text with a backslash before
/// every backslash, before every <c>x</c> or <c>X</c> that follows an underscore, and <c>\r</c> for each
/// carriage return — so the flagged text holds neither. Every other cell is written as it is. No
/// layout cell starts with <c>'\</c> (the layout's escape puts a <c>'</c> only before a <c>'</c> or a
/// formula's first character), so the flag cannot be mistaken for a value.
/// </summary>
internal static class LosslessText
{
    /// <summary>The start of a flagged cell.</summary>
    public const string Flag = "'\\";

    /// <summary>The cell text of a layout cell.</summary>
    /// <param name="text">The layout's cell text.</param>
    /// <returns>The text itself, or the flagged form when it holds a carriage return or an <c>_xHHHH_</c> look-alike.</returns>
    public static string Encode(string text)
    {
        if (!NeedsFlag(text))
        {
            return text;
        }

        var cell = new StringBuilder(text.Length + 16).Append(Flag);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                cell.Append("\\r");
                continue;
            }

            if (c == '\\' || (c is 'x' or 'X' && i > 0 && text[i - 1] == '_'))
            {
                cell.Append('\\');
            }

            cell.Append(c);
        }

        return cell.ToString();
    }

    /// <summary>The layout's cell text of a workbook cell: a flagged cell unescaped (<c>\r</c> is a carriage return, a backslash keeps the next character), any other as it is.</summary>
    /// <param name="cell">The cell text as read.</param>
    /// <returns>The layout's cell text.</returns>
    public static string Decode(string cell)
    {
        if (!cell.StartsWith(Flag, StringComparison.Ordinal))
        {
            return cell;
        }

        var text = new StringBuilder(cell.Length);
        for (var i = Flag.Length; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '\\' && i + 1 < cell.Length)
            {
                var next = cell[++i];
                text.Append(next == 'r' ? '\r' : next);
                continue;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>Whether the text holds a carriage return or an <c>_xHHHH_</c> look-alike (either case of <c>x</c>, hexadecimal digits of either case).</summary>
    private static bool NeedsFlag(string text)
    {
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = text.IndexOf('_', StringComparison.Ordinal); i >= 0 && i + 6 < text.Length; i = text.IndexOf('_', i + 1))
        {
            if (text[i + 1] is 'x' or 'X' && text[i + 6] == '_'
                && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3]) && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]))
            {
                return true;
            }
        }

        return false;
    }
}
