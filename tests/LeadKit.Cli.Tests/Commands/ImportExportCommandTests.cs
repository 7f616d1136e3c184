using System.IO;
using System.Text.Json;
using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Commands;

/// <summary><c>import</c> and <c>export</c>: the JSON contracts of CLI.md, duplicates, saved maps, undo in another process, and usage errors.</summary>
public sealed class ImportExportCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task ExportThenImport_Json_ReimportingSkipsDuplicates_ImportingThemAnywayDoublesTheLeads()
    {
        await _cli.InitAsync();
        await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example", "--title", "Buyer");
        await _cli.AddLeadAsync("--name", "Bob Stone", "--phone", "Mobile:+1 206 555 0100");
        var file = _cli.PathOf("leads.json");

        var export = (await _cli.OnDatabaseAsync("export", file, "--json")).Json();
        var again = (await _cli.OnDatabaseAsync("import", file, "--json")).Json();
        var anyway = (await _cli.OnDatabaseAsync("import", file, "--duplicates", "import", "--json")).Json();

        Assert.Equal((2, file), (export.GetProperty("rows").GetInt32(), export.GetProperty("file").GetString()));
        Assert.Equal((2, 0, 0, 2), Counts(again));
        Assert.Empty(again.GetProperty("rejected").EnumerateArray());
        Assert.False(again.TryGetProperty("operation", out _));
        Assert.Equal((2, 2, 0, 0), Counts(anyway));
        Assert.True(anyway.TryGetProperty("operation", out _));
        Assert.Equal(4, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_ThenUndoInAnotherProcess_DeletesTheImportedLeads()
    {
        await _cli.InitAsync();
        var file = _cli.PathOf("in.json");
        await File.WriteAllTextAsync(file, LeadsJson("Ann Lee", "Bob Stone"));

        var import = (await _cli.OnDatabaseAsync("import", file, "--json")).Json();
        var undo = await _cli.OnDatabaseAsync("bulk-edit", "undo", import.GetProperty("operation").GetString()!, "--json");

        Assert.Equal((2, 2, 0, 0), Counts(import));
        Assert.Equal(ExitCodes.Success, undo.ExitCode);
        Assert.Equal(2, undo.Json().GetProperty("deleted").GetInt32());
        Assert.Equal(0, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_DryRun_CountsWhatItWouldDoAndWritesNothing()
    {
        await _cli.InitAsync();
        var file = _cli.PathOf("in.json");
        await File.WriteAllTextAsync(file, LeadsJson("Ann Lee", "Bob Stone", "Cem Aydin"));

        var json = (await _cli.OnDatabaseAsync("import", file, "--dry-run", "--json")).Json();

        Assert.Equal((3, 3, 0, 0), Counts(json));
        Assert.True(json.GetProperty("dryRun").GetBoolean());
        Assert.Equal(0, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_InvalidElement_IsRejectedWithItsRow_TheRestImported()
    {
        await _cli.InitAsync();
        var file = _cli.PathOf("in.json");
        await File.WriteAllTextAsync(file, "[" + LeadsJson("Ann Lee")[1..^1] + ", 42]");

        var json = (await _cli.OnDatabaseAsync("import", file, "--json")).Json();

        var rejected = Assert.Single(json.GetProperty("rejected").EnumerateArray());
        Assert.Equal(2, rejected.GetProperty("row").GetInt32());
        Assert.Contains("not a lead document", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(json.GetProperty("rows").GetInt32(), json.GetProperty("imported").GetInt32() + json.GetProperty("merged").GetInt32() + json.GetProperty("skipped").GetInt32() + 1);
    }

    [Fact]
    public async Task Import_SaveMapThenUseIt_ByName()
    {
        await _cli.InitAsync();
        var file = _cli.PathOf("in.json");
        await File.WriteAllTextAsync(file, LeadsJson("Ann Lee"));

        var saved = (await _cli.OnDatabaseAsync("import", file, "--save-map", "crm export", "--json")).Json().GetProperty("savedMap").GetString()!;
        var reused = await _cli.OnDatabaseAsync("import", file, "--map", "crm export", "--duplicates", "import", "--json");
        var missing = await _cli.OnDatabaseAsync("import", file, "--map", "no such map");

        Assert.True(File.Exists(saved));
        Assert.Equal(ExitCodes.Success, reused.ExitCode);
        Assert.Equal(ExitCodes.DomainError, missing.ExitCode);
        Assert.Contains("No field map 'no such map'", missing.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "--format", "bogus")]
    [InlineData("import", "--duplicates", "sometimes")]
    [InlineData("import", "--blank", "maybe")]
    [InlineData("import", "--region", "XX")]
    public async Task Import_BadOption_IsBadUsage(params string[] args)
    {
        await _cli.InitAsync();
        var file = _cli.PathOf("in.json");
        await File.WriteAllTextAsync(file, LeadsJson("Ann Lee"));

        var result = await _cli.OnDatabaseAsync([args[0], file, .. args[1..]]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(0, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_NotJson_IsADomainErrorNamingTheElement_AndWritesNothing()
    {
        await _cli.InitAsync();
        var file = _cli.PathOf("in.json");
        await File.WriteAllTextAsync(file, "[{\"name\": ");

        var result = await _cli.OnDatabaseAsync("import", file);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("not a JSON array of lead documents", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownColumnOrBadFilter_IsBadUsageOrDomainError()
    {
        await _cli.InitAsync();

        var filter = await _cli.OnDatabaseAsync("export", _cli.PathOf("x.json"), "--filter", "stars >>> 3");
        var column = await _cli.OnDatabaseAsync("export", _cli.PathOf("x.json"), "--columns", "name,shoeSize");

        Assert.Equal(ExitCodes.Usage, filter.ExitCode);
        Assert.Equal(ExitCodes.DomainError, column.ExitCode);
        Assert.Contains("shoeSize", column.Error, StringComparison.Ordinal);
    }

    private static (int Rows, int Imported, int Merged, int Skipped) Counts(JsonElement json) =>
        (json.GetProperty("rows").GetInt32(), json.GetProperty("imported").GetInt32(), json.GetProperty("merged").GetInt32(), json.GetProperty("skipped").GetInt32());

    /// <summary>A LeadKit JSON file of leads with these names (written by the library's own serializer).</summary>
    private static string LeadsJson(params string[] names)
    {
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 11, 1, 9, 0));
        var leads = names.Select(n => LeadKit.Leads.Lead.Create(LeadKit.Leads.PersonName.Parse(n), clock)).ToList();
        return JsonSerializer.Serialize(leads, LeadKit.Serialization.LeadKitJsonOptions.Default);
    }
}
