using System;
using System.IO;

namespace LeadKit.Excel.Internal;

/// <summary>
/// A read-only view of an inflated workbook part that refuses a run of more than a set number of
/// bytes without a <c>&lt;</c>. Every text node and attribute value of an XML part ends at the next
/// <c>&lt;</c>, so behind this stream an XML reader never builds a string longer than the limit:
/// a sheet holding one gigabyte-long cell is refused before anything allocates it.
/// </summary>
internal sealed class RunLimitStream(Stream inner, long maxRun, string partName) : Stream
{
    private long _run;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Reads the whole part, checking it, and throws <see cref="RunTooLongException"/> at the first run over the limit.</summary>
    public static void Check(Stream part, long maxRun, string partName)
    {
        using var checking = new RunLimitStream(part, maxRun, partName);
        var buffer = new byte[64 * 1024];
        while (checking.Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Scan(buffer[..n]);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Scan(ReadOnlySpan<byte> chunk)
    {
        while (!chunk.IsEmpty)
        {
            var next = chunk.IndexOf((byte)'<');
            if (next < 0)
            {
                _run += chunk.Length;
                Verify();
                return;
            }

            _run += next;
            Verify();
            _run = 0;
            chunk = chunk[(next + 1)..];
        }
    }

    private void Verify()
    {
        if (_run > maxRun)
        {
            throw new RunTooLongException(partName, maxRun);
        }
    }
}

/// <summary>Thrown by <see cref="RunLimitStream"/>: a part holds a text or an attribute longer than the limit.</summary>
internal sealed class RunTooLongException(string partName, long maxRun)
    : IOException($"{partName} holds more than {maxRun} bytes of text without markup.")
{
    /// <summary>Gets the part's name in the zip file.</summary>
    public string PartName { get; } = partName;
}
