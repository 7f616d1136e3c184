using System.IO;
using System.Text;
using System.Text.Json;
using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Commands;

/// <summary><c>import</c> and <c>export</c> in every file format the console offers: CSV layouts (detected or named), encodings, vCard, and their usage errors.</summary>
public sealed class FileFormatCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_SalesforceSample_RatingsNotOnTheList_RejectsThoseRowsNamingTheColumn_OnceAddedAllRowsImport()
    {
        await _cli.InitAsync();
        var file = Sample("csv", "salesforce_demo_leads.csv");

        var refused = (await _cli.OnDatabaseAsync("import", file, "--json")).Json();
        foreach (var rating in new[] { "Hot", "Warm", "Cold" })
        {
            Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("picklist", "add", "ratings", rating)).ExitCode);
        }

        var first = (await _cli.OnDatabaseAsync("import", file, "--json")).Json();
        var again = (await _cli.OnDatabaseAsync("import", file, "--json")).Json();

        var rejected = refused.GetProperty("rejected").EnumerateArray().ToList();
        Assert.NotEmpty(rejected);
        Assert.All(rejected, r => Assert.Equal("Rating", r.GetProperty("column").GetString()));
        Assert.Contains("not on the workspace's rating list", rejected[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(22, refused.GetProperty("imported").GetInt32() + rejected.Count);
        Assert.Equal(("salesforce", 22, 22 - refused.GetProperty("imported").GetInt32(), 0), (first.GetProperty("format").GetString(), first.GetProperty("rows").GetInt32(), first.GetProperty("imported").GetInt32(), first.GetProperty("rejected").GetArrayLength()));
        Assert.Contains(first.GetProperty("notImported").EnumerateArray(), lost => lost.GetProperty("column").GetString() == "Industry");
        Assert.Equal((22, 0, 22), (again.GetProperty("rows").GetInt32(), again.GetProperty("imported").GetInt32(), again.GetProperty("skipped").GetInt32()));
        Assert.Equal(22, await TotalAsync());
    }

    [Fact]
    public async Task Picklist_AddListRemove_AndItsUsageErrors()
    {
        await _cli.InitAsync();

        var added = (await _cli.OnDatabaseAsync("picklist", "add", "ratings", " Hot ", "--json")).Json();
        var twice = await _cli.OnDatabaseAsync("picklist", "add", "ratings", "hot");
        var removed = (await _cli.OnDatabaseAsync("picklist", "remove", "ratings", "HOT", "--json")).Json();
        var missing = await _cli.OnDatabaseAsync("picklist", "remove", "ratings", "Hot");
        var sources = await _cli.OnDatabaseAsync("picklist", "list", "sources");
        var badList = await _cli.OnDatabaseAsync("picklist", "list", "colours");

        Assert.Equal("ratings", added.GetProperty("list").GetString());
        Assert.Equal("Hot", added.GetProperty("items").EnumerateArray().Last().GetString());
        Assert.Equal(ExitCodes.DomainError, twice.ExitCode);
        Assert.Contains("already on the rating list", twice.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(removed.GetProperty("items").EnumerateArray(), e => e.GetString() == "Hot");
        Assert.Equal(ExitCodes.DomainError, missing.ExitCode);
        Assert.Equal(ExitCodes.Success, sources.ExitCode);
        Assert.Contains("Lead sources", sources.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, badList.ExitCode);
    }

    [Fact]
    public async Task Import_Csv_HumanOutput_SaysHowTheFileWasRead()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("import", Sample("csv", "outlook_email_columns_only.csv"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Read as outlook CSV (utf-8, comma-separated", result.Output, StringComparison.Ordinal);
        Assert.Equal(1, await TotalAsync());
    }

    [Fact]
    public async Task ExportLeadKitCsv_ThenImportIntoAnotherDatabase_ReproducesTheLeads()
    {
        await _cli.InitAsync();
        await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example", "--title", "Buyer", "--company", "Contoso");
        await _cli.AddLeadAsync("--name", "Bob Stone", "--phone", "Mobile:+1 206 555 0100");
        var file = _cli.PathOf("leads.csv");
        var before = await ShownAsync(_cli);

        var export = (await _cli.OnDatabaseAsync("export", file, "--json")).Json();
        using var other = new CliRun();
        await other.InitAsync();
        var import = (await other.OnDatabaseAsync("import", file, "--json")).Json();

        Assert.Equal(("leadkit", 2), (export.GetProperty("format").GetString(), export.GetProperty("rows").GetInt32()));
        Assert.Empty(export.GetProperty("unwritten").EnumerateObject());
        Assert.Equal(("leadkit", 2, 2), (import.GetProperty("format").GetString(), import.GetProperty("rows").GetInt32(), import.GetProperty("imported").GetInt32()));
        Assert.Equal(before, await ShownAsync(other));
    }

    [Fact]
    public async Task ExportOutlook_CountsWhatTheLayoutCannotHold_AndOutlookReadsItBack()
    {
        await _cli.InitAsync();
        await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example", "--company", "Contoso", "--rating", "Good");
        var file = _cli.PathOf("outlook.csv");

        var export = (await _cli.OnDatabaseAsync("export", file, "--format", "outlook", "--json")).Json();
        var human = await _cli.OnDatabaseAsync("export", file, "--format", "outlook");
        using var other = new CliRun();
        await other.InitAsync();
        var import = (await other.OnDatabaseAsync("import", file, "--json")).Json();

        Assert.Equal(("outlook", 1), (export.GetProperty("format").GetString(), export.GetProperty("rows").GetInt32()));
        Assert.Equal(1, export.GetProperty("unwritten").GetProperty("rating").GetInt32());
        Assert.Contains("not written", human.Output, StringComparison.Ordinal);
        Assert.Equal(("outlook", 1), (import.GetProperty("format").GetString(), import.GetProperty("imported").GetInt32()));
        var lead = (await other.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("items")[0];
        Assert.Contains("ann@contoso.example", lead.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Windows1252_NamedWithEncoding_KeepsTheAccents()
    {
        await _cli.InitAsync();
        var file = _cli.PathOf("legacy.csv");
        await File.WriteAllBytesAsync(file, Encoding.Latin1.GetBytes("First Name;Last Name;E-mail Address\r\nJosé;Müller;jose@example.com\r\n"));

        var json = (await _cli.OnDatabaseAsync("import", file, "--encoding", "windows-1252", "--json")).Json();

        Assert.Equal((1, ";"), (json.GetProperty("imported").GetInt32(), json.GetProperty("delimiter").GetString()));
        var listed = (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("items")[0].ToString();
        Assert.Contains("José", listed, StringComparison.Ordinal);
        Assert.Contains("Müller", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NamedLayout_OverridesDetection()
    {
        await _cli.InitAsync();
        var file = _cli.PathOf("plain.csv");
        await File.WriteAllTextAsync(file, "Full Name,Email\r\nAnn Lee,ann@contoso.example\r\n");

        var json = (await _cli.OnDatabaseAsync("import", file, "--format", "generic", "--json")).Json();

        Assert.Equal(("generic", 1), (json.GetProperty("format").GetString(), json.GetProperty("imported").GetInt32()));
    }

    [Fact]
    public async Task ExportVCard_ThenImport_ReproducesNamesAndAddresses_AndUndoRemovesThem()
    {
        await _cli.InitAsync();
        await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example", "--company", "Contoso");
        var file = _cli.PathOf("cards.vcf");

        var export = (await _cli.OnDatabaseAsync("export", file, "--json")).Json();
        using var other = new CliRun();
        await other.InitAsync();
        var import = (await other.OnDatabaseAsync("import", file, "--json")).Json();
        var listed = (await other.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("items")[0].ToString();
        var undo = await other.OnDatabaseAsync("bulk-edit", "undo", import.GetProperty("operation").GetString()!, "--json");

        Assert.Equal(("vcard", 1), (export.GetProperty("format").GetString(), export.GetProperty("rows").GetInt32()));
        Assert.StartsWith("BEGIN:VCARD", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Equal(("vcard", 1), (import.GetProperty("format").GetString(), import.GetProperty("imported").GetInt32()));
        Assert.Contains("ann@contoso.example", listed, StringComparison.Ordinal);
        Assert.Contains("Contoso", listed, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, undo.ExitCode);
        Assert.Equal(0, (await other.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ExportXlsx_ThenImportIntoAnotherDatabase_ReproducesTheLeads_AndUndoRemovesThem()
    {
        await _cli.InitAsync();
        await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example", "--title", "Buyer", "--company", "Contoso", "--rating", "Good");
        await _cli.AddLeadAsync("--name", "Bob Stone", "--phone", "Mobile:+1 206 555 0100");
        var file = _cli.PathOf("leads.xlsx");
        var before = await ShownAsync(_cli);

        var export = (await _cli.OnDatabaseAsync("export", file, "--json")).Json();
        using var other = new CliRun();
        await other.InitAsync();
        var import = (await other.OnDatabaseAsync("import", file, "--json")).Json();
        var shown = await ShownAsync(other);
        var undo = await other.OnDatabaseAsync("bulk-edit", "undo", import.GetProperty("operation").GetString()!, "--json");

        Assert.Equal(("xlsx", 2), (export.GetProperty("format").GetString(), export.GetProperty("rows").GetInt32()));
        Assert.Equal([0x50, 0x4B], (await File.ReadAllBytesAsync(file))[..2]);
        Assert.Equal(("xlsx", 2, 2), (import.GetProperty("format").GetString(), import.GetProperty("rows").GetInt32(), import.GetProperty("imported").GetInt32()));
        Assert.Equal(before, shown);
        Assert.Equal(ExitCodes.Success, undo.ExitCode);
        Assert.Equal(0, (await other.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("ezvcard_rfc6350-example.vcf")]
    [InlineData("ezvcard_outlook-2007.vcf")]
    [InlineData("ezvcard_John_Doe_IPHONE.vcf")]
    public async Task Import_VCardSamples_AccountForEveryCard(string sample)
    {
        await _cli.InitAsync();

        var json = (await _cli.OnDatabaseAsync("import", Sample("vcard", sample), "--duplicates", "import", "--json")).Json();

        var rows = json.GetProperty("rows").GetInt32();
        Assert.True(rows > 0);
        Assert.Equal(rows, json.GetProperty("imported").GetInt32() + json.GetProperty("merged").GetInt32() + json.GetProperty("skipped").GetInt32() + json.GetProperty("rejected").GetArrayLength());
        Assert.Equal(json.GetProperty("imported").GetInt32(), await TotalAsync());
    }

    [Theory]
    [InlineData("in.json", "--encoding", "utf-8")]
    [InlineData("in.csv", "--encoding", "klingon")]
    [InlineData("in.csv", "--format", "lotus")]
    [InlineData("in.dat")]
    public async Task Import_BadFormatOrEncoding_IsBadUsage(string name, params string[] args)
    {
        await _cli.InitAsync();
        var file = _cli.PathOf(name);
        await File.WriteAllTextAsync(file, "First Name\r\nAnn\r\n");

        var result = await _cli.OnDatabaseAsync(["import", file, .. args]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(0, await TotalAsync());
    }

    [Theory]
    [InlineData("out.csv", "--format", "salesforce")]
    [InlineData("out.dat")]
    public async Task Export_UnknownFormat_IsBadUsage_AndCreatesNoFile(string name, params string[] args)
    {
        await _cli.InitAsync();
        var file = _cli.PathOf(name);

        var result = await _cli.OnDatabaseAsync(["export", file, .. args]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.False(File.Exists(file));
    }

    /// <summary>A shared sample file: shared/data/samples beside the folder holding LeadKit.sln, or beside one of its parents.</summary>
    internal static string Sample(string folder, string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "LeadKit.sln")))
        {
            root = root.Parent;
        }

        for (var dir = root?.Parent; dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", "samples", folder, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"No shared/data/samples/{folder}/{name} beside the folder of LeadKit.sln or its parents, from {AppContext.BaseDirectory}");
    }

    private async Task<int> TotalAsync() => (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt32();

    /// <summary>What <c>lead list</c> shows of every lead, without its id, score and created/modified stamps (which a new database gives anew).</summary>
    private static async Task<string[]> ShownAsync(CliRun cli)
    {
        var items = (await cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("items");
        return items.EnumerateArray()
            .Select(item => string.Join(
                "|",
                item.EnumerateObject()
                    .Where(p => p.Name is not ("id" or "score" or "createdAt" or "createdBy" or "modifiedAt" or "modifiedBy"))
                    .Select(p => p.Name + "=" + p.Value.ToString())))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
