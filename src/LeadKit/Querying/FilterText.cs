using System.Text;

namespace LeadKit.Querying;

/// <summary>The lexical rules the printer and the parser share, so printed text always parses back.</summary>
internal static class FilterText
{
    /// <summary>The prefix of custom field names: <c>custom.Employees</c>.</summary>
    internal const string CustomPrefix = "custom";

    /// <summary>Writes text as a double-quoted literal, escaping <c>"</c> and <c>\</c>.</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Whether a character may start a word (field name or keyword).</summary>
    internal static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    /// <summary>Whether a character may continue a word.</summary>
    internal static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Whether a custom field name can be written without quotes after <c>custom.</c>.</summary>
    internal static bool IsPlainWord(string name)
    {
        if (name.Length == 0 || !IsWordStart(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsWordPart(c))
            {
                return false;
            }
        }

        return true;
    }
}
