using System.Text.RegularExpressions;
using LeadKit.Cli.Hosting;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

/// <summary>Short ids: <c>lead list</c> on a narrow console shows unique id prefixes, and the commands take them.</summary>
public sealed class LeadIdPrefixTests : IDisposable
{
    private const string SharedStart = "01a21c33-13b2-7c3d-9c16-";

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task List_NarrowConsole_ShowsUniquePrefixesThatShowAccepts()
    {
        await _cli.InitAsync();
        var ids = new[] { await _cli.AddLeadAsync("--name", "Ann Lee"), await _cli.AddLeadAsync("--name", "Bob Stone") };
        _cli.ConsoleWidth = 80;

        var result = await _cli.OnDatabaseAsync("lead", "list");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        foreach (var id in ids)
        {
            Assert.DoesNotContain(id, result.Output, StringComparison.Ordinal);
        }

        var shown = Regex.Matches(result.Output, @"│ ([0-9a-f-]{8,35}) ").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, shown.Count);
        Assert.All(shown, prefix => Assert.True(prefix.Length >= 8));
        Assert.Equal(ids[0], (await _cli.OnDatabaseAsync("lead", "show", shown[0], "--json")).Json().GetProperty("id").GetString());
        Assert.Equal(ids[1], (await _cli.OnDatabaseAsync("lead", "show", shown[1], "--json")).Json().GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_NarrowConsoleWithWide_ShowsWholeIds()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        _cli.ConsoleWidth = 80;

        var wide = await _cli.OnDatabaseAsync("lead", "list", "--wide");
        var ids = await _cli.OnDatabaseAsync("lead", "list", "--ids");

        Assert.Contains(id, wide.Output, StringComparison.Ordinal);
        Assert.Contains(id, ids.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NarrowConsoleJson_KeepsWholeIds()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        _cli.ConsoleWidth = 80;

        var json = (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json();

        Assert.Equal(id, json.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_PrefixesAreUniqueInTheWorkspaceNotOnlyInTheListing()
    {
        await _cli.InitAsync();
        await AddWithIdsAsync(SharedStart + "000000000001", SharedStart + "000000000002");
        _cli.ConsoleWidth = 80;

        var result = await _cli.OnDatabaseAsync("lead", "list", "--filter", "name = \"Lead 1\"");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("│ " + SharedStart + "000000000001 ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_AmbiguousPrefix_IsDomainErrorNamingTheCandidates()
    {
        await _cli.InitAsync();
        await AddWithIdsAsync(SharedStart + "000000000001", SharedStart + "000000000002");

        var result = await _cli.OnDatabaseAsync("lead", "show", "01a21c33");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("'01a21c33' is ambiguous", result.Error, StringComparison.Ordinal);
        Assert.Contains(SharedStart + "000000000002", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UniquePrefix_UpperCaseOrWithDashes_FindsTheLead()
    {
        await _cli.InitAsync();
        await AddWithIdsAsync(SharedStart + "000000000001", "01a21c34-0000-7000-8000-000000000001");

        var upper = await _cli.OnDatabaseAsync("lead", "show", "01A21C34", "--json");
        var dashed = await _cli.OnDatabaseAsync("lead", "show", "01a21c33-13b2", "--json");

        Assert.Equal("01a21c34-0000-7000-8000-000000000001", upper.Json().GetProperty("id").GetString());
        Assert.Equal(SharedStart + "000000000001", dashed.Json().GetProperty("id").GetString());
    }

    [Fact]
    public async Task Show_UnknownPrefix_IsDomainError()
    {
        await _cli.InitAsync();
        await AddWithIdsAsync(SharedStart + "000000000001");

        var result = await _cli.OnDatabaseAsync("lead", "show", "01a21c34");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("No lead of this workspace has an id that starts with '01a21c34'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01a21c3")]
    [InlineData("01a21c33x")]
    [InlineData("01a21c3313b2")]
    public async Task Show_TooShortOrMalformedPrefix_IsDomainError(string text)
    {
        await _cli.InitAsync();
        await AddWithIdsAsync(SharedStart + "000000000001");

        var result = await _cli.OnDatabaseAsync("lead", "show", text);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains($"'{text}' is not a lead id", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkEditAndDelete_TakePrefixes_AndAnAmbiguousOneChangesNothing()
    {
        await _cli.InitAsync();
        await AddWithIdsAsync(SharedStart + "000000000001", SharedStart + "000000000002", "01a21c34-0000-7000-8000-000000000001");

        var edit = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CEO", "--ids", "01a21c34", $"{SharedStart}000000000001", "--json")).Json();
        var ambiguous = await _cli.OnDatabaseAsync("lead", "delete", "01a21c34", "01a21c33");
        var deleted = (await _cli.OnDatabaseAsync("lead", "delete", "01a21c34", "--json")).Json();

        Assert.Equal(2, edit.GetProperty("changed").GetInt32());
        Assert.Equal(ExitCodes.DomainError, ambiguous.ExitCode);
        Assert.Equal("01a21c34-0000-7000-8000-000000000001", Assert.Single(deleted.GetProperty("deleted").EnumerateArray()).GetString());
        Assert.Equal(2, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt64());
    }

    private Task AddWithIdsAsync(params string[] ids) =>
        _cli.ChangeAsync(unit => unit.Leads.AddAsync(
            [.. ids.Select((id, i) => Lead.Restore(LeadId.Parse(id), PersonName.Parse($"Lead {i + 1}"), _cli.Clock.GetCurrentInstant()))]));
}
