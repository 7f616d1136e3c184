using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.VCard.Syntax;

namespace LeadKit.VCard;

/// <summary>
/// Reads vCards 2.1, 3.0 and 4.0 as real exports write them, one card at a time. The rules (folding,
/// quoted-printable soft breaks, charsets, UTF-16, 2.1 bare parameters, RFC 6868, base64 and
/// <c>data:</c> photos, junk lines) and the limits are in <c>docs/vcard.md</c>.
/// </summary>
public static class VCardReader
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Reads the cards of a stream as they come (several cards per file, any version mixed).</summary>
    /// <param name="stream">The stream: UTF-8, 8-bit with CHARSET parameters, or UTF-16 (with or without a byte-order mark); read to its end, not closed.</param>
    /// <param name="options">Limits and fallbacks; <see cref="VCardReaderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The cards, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is not positive.</exception>
    /// <exception cref="VCardFormatException">(While enumerating.) The stream is not a vCard file, or breaks a limit.</exception>
    public static IAsyncEnumerable<VCard> ReadAsync(Stream stream, VCardReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= VCardReaderOptions.Default;
        options.Check();
        return ReadCoreAsync(stream, options, cancellationToken);
    }

    /// <summary>Reads every card of a text (already decoded: CHARSET parameters apply only to quoted-printable values).</summary>
    /// <param name="text">The text of a .vcf file.</param>
    /// <param name="options">Limits and fallbacks; <see cref="VCardReaderOptions.Default"/> when null.</param>
    /// <returns>The cards, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="VCardFormatException">The text is not a vCard file, or breaks a limit.</exception>
    public static IReadOnlyList<VCard> Parse(string text, VCardReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= VCardReaderOptions.Default;
        options.Check();
        var bytes = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);
        var cards = new List<VCard>();
        var assembler = new CardAssembler(options, transcoded: true);
        var splitter = new LineSplitter(options.MaxLineLength);
        var lines = new List<RawLine>();
        splitter.Feed(bytes, lines);
        splitter.Complete(lines);
        foreach (var line in lines)
        {
            if (assembler.Add(line) is { } card)
            {
                cards.Add(card);
            }
        }

        if (assembler.Complete(lines.Count) is { } last)
        {
            cards.Add(last);
        }

        return cards;
    }

    private static async IAsyncEnumerable<VCard> ReadCoreAsync(Stream stream, VCardReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var count = await FillAsync(stream, buffer, 4, cancellationToken).ConfigureAwait(false);
            var (utf16, skip) = DetectEncoding(buffer.AsSpan(0, count));
            var decoder = utf16?.GetDecoder();
            var encoder = utf16 is null ? null : Encoding.UTF8.GetEncoder();
            var chars = utf16 is null ? Array.Empty<char>() : new char[ChunkSize];
            var transcodedBytes = utf16 is null ? Array.Empty<byte>() : new byte[Encoding.UTF8.GetMaxByteCount(ChunkSize) + 8];
            var splitter = new LineSplitter(options.MaxLineLength);
            // A UTF-8 byte-order mark, like UTF-16, says what the text is: CHARSET no longer decides raw values.
            var assembler = new CardAssembler(options, transcoded: utf16 is not null || skip == 3);
            var lines = new List<RawLine>();
            var lastLine = 0;
            var offset = skip;
            while (true)
            {
                var done = count == 0;
                var chunk = buffer.AsSpan(offset, count - offset);
                if (decoder is not null && encoder is not null)
                {
                    var charCount = decoder.GetChars(chunk, chars, flush: done);
                    var byteCount = encoder.GetBytes(chars.AsSpan(0, charCount), transcodedBytes, flush: done);
                    chunk = transcodedBytes.AsSpan(0, byteCount);
                }

                splitter.Feed(chunk, lines);
                if (done)
                {
                    splitter.Complete(lines);
                }

                foreach (var line in lines)
                {
                    lastLine = line.Number;
                    if (assembler.Add(line) is { } card)
                    {
                        yield return card;
                    }
                }

                lines.Clear();
                if (done)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                offset = 0;
                count = await stream.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false);
            }

            if (assembler.Complete(lastLine) is { } last)
            {
                yield return last;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads until at least <paramref name="minimum"/> bytes are in the buffer or the stream ends.</summary>
    private static async ValueTask<int> FillAsync(Stream stream, byte[] buffer, int minimum, CancellationToken cancellationToken)
    {
        var count = 0;
        while (count < minimum)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(count, ChunkSize - count), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            count += read;
        }

        return count;
    }

    /// <summary>UTF-16 by its byte-order mark or, without one, by the zero bytes of ASCII text ("B\0E\0…"); a UTF-8 mark is skipped.</summary>
    private static (Encoding? Utf16, int Skip) DetectEncoding(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (null, 3);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        if (start.Length >= 4 && start[0] == 0 && start[1] != 0 && start[2] == 0 && start[3] != 0)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 0);
        }

        if (start.Length >= 4 && start[0] != 0 && start[1] == 0 && start[2] != 0 && start[3] == 0)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 0);
        }

        return (null, 0);
    }
}
