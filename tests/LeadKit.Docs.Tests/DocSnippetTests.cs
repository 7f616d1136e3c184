namespace LeadKit.Docs.Tests;

/// <summary>Every C# block of the README, <c>docs/</c> and the package and sample READMEs compiles.</summary>
public sealed class DocSnippetTests
{
    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var snippet in DocSnippet.All())
        {
            data.Add(snippet.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_Compiles(string id)
    {
        var snippet = DocSnippet.All().Single(s => s.Id == id);

        var errors = SnippetCompiler.Errors(snippet);

        Assert.True(errors.Count == 0, $"{id} does not compile:\n{string.Join('\n', errors)}\n\n{snippet.Code}");
    }

    [Fact]
    public void Docs_HaveSnippets()
    {
        var snippets = DocSnippet.All();

        Assert.Contains(snippets, s => s.File == "README.md");
        Assert.Contains(snippets, s => s.File.StartsWith("docs/", StringComparison.Ordinal));
        Assert.Contains(snippets, s => s.File.StartsWith("src/", StringComparison.Ordinal));
    }

    [Fact]
    public void SnippetCompiler_ReportsAnErrorWithTheMarkdownLine()
    {
        var snippet = new DocSnippet("docs/example.md", 10, "var lead = Lead.Create(PersonName.Parse(\"Ann Lee\"), clock);\nlead.NoSuchMethod();\n", SnippetKind.Program);

        var errors = SnippetCompiler.Errors(snippet);

        var error = Assert.Single(errors);
        Assert.StartsWith("docs/example.md:12: CS1061", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SnippetCompiler_UnknownName_IsAnError()
    {
        var snippet = new DocSnippet("docs/example.md", 1, "Console.WriteLine(somethingNobodyDeclared);\n", SnippetKind.Program);

        var errors = SnippetCompiler.Errors(snippet);

        Assert.Contains(errors, e => e.Contains("CS0103", StringComparison.Ordinal));
    }

    [Fact]
    public void SnippetCompiler_Members_CompileInsideAClass()
    {
        var snippet = new DocSnippet("docs/example.md", 1, "public static int Twice(int x) => x * 2;\n", SnippetKind.Members);

        Assert.Empty(SnippetCompiler.Errors(snippet));
    }
}
