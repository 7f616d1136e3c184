using System;
using System.IO;
using System.Threading;

namespace LeadKit.Excel.Internal;

/// <summary>
/// Finds the last column any cell of a sheet part is in, from the bytes of its <c>&lt;c&gt;</c> start
/// tags (their <c>r</c> attribute, or their place in the row when they have none), several times
/// faster than an XML reader. It may over-count (a tag inside a comment), never under-count: every
/// cell of the part has such a start tag, whatever its namespace prefix. Styled empty cells count,
/// as they do for MiniExcel.
/// </summary>
internal static class CellTagScanner
{
    /// <summary>Reads the whole part and returns the last cell column (A = 1), or 0 when it has no cell.</summary>
    /// <param name="part">The inflated part; read to its end, not disposed.</param>
    /// <param name="cancellationToken">Checked after each block read.</param>
    public static int LastColumn(Stream part, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        int start = 0, end = 0, column = 0, last = 0;
        var eof = false;
        while (!eof)
        {
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                // One tag longer than the buffer (its length is bounded by the run limit of the stream).
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = part.Read(buffer, end, buffer.Length - end);
            eof = read == 0;
            end += read;
            cancellationToken.ThrowIfCancellationRequested();
            start = Scan(buffer.AsSpan(0, end), eof, ref column, ref last);
        }

        return last;
    }

    /// <summary>Scans the tags in <paramref name="data"/>; returns where an unfinished tag starts (to be read again with more bytes), or the end.</summary>
    private static int Scan(ReadOnlySpan<byte> data, bool eof, ref int column, ref int last)
    {
        var pos = 0;
        while (true)
        {
            var lt = data[pos..].IndexOf((byte)'<');
            if (lt < 0)
            {
                return data.Length;
            }

            var tag = pos + lt;
            var nameEnd = tag + 1;
            while (nameEnd < data.Length && !IsNameEnd(data[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == data.Length)
            {
                return eof ? data.Length : tag;
            }

            var name = data[(tag + 1)..nameEnd];
            var colon = name.LastIndexOf((byte)':');
            var local = name[(colon + 1)..];
            var isCell = local.Length == 1 && local[0] == (byte)'c';
            var isRow = local.SequenceEqual("row"u8);
            if ((!isCell && !isRow) || name[0] is (byte)'/' or (byte)'!' or (byte)'?')
            {
                pos = tag + 1;
                continue;
            }

            var tagEnd = TagEnd(data, nameEnd);
            if (tagEnd < 0)
            {
                return eof ? data.Length : tag;
            }

            if (isRow)
            {
                column = 0;
            }
            else
            {
                var reference = Attribute(data[nameEnd..tagEnd], "r"u8);
                var letters = 0;
                while (letters < reference.Length && letters < 4 && reference[letters] is >= (byte)'A' and <= (byte)'Z')
                {
                    letters++;
                }

                var number = 0;
                for (var i = 0; i < letters; i++)
                {
                    number = (number * 26) + (reference[i] - 'A' + 1);
                }

                column = number > 0 ? number : column + 1;
                last = Math.Max(last, column);
            }

            pos = tagEnd + 1;
        }
    }

    private static bool IsNameEnd(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/';

    /// <summary>The index of the <c>&gt;</c> closing the tag whose attributes start at <paramref name="from"/>, quotes respected; -1 when not in <paramref name="data"/>.</summary>
    private static int TagEnd(ReadOnlySpan<byte> data, int from)
    {
        byte quote = 0;
        for (var i = from; i < data.Length; i++)
        {
            var b = data[i];
            if (quote != 0)
            {
                if (b == quote)
                {
                    quote = 0;
                }
            }
            else if (b is (byte)'"' or (byte)'\'')
            {
                quote = b;
            }
            else if (b == (byte)'>')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The value of an unprefixed attribute in a tag's attribute text, or empty.</summary>
    private static ReadOnlySpan<byte> Attribute(ReadOnlySpan<byte> attributes, ReadOnlySpan<byte> wanted)
    {
        var i = 0;
        while (i < attributes.Length)
        {
            while (i < attributes.Length && attributes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/')
            {
                i++;
            }

            var nameStart = i;
            while (i < attributes.Length && attributes[i] is not ((byte)'=' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                i++;
            }

            var name = attributes[nameStart..i];
            while (i < attributes.Length && attributes[i] is not ((byte)'"' or (byte)'\''))
            {
                i++;
            }

            if (i >= attributes.Length)
            {
                return default;
            }

            var quote = attributes[i++];
            var valueStart = i;
            while (i < attributes.Length && attributes[i] != quote)
            {
                i++;
            }

            if (name.SequenceEqual(wanted))
            {
                return attributes[valueStart..Math.Min(i, attributes.Length)];
            }

            i++;
        }

        return default;
    }
}
