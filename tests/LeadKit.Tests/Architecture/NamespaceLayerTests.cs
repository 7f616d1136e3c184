using System.IO;
using System.Text.RegularExpressions;

namespace LeadKit.Tests.Architecture;

/// <summary>
/// The core's namespaces form layers without cycles (docs/architecture.md, "Layers"): a namespace
/// uses its own layer and the layers below, never one above, and the operation kinds
/// (assignment, bulk edit, conversion) use the shared <c>LeadKit.Operations</c>, never each other.
/// Read from the source: <c>using</c> directives and namespace-qualified names in code (comments
/// are left out).
/// </summary>
public sealed partial class NamespaceLayerTests
{
    /// <summary>Lowest first. Namespaces on one line form one layer.</summary>
    private static readonly string[][] Layers =
    [
        ["LeadKit", "LeadKit.Utility", "LeadKit.Validation"],
        ["LeadKit.Leads", "LeadKit.Contacts", "LeadKit.CustomFields", "LeadKit.History"],
        ["LeadKit.Querying", "LeadKit.Scoring", "LeadKit.Import.Duplicates"],
        ["LeadKit.Serialization", "LeadKit.Reports", "LeadKit.AssignmentRules"],
        ["LeadKit.Storage", "LeadKit.Storage.InMemory"],
        ["LeadKit.Reporting"],
        ["LeadKit.Operations"],
        ["LeadKit.Assignment", "LeadKit.BulkEdit", "LeadKit.Conversion", "LeadKit.Merging"],
        ["LeadKit.Import"],
        ["LeadKit.Export"],
    ];

    /// <summary>
    /// Known upward uses, each with its reason. Records carry their scoring state, whose types
    /// (<c>ScoreType</c>, <c>CriterionId</c>, <c>StoredScore</c>, <c>IScorableRecord</c>) live in
    /// <c>LeadKit.Scoring</c>. Records give their field values to filters as <c>IRecordFields</c>
    /// (<c>LeadKit.Querying</c>), the accessor a host implements on its own type too; history items
    /// are the <c>IHistoryEntry</c>s (<c>LeadKit.Scoring</c>) history conditions read, as a host's own
    /// entries are. The conversion lists the fields it copied through the bulk-edit field catalogue
    /// until that catalogue and the filter's <c>RecordField</c> become one.
    /// </summary>
    private static readonly HashSet<(string From, string To)> Allowed =
    [
        ("LeadKit.Leads", "LeadKit.Scoring"),
        ("LeadKit.Leads", "LeadKit.Querying"),
        ("LeadKit.History", "LeadKit.Scoring"),
        ("LeadKit.Conversion", "LeadKit.BulkEdit"),
    ];

    [Fact]
    public void CoreNamespaces_UseOnlyTheirLayerAndTheLayersBelow()
    {
        var layerOf = Layers.SelectMany((names, i) => names.Select(n => (n, i))).ToDictionary(p => p.n, p => p.i);
        var violations = new List<string>();
        foreach (var (file, from, uses) in Dependencies())
        {
            Assert.True(layerOf.ContainsKey(from), $"{file}: namespace {from} has no layer; add it to {nameof(Layers)} and docs/architecture.md.");
            foreach (var to in uses.Where(layerOf.ContainsKey))
            {
                var upward = layerOf[to] > layerOf[from];
                var sideways = layerOf[to] == layerOf[from] && layerOf[from] == Layers.Length - 1 && to != from;
                if ((upward || sideways) && !Allowed.Contains((from, to)))
                {
                    violations.Add($"{file}: {from} uses {to}");
                }
            }
        }

        Assert.True(violations.Count == 0, "Layer violations:\n" + string.Join("\n", violations.Distinct()));
    }

    [Fact]
    public void Scan_FindsTheNamespacesOfTheCore()
    {
        var found = Dependencies().Select(d => d.Namespace).ToHashSet();

        Assert.Superset(new HashSet<string> { "LeadKit.Leads", "LeadKit.Scoring", "LeadKit.Storage", "LeadKit.Operations", "LeadKit.BulkEdit" }, found);
        Assert.Contains(Dependencies(), d => d.Namespace == "LeadKit.Operations" && d.Uses.Contains("LeadKit.Storage"));
    }

    private static IEnumerable<(string File, string Namespace, HashSet<string> Uses)> Dependencies()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "LeadKit");
        var names = Layers.SelectMany(l => l).Where(n => n != "LeadKit").ToArray();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var code = string.Join('\n', File.ReadLines(file).Select(StripComment));
            var ns = NamespaceLine().Match(code) is { Success: true } m ? m.Groups[1].Value : "LeadKit";
            var uses = new HashSet<string>(UsingLine().Matches(code).Select(u => u.Groups[1].Value));
            // A nested namespace's own name is not a use of its parent, nor is a using directive of a
            // nested namespace (LeadKit.Import.Duplicates is not LeadKit.Import): the using lines are
            // read above, and qualified names are matched longest namespace first, each match removed.
            var body = UsingLine().Replace(NamespaceLine().Replace(code, string.Empty), string.Empty);
            foreach (var name in names.OrderByDescending(n => n.Length))
            {
                var qualified = new Regex($@"(?<![\w.])(?:LeadKit\.)?{Regex.Escape(name["LeadKit.".Length..])}\.(?=[A-Z])");
                if (qualified.IsMatch(body))
                {
                    uses.Add(name);
                    body = qualified.Replace(body, string.Empty);
                }
            }

            uses.Remove(ns);
            yield return (Path.GetRelativePath(root, file), ns, uses);
        }
    }

    private static string StripComment(string line)
    {
        var index = line.IndexOf("//", StringComparison.Ordinal);
        return index < 0 ? line : line[..index];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeadKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LeadKit.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using (LeadKit(?:\.\w+)*);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
