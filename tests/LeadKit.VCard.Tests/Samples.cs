using System.IO;
using System.Text;

namespace LeadKit.VCard.Tests;

/// <summary>
/// The shared real-world sample cards, read in place (never copied into the repository): the folder
/// <c>shared/data/samples/vcard</c> next to the checkout (or next to one of its parent folders, for a
/// worktree), or the folder named by <c>LEADKIT_VCARD_SAMPLES</c>.
/// </summary>
internal static class Samples
{
    internal const string Variable = "LEADKIT_VCARD_SAMPLES";

    private static readonly Lazy<string> Folder = new(Locate);

    internal static string Directory => Folder.Value;

    internal static IEnumerable<string> All() => System.IO.Directory.EnumerateFiles(Directory, "*.vcf").Order(StringComparer.Ordinal);

    internal static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    internal static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    internal static async Task<List<VCard>> ReadAsync(string fileName, VCardReaderOptions? options = null)
    {
        await using var stream = File.OpenRead(PathOf(fileName));
        var cards = new List<VCard>();
        await foreach (var card in VCardReader.ReadAsync(stream, options))
        {
            cards.Add(card);
        }

        return cards;
    }

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadKit.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException($"No LeadKit.sln above {AppContext.BaseDirectory}; set {Variable} to the sample folder.");
        }

        for (var root = dir; root is not null; root = root.Parent)
        {
            var candidate = Path.Combine(root.FullName, "..", "shared", "data", "samples", "vcard");
            if (System.IO.Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new InvalidOperationException($"The vCard samples (../shared/data/samples/vcard from {dir.FullName} or a parent) are not there; set {Variable} to their folder.");
    }
}

/// <summary>Reading and writing text through streams, for the tests.</summary>
internal static class Io
{
    internal static async Task<List<VCard>> ReadAsync(byte[] bytes, VCardReaderOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        var cards = new List<VCard>();
        await foreach (var card in VCardReader.ReadAsync(stream, options))
        {
            cards.Add(card);
        }

        return cards;
    }

    internal static Task<List<VCard>> ReadAsync(string text, Encoding? encoding = null, VCardReaderOptions? options = null) =>
        ReadAsync((encoding ?? new UTF8Encoding(false)).GetBytes(text), options);

    internal static async Task<byte[]> WriteAsync(IEnumerable<VCard> cards, VCardVersion version)
    {
        using var stream = new MemoryStream();
        await VCardWriter.WriteAsync(stream, cards.ToAsyncEnumerable(), version);
        return stream.ToArray();
    }
}
