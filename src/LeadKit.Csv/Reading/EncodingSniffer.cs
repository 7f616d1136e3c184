using System;
using System.IO;
using System.Text;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;

namespace LeadKit.Csv.Reading;

/// <summary>Works out a file's encoding from its byte order mark or, without one, whether its bytes are valid UTF-8.</summary>
internal static class EncodingSniffer
{
    /// <summary>What the byte order mark says, or <see langword="null"/> when there is none.</summary>
    internal static Encoding? FromByteOrderMark(ReadOnlySpan<byte> start) => start switch
    {
        [0xEF, 0xBB, 0xBF, ..] => CsvEncodings.Utf8WithBom,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <summary>Whether the bytes are valid UTF-8; an incomplete sequence at the end counts as valid unless <paramref name="isFinal"/>.</summary>
    internal static bool IsValidUtf8(ReadOnlySpan<byte> bytes, bool isFinal)
    {
        var cut = isFinal ? bytes.Length : bytes.Length - IncompleteTail(bytes);
        return Utf8.IsValid(bytes[..cut]);
    }

    /// <summary>Checks a seekable stream from its position to its end, then puts the position back.</summary>
    internal static async Task<bool> IsValidUtf8Async(Stream stream, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var buffer = new byte[1 << 20];
        var carry = 0;
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(carry), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return carry == 0;
                }

                var total = carry + read;
                var tail = IncompleteTail(buffer.AsSpan(0, total));
                if (!Utf8.IsValid(buffer.AsSpan(0, total - tail)))
                {
                    return false;
                }

                buffer.AsSpan(total - tail, tail).CopyTo(buffer);
                carry = tail;
            }
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>The length of a multi-byte sequence cut off at the end of <paramref name="bytes"/> (0 when the end is complete).</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.Length - 1;
        var continuation = 0;
        while (i >= 0 && continuation < 3 && (bytes[i] & 0xC0) == 0x80)
        {
            i--;
            continuation++;
        }

        if (i < 0 || bytes[i] < 0xC0)
        {
            return 0;
        }

        var length = bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : 2;
        return bytes.Length - i < length ? bytes.Length - i : 0;
    }
}
