using System;

namespace LeadKit.VCard.Syntax;

/// <summary>The media types of binary values, and how vCard 2.1 and 3.0 name them in TYPE (JPEG, PNG, X509…).</summary>
internal static class MediaTypes
{
    /// <summary>The media type a TYPE value of a binary property names, or <see langword="null"/> (then it is an ordinary type such as <c>work</c>).</summary>
    internal static string? FromTypeValue(string type)
    {
        var t = type.Trim();
        if (t.Contains('/', StringComparison.Ordinal))
        {
            return t;
        }

        return t.ToUpperInvariant() switch
        {
            "JPEG" or "JPG" => "image/jpeg",
            "PNG" => "image/png",
            "GIF" => "image/gif",
            "BMP" => "image/bmp",
            "TIFF" => "image/tiff",
            "WAVE" or "WAV" => "audio/wav",
            "X509" => "application/x-x509-ca-cert",
            "PGP" => "application/pgp-keys",
            _ => null,
        };
    }

    /// <summary>The TYPE value vCard 2.1 and 3.0 use for a media type: <c>JPEG</c> for <c>image/jpeg</c>; the media type itself when there is no short name.</summary>
    internal static string ToTypeValue(string mediaType) => mediaType.ToUpperInvariant() switch
    {
        "IMAGE/JPEG" => "JPEG",
        "IMAGE/PNG" => "PNG",
        "IMAGE/GIF" => "GIF",
        "IMAGE/BMP" => "BMP",
        "IMAGE/TIFF" => "TIFF",
        "AUDIO/WAV" => "WAVE",
        "APPLICATION/X-X509-CA-CERT" => "X509",
        "APPLICATION/PGP-KEYS" => "PGP",
        _ => mediaType,
    };
}
