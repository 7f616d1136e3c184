using System;
using System.Text;

namespace LeadKit.VCard;

/// <summary>
/// Limits and fallbacks of <see cref="VCardReader"/>. The defaults read every real export we know
/// of while refusing streams that would exhaust memory; a limit that is hit raises a
/// <see cref="VCardFormatException"/> naming the option to raise.
/// </summary>
public sealed record VCardReaderOptions
{
    /// <summary>Gets the default options.</summary>
    public static VCardReaderOptions Default { get; } = new();

    /// <summary>Gets the longest physical line accepted, in bytes (default 8 MiB: a photo written on one line).</summary>
    public int MaxLineLength { get; init; } = 8 * 1024 * 1024;

    /// <summary>Gets the largest card accepted, in bytes from <c>BEGIN:VCARD</c> to <c>END:VCARD</c> (default 16 MiB).</summary>
    public int MaxCardSize { get; init; } = 16 * 1024 * 1024;

    /// <summary>Gets the most cards one stream may hold (default 1 000 000).</summary>
    public int MaxCards { get; init; } = 1_000_000;

    /// <summary>
    /// Gets the largest inline binary value (a photo, logo, sound or key, base64 or a <c>data:</c> URI)
    /// accepted, in decoded bytes (default 4 MiB; a lead's photo is at most 1 MiB, so a larger one
    /// is read and then reported by the mapping rather than stopping the whole stream).
    /// </summary>
    public int MaxBinaryValueBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>
    /// Gets the encoding of 8-bit text that names no <c>CHARSET</c> and is not valid UTF-8
    /// (default windows-1252, which Outlook and most Windows exports use).
    /// </summary>
    public Encoding? FallbackEncoding { get; init; }

    internal void Check()
    {
        Positive(MaxLineLength, nameof(MaxLineLength));
        Positive(MaxCardSize, nameof(MaxCardSize));
        Positive(MaxCards, nameof(MaxCards));
        Positive(MaxBinaryValueBytes, nameof(MaxBinaryValueBytes));

        static void Positive(int value, string name)
        {
            if (value <= 0)
            {
                throw new ArgumentOutOfRangeException(name, value, $"VCardReaderOptions.{name} must be positive.");
            }
        }
    }
}
