using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LeadKit.Docs.Tests;

/// <summary>
/// Compiles a <see cref="DocSnippet"/> with Roslyn against the LeadKit packages, the .NET and ASP.NET Core
/// frameworks and the test libraries the docs mention. A block is shown to readers as they would write it,
/// so the compiler supplies what the page's prose already introduced: every public LeadKit namespace and the
/// usual framework ones are imported, and a name the block uses without declaring it — <c>context</c>,
/// <c>store</c>, <c>lead</c>, … — is declared from <see cref="SnippetContext.Names"/>. A name that is not
/// known there is an error, like any other.
/// </summary>
internal static class SnippetCompiler
{
    private const string UndeclaredName = "CS0103";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    private static readonly Lazy<SyntaxTree> GlobalUsings = new(() => CSharpSyntaxTree.ParseText(
        string.Concat(Namespaces().Select(n => $"global using {n};\n")) + "global using static DocsContext.Given;\n", ParseOptions, path: "GlobalUsings.g.cs"));

    private static readonly Lazy<SyntaxTree> ContextTypes = new(() => CSharpSyntaxTree.ParseText(
        SnippetContext.Types, ParseOptions, path: "SnippetContext.g.cs"));

    /// <summary>The compiler's errors for <paramref name="snippet"/>, with the Markdown file and line they point at.</summary>
    public static IReadOnlyList<string> Errors(DocSnippet snippet)
    {
        var declared = new List<string>();
        while (true)
        {
            var tree = CSharpSyntaxTree.ParseText(Source(snippet, declared), ParseOptions, path: snippet.File, encoding: Encoding.UTF8);
            var program = snippet.Kind == SnippetKind.Program && tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
            var compilation = CSharpCompilation.Create(
                "LeadKit.Docs.Snippets",
                [tree, GlobalUsings.Value, ContextTypes.Value],
                References.Value,
                new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var missing = errors.Where(d => d.Id == UndeclaredName)
                .Select(d => d.Location.SourceTree is { } t ? t.GetText().ToString(d.Location.SourceSpan) : string.Empty)
                .Where(n => SnippetContext.Names.ContainsKey(n) && !declared.Contains(n))
                .Distinct()
                .ToList();
            if (missing.Count == 0)
            {
                return [.. errors.Select(Describe)];
            }

            declared.AddRange(missing);
        }
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}: {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The block's text with the declarations of <paramref name="declared"/> before its statements (or among
    /// its members), and <c>#line</c> directives so that errors name the Markdown file and line.
    /// </summary>
    private static string Source(DocSnippet snippet, List<string> declared)
    {
        var firstLine = snippet.Line + 1;
        var builder = new StringBuilder();
        if (snippet.Kind == SnippetKind.Members)
        {
            builder.Append("public sealed partial class DocSnippetMembers\n{\n#line hidden\n");
            foreach (var name in declared)
            {
                builder.Append("    private static ").Append(SnippetContext.Names[name]).Append(' ').Append(name).Append(" = default!;\n");
            }

            builder.Append(CultureInfo.InvariantCulture, $"#line {firstLine} \"{snippet.File}\"\n").Append(snippet.Code).Append("\n#line hidden\n}\n");
            return builder.ToString();
        }

        // Using directives stay first; the declarations go between them and the block's statements.
        var root = CSharpSyntaxTree.ParseText(snippet.Code, ParseOptions).GetCompilationUnitRoot();
        var split = root.Usings.Count == 0 ? 0 : root.Usings.Last().FullSpan.End;
        var head = snippet.Code[..split];
        builder.Append(CultureInfo.InvariantCulture, $"#line {firstLine} \"{snippet.File}\"\n").Append(head);
        if (declared.Count > 0)
        {
            builder.Append("\n#line hidden\n");
            foreach (var name in declared)
            {
                builder.Append(SnippetContext.Names[name]).Append(' ').Append(name).Append(" = default!;\n");
            }
        }

        builder.Append(CultureInfo.InvariantCulture, $"\n#line {firstLine + head.Count(c => c == '\n')} \"{snippet.File}\"\n").Append(snippet.Code[split..]);
        return builder.ToString();
    }

    /// <summary>Every public LeadKit namespace, and the framework and test namespaces the docs use without naming.</summary>
    private static IEnumerable<string> Namespaces()
    {
        string[] framework =
        [
            "System", "System.Collections.Generic", "System.Globalization", "System.IO", "System.Linq", "System.Net.Http",
            "System.Text", "System.Text.Json", "System.Threading", "System.Threading.Tasks",
            "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Http", "Microsoft.Extensions.Configuration",
            "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting",
            "System.Runtime.CompilerServices", "NodaTime", "FsCheck", "FsCheck.Fluent", "FsCheck.Xunit", "Xunit", "DocsContext",
            "LeadKit.Samples.Embedding", "LeadKit.Samples.Embedding.Tests",
        ];
        var leadKit = LeadKitAssemblies()
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("LeadKit", StringComparison.Ordinal));
        return framework.Concat(leadKit).Distinct().Order(StringComparer.Ordinal);
    }

    /// <summary>The packages (the samples and test projects the pages use are imported by name above).</summary>
    private static IEnumerable<Assembly> LeadKitAssemblies() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "LeadKit*.dll")
            .Where(f => !Path.GetFileNameWithoutExtension(f).Contains(".Tests", StringComparison.Ordinal)
                        && !Path.GetFileNameWithoutExtension(f).Contains(".Samples.", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f));

    /// <summary>The assemblies the test itself runs with (the trusted platform list), and those beside it.</summary>
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var beside = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return [.. trusted.Concat(beside)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Where(IsManaged)
            .Select(f => MetadataReference.CreateFromFile(f))];
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
