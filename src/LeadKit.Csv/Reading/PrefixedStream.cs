using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace LeadKit.Csv.Reading;

/// <summary>
/// A read-only stream that returns the bytes already taken from the source for detection, then
/// the rest of the source, and refuses to read past the file size limit.
/// </summary>
internal sealed class PrefixedStream : Stream
{
    private readonly byte[] _prefix;
    private readonly int _prefixLength;
    private readonly Stream _source;
    private readonly long _maxBytes;
    private int _prefixPosition;
    private long _total;

    internal PrefixedStream(byte[] prefix, int prefixLength, Stream source, long maxBytes)
    {
        _prefix = prefix;
        _prefixLength = prefixLength;
        _source = source;
        _maxBytes = maxBytes;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _total;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (TakePrefix(buffer) is var n and > 0)
        {
            return n;
        }

        return Count(_source.Read(buffer));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (TakePrefix(buffer.Span) is var n and > 0)
        {
            return n;
        }

        return Count(await _source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int TakePrefix(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, _prefixLength - _prefixPosition);
        if (n <= 0)
        {
            return 0;
        }

        _prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
        _prefixPosition += n;
        return Count(n);
    }

    private int Count(int read)
    {
        _total += read;
        if (_total > _maxBytes)
        {
            throw new FileTooLargeSignal();
        }

        return read;
    }
}

/// <summary>Raised inside the parser's read when the file passes the size limit; the reader turns it into a <see cref="CsvFormatException"/> naming the row.</summary>
internal sealed class FileTooLargeSignal : IOException
{
    public FileTooLargeSignal()
        : base("The file is larger than the size limit.")
    {
    }

    public FileTooLargeSignal(string message)
        : base(message)
    {
    }

    public FileTooLargeSignal(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
