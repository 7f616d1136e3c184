using System;
using System.Collections.Generic;
using System.Text;

namespace LeadKit.VCard.Syntax;

/// <summary>Quoted-printable (RFC 2045) as vCard 2.1 uses it.</summary>
internal static class QuotedPrintable
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>Decodes <c>=XX</c> triplets; soft line breaks are already joined. A <c>=</c> not followed by two hex digits is kept.</summary>
    /// <param name="raw">The value, one char per byte.</param>
    internal static byte[] Decode(string raw)
    {
        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '=' && i + 2 < raw.Length && IsHex(raw[i + 1]) && IsHex(raw[i + 2]))
            {
                bytes.Add((byte)((HexValue(raw[i + 1]) << 4) | HexValue(raw[i + 2])));
                i += 2;
            }
            else
            {
                bytes.Add(unchecked((byte)c));
            }
        }

        return [.. bytes];
    }

    /// <summary>
    /// Encodes UTF-8 text as quoted-printable lines for a content line whose head (name and
    /// parameters, with the colon) takes <paramref name="headLength"/> characters: every line but
    /// the last ends with a soft break <c>=</c> and is at most 76 characters.
    /// </summary>
    internal static List<string> Encode(string text, int headLength)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal));
        var lines = new List<string>();
        var line = new StringBuilder();
        var room = Math.Max(8, 75 - headLength);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var last = i == bytes.Length - 1;
            var literal = (b is >= 33 and <= 126 && b != (byte)'=' && b != (byte)':') || (b == (byte)' ' && !last);
            var piece = literal ? ((char)b).ToString() : "=" + Hex[b >> 4] + Hex[b & 0xF];
            if (line.Length + piece.Length > room)
            {
                lines.Add(line.Append('=').ToString());
                line.Clear();
                room = 75;
            }

            line.Append(piece);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (char.ToUpperInvariant(c) - 'A') + 10;
}
