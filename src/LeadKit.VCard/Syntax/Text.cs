using System;
using System.Collections.Generic;
using System.Text;

namespace LeadKit.VCard.Syntax;

/// <summary>Text escaping, splitting and line breaks of vCard values.</summary>
internal static class Text
{
    /// <summary>Turns CR LF and lone CR into LF: the model's only line break.</summary>
    internal static string NormalizeLineBreaks(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>Splits a value by its shape at unescaped separators, then resolves the escapes.</summary>
    internal static string[][] Split(string value, ValueShape shape)
    {
        if (shape == ValueShape.Text)
        {
            return [[Unescape(value)]];
        }

        var splitComponents = shape is ValueShape.Structured or ValueShape.StructuredList;
        var splitLists = shape is ValueShape.List or ValueShape.StructuredList;
        var components = new List<string[]>();
        var values = new List<string>();
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var end = i == value.Length;
            var c = end ? '\0' : value[i];
            if (!end && c == '\\')
            {
                if (i + 1 < value.Length)
                {
                    i++;
                }

                continue;
            }

            if (end || (splitComponents && c == ';') || (splitLists && c == ','))
            {
                values.Add(Unescape(value[start..Math.Min(i, value.Length)]));
                start = i + 1;
                if (end || c == ';')
                {
                    components.Add([.. values]);
                    values.Clear();
                }
            }
        }

        return [.. components];
    }

    /// <summary>Resolves <c>\\ \n \N \, \; \:</c>; any other backslash is kept as written.</summary>
    internal static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i == text.Length - 1)
            {
                builder.Append(c);
                continue;
            }

            var next = text[i + 1];
            switch (next)
            {
                case '\\' or ',' or ';' or ':':
                    builder.Append(next);
                    i++;
                    break;
                case 'n' or 'N':
                    builder.Append('\n');
                    i++;
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes one value for writing.</summary>
    /// <param name="value">The value.</param>
    /// <param name="escapeComma">Whether a comma must be escaped (a list, or any text in 3.0 and 4.0).</param>
    /// <param name="escapeNewline">Whether a line break is written <c>\n</c> (3.0, 4.0) or kept for quoted-printable (2.1).</param>
    internal static string Escape(string value, bool escapeComma, bool escapeNewline)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case ';':
                    builder.Append(@"\;");
                    break;
                case ',' when escapeComma:
                    builder.Append(@"\,");
                    break;
                case '\n' when escapeNewline:
                    builder.Append(@"\n");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
