using System;
using System.Buffers;

namespace LeadKit.Csv.Writing;

/// <summary>
/// The export's formula neutralising: a <c>'</c> in front of a value a spreadsheet would run as a
/// formula, except numbers and phone numbers; and LeadKit's layout's escape, which makes its round
/// trip exact (a value that starts with <c>'</c> always gets one more, and the LeadKit layout
/// removes one leading <c>'</c> when reading).
/// </summary>
internal static class FormulaGuard
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>The value as written in a foreign layout (Outlook, Google).</summary>
    /// <param name="value">The value.</param>
    /// <param name="neutralise">Whether formulas are neutralised.</param>
    /// <returns>The cell.</returns>
    public static string Foreign(string value, bool neutralise) =>
        neutralise && IsFormula(value) ? "'" + value : value;

    /// <summary>The value as written in LeadKit's layout: reversible whatever <paramref name="neutralise"/> says.</summary>
    /// <param name="value">The value.</param>
    /// <param name="neutralise">Whether formulas are neutralised.</param>
    /// <returns>The cell.</returns>
    public static string LeadKit(string value, bool neutralise) =>
        value.Length > 0 && (value[0] == '\'' || (neutralise && IsFormula(value))) ? "'" + value : value;

    /// <summary>Whether a spreadsheet could run the value: it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, and is not a number or phone number.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when it needs neutralising.</returns>
    public static bool IsFormula(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumberLike(value);

    /// <summary>
    /// A sign, then only digits, spaces and <c>( ) . / -</c>, with at least one digit, and perhaps an
    /// extension (<c>x12</c>, <c>ext. 12</c>, <c>#12</c>: digits only after it): <c>+1 (555) 010-0100</c>,
    /// <c>+44 20 7946 0000 x12</c>, <c>-12.5</c>. No function name, reference to another file or
    /// command fits in that.
    /// </summary>
    private static bool IsNumberLike(string value)
    {
        if (value[0] is not ('+' or '-'))
        {
            return false;
        }

        var digits = false;
        var i = 1;
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (c is not (' ' or '(' or ')' or '.' or '/' or '-'))
            {
                break;
            }
        }

        if (!digits || i == value.Length)
        {
            return digits;
        }

        // An extension marker, then only digits (and spaces).
        var rest = value.AsSpan(i);
        foreach (var marker in (ReadOnlySpan<string>)["ext.", "ext", "x", "#"])
        {
            if (rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                var tail = rest[marker.Length..].Trim(' ');
                return tail.Length > 0 && !tail.ContainsAnyExcept(Digits);
            }
        }

        return false;
    }
}
