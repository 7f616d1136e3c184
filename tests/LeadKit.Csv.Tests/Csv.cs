using System.IO;
using System.Text;

namespace LeadKit.Csv.Tests;

/// <summary>Helpers: read bytes or text as a table, write a table, find the shared samples.</summary>
internal static class Csv
{
    /// <summary>A table as read: the reader's findings, the header and the rows.</summary>
    internal sealed record Table(Encoding Encoding, char Delimiter, CsvHeader Header, IReadOnlyList<CsvProblem> HeaderProblems, IReadOnlyList<CsvRow> Rows);

    internal static async Task<Table> ReadAsync(Stream stream, CsvReadOptions? options = null)
    {
        await using var reader = await CsvTableReader.OpenAsync(stream, options);
        var rows = new List<CsvRow>();
        await foreach (var row in reader.ReadRowsAsync())
        {
            rows.Add(row);
        }

        return new Table(reader.Encoding, reader.Delimiter, reader.Header, reader.HeaderProblems, rows);
    }

    internal static Task<Table> ReadAsync(byte[] bytes, CsvReadOptions? options = null, bool seekable = true) =>
        ReadAsync(seekable ? new MemoryStream(bytes) : new OneWayStream(bytes), options);

    internal static Task<Table> ReadTextAsync(string text, CsvReadOptions? options = null) => ReadAsync(Encoding.UTF8.GetBytes(text), options);

    internal static Table Read(byte[] bytes, CsvReadOptions? options = null, bool seekable = true) =>
        ReadAsync(bytes, options, seekable).GetAwaiter().GetResult();

    internal static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CsvWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvTableWriter.Create(stream, header, options))
        {
            foreach (var row in rows)
            {
                writer.WriteRowAsync(row).GetAwaiter().GetResult();
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The folder of the shared sample files: shared/data/samples/csv beside the folder holding
    /// LeadKit.sln (../shared), or beside one of its parents (a git worktree lives a level deeper).
    /// </summary>
    internal static string SamplesFolder
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "LeadKit.sln")))
            {
                root = root.Parent;
            }

            for (var dir = root?.Parent; dir is not null; dir = dir.Parent)
            {
                var samples = Path.Combine(dir.FullName, "shared", "data", "samples", "csv");
                if (Directory.Exists(samples))
                {
                    return samples;
                }
            }

            throw new DirectoryNotFoundException("No shared/data/samples/csv beside the folder of LeadKit.sln or its parents, from " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A stream that can only be read forward, as a network or pipe stream.</summary>
    internal sealed class OneWayStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
