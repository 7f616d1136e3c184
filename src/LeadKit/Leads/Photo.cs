using System;
using System.Collections.Generic;
using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>
/// A record's photo: the image bytes and their media type. Only JPEG, PNG, GIF and BMP are
/// accepted, the bytes must start with that format's signature, and the size is limited to
/// <see cref="MaxBytes"/>.
/// </summary>
public sealed class Photo : IEquatable<Photo>
{
    /// <summary>The largest photo accepted: 1 MiB.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        ["image/gif"] = [0x47, 0x49, 0x46, 0x38],
        ["image/bmp"] = [0x42, 0x4D],
    };

    private readonly byte[] _content;

    /// <summary>Creates a photo from a copy of the given bytes.</summary>
    /// <param name="content">The image bytes.</param>
    /// <param name="mediaType">The media type: <c>image/jpeg</c>, <c>image/png</c>, <c>image/gif</c> or <c>image/bmp</c>.</param>
    /// <exception cref="Validation.LeadKitValidationException">The media type is not supported, the bytes are not of that type, or the photo is empty or larger than <see cref="MaxBytes"/>.</exception>
    public Photo(ReadOnlySpan<byte> content, string mediaType)
    {
        _content = content.ToArray();
        MediaType = (mediaType ?? string.Empty).Trim().ToLowerInvariant();
        Preconditions.Validated(this, PhotoValidator.Instance, nameof(Photo));
    }

    /// <summary>Gets the supported media types.</summary>
    public static IReadOnlyCollection<string> SupportedMediaTypes => Signatures.Keys;

    /// <summary>Gets the image bytes (read-only).</summary>
    public ReadOnlyMemory<byte> Content => _content;

    /// <summary>Gets the size in bytes.</summary>
    public int Length => _content.Length;

    /// <summary>Gets the media type, lower case, e.g. <c>image/png</c>.</summary>
    public string MediaType { get; }

    internal bool HasSignatureOfMediaType =>
        Signatures.TryGetValue(MediaType, out var signature) && _content.AsSpan().StartsWith(signature);

    internal static bool IsSupported(string mediaType) => Signatures.ContainsKey(mediaType);

    /// <inheritdoc />
    public bool Equals(Photo? other) =>
        other is not null && MediaType == other.MediaType && _content.AsSpan().SequenceEqual(other._content);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Photo);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(MediaType);
        hash.AddBytes(_content);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"{MediaType}, {_content.Length} bytes";
}
