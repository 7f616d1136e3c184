using System;

namespace LeadKit.VCard.Syntax;

/// <summary>Base64 <c>data:</c> URIs (RFC 2397), the inline binary form of vCard 4.0.</summary>
internal static class DataUri
{
    /// <summary>Splits <c>data:[mediatype][;params];base64,DATA</c>; false for anything else (a plain URL, a data URI that is not base64).</summary>
    internal static bool TryParse(string text, out string? mediaType, out string base64)
    {
        mediaType = null;
        base64 = string.Empty;
        if (!text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return false;
        }

        var header = text[5..comma];
        var parts = header.Split(';');
        if (!parts[^1].Trim().Equals("base64", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        mediaType = parts.Length > 1 && parts[0].Trim().Length > 0 ? parts[0].Trim() : null;
        base64 = text[(comma + 1)..];
        return true;
    }

    internal static string Format(string? mediaType, ReadOnlySpan<byte> data) =>
        "data:" + (mediaType ?? string.Empty) + ";base64," + Convert.ToBase64String(data);
}
