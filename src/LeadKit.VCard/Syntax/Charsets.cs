using System;
using System.Text;
using System.Text.Unicode;

namespace LeadKit.VCard.Syntax;

/// <summary>
/// Finds and applies the charset of 8-bit text. The code pages come from
/// <see cref="CodePagesEncodingProvider"/> directly, so reading never registers a provider
/// globally (that choice is the host's).
/// </summary>
internal static class Charsets
{
    internal static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <summary>Returns the encoding named by a CHARSET parameter, or <see langword="null"/> when it is unknown.</summary>
    internal static Encoding? Find(string name)
    {
        var trimmed = name.Trim().Trim('"');
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(trimmed) ?? Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Decodes bytes: with <paramref name="charset"/> when given, else UTF-8 when valid, else the fallback.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes, Encoding? charset, Encoding fallback)
    {
        if (charset is not null)
        {
            return charset.GetString(bytes);
        }

        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : fallback.GetString(bytes);
    }

    /// <summary>The bytes behind a string read one char per byte.</summary>
    internal static byte[] Bytes(string raw) => Encoding.Latin1.GetBytes(raw);

    /// <summary>Whether every char of a one-char-per-byte string is ASCII.</summary>
    internal static bool IsAscii(string raw) => Ascii.IsValid(raw);
}
