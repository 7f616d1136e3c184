using System.IO;
using System.Text.RegularExpressions;

namespace LeadKit.Docs.Tests;

/// <summary>How a C# block of the documentation is compiled, chosen by an HTML comment just above its fence.</summary>
public enum SnippetKind
{
    /// <summary>A program: statements (top-level, <c>await</c> allowed), then any types. The default.</summary>
    Program,

    /// <summary>Members of a class (<c>&lt;!-- snippet: members --&gt;</c>): methods, properties, fields.</summary>
    Members,
}

/// <summary>One fenced <c>csharp</c> block of a Markdown file of the repository.</summary>
/// <param name="File">The file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The line of the opening fence (1-based).</param>
/// <param name="Code">The block's text.</param>
/// <param name="Kind">How it is compiled.</param>
public sealed record DocSnippet(string File, int Line, string Code, SnippetKind Kind)
{
    private static readonly Regex Fence = new(@"^(?<marker><!--\s*snippet:\s*(?<kind>[a-z-]+)\s*-->\r?\n)?```csharp\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>The block's place, as <c>docs/file.md:line</c>.</summary>
    public string Id => $"{File}:{Line}";

    /// <summary>The repository root: the nearest folder above the test assembly that holds <c>LeadKit.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Every Markdown file the project publishes: the README, <c>docs/</c>, and each package's and sample's README.</summary>
    public static IEnumerable<string> MarkdownFiles() =>
        new[] { Path.Combine(RepositoryRoot, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs"), "*.md"))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "README.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "samples"), "README.md", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>Every C# block of <see cref="MarkdownFiles"/>.</summary>
    public static IReadOnlyList<DocSnippet> All() => [.. MarkdownFiles().SelectMany(Read)];

    /// <summary>The C# blocks of one Markdown file.</summary>
    public static IEnumerable<DocSnippet> Read(string path)
    {
        var text = System.IO.File.ReadAllText(path);
        var relative = Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');
        foreach (Match match in Fence.Matches(text))
        {
            var fence = match.Index + match.Groups["marker"].Length;
            var line = 1 + text.AsSpan(0, fence).Count('\n');
            var kind = match.Groups["kind"].Value switch
            {
                "" => SnippetKind.Program,
                "members" => SnippetKind.Members,
                var other => throw new InvalidDataException($"{relative}:{line}: unknown snippet kind '{other}' (known: members)."),
            };
            yield return new DocSnippet(relative, line, match.Groups["code"].Value, kind);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "LeadKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No LeadKit.sln above {AppContext.BaseDirectory}.");
    }
}
