using System.Text.Json;
using LeadKit.Cli.Hosting;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class BulkEditCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task BulkEdit_SetByIds_ChangesOnlyTheSelectedLeads()
    {
        await _cli.InitAsync();
        var first = await _cli.AddLeadAsync("--name", "Ann Lee", "--title", "Buyer");
        var second = await _cli.AddLeadAsync("--name", "Bob Stone");
        var other = await _cli.AddLeadAsync("--name", "Cem Aydin", "--title", "Buyer");

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CEO", "--ids", first, "--ids", second, "--json")).Json();

        Assert.Equal(2, json.GetProperty("changed").GetInt32());
        Assert.Equal(0, json.GetProperty("unchanged").GetInt32());
        Assert.Empty(json.GetProperty("failed").EnumerateArray());
        Assert.False(json.TryGetProperty("changes", out _));
        Assert.Equal("CEO", await TitleAsync(first));
        Assert.Equal("CEO", await TitleAsync(second));
        Assert.Equal("Buyer", await TitleAsync(other));
    }

    [Fact]
    public async Task BulkEdit_IdsSeparatedByCommas_SelectsThemAll()
    {
        await _cli.InitAsync();
        var first = await _cli.AddLeadAsync("--name", "Ann Lee");
        var second = await _cli.AddLeadAsync("--name", "Bob Stone");

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "rating", "--set", "good", "--ids", $"{first},{second}", "--json")).Json();

        Assert.Equal(2, json.GetProperty("changed").GetInt32());
        var lead = (await _cli.OnDatabaseAsync("lead", "show", first, "--json")).Json();
        Assert.Equal("Good", lead.GetProperty("rating").GetString());
    }

    [Fact]
    public async Task BulkEdit_SeveralIdsAfterOneOption_SelectsThemAll()
    {
        await _cli.InitAsync();
        var first = await _cli.AddLeadAsync("--name", "Ann Lee");
        var second = await _cli.AddLeadAsync("--name", "Bob Stone");
        var third = await _cli.AddLeadAsync("--name", "Cem Aydin");

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CEO", "--ids", first, second, third, "--json")).Json();

        Assert.Equal(3, json.GetProperty("changed").GetInt32());
        Assert.Equal("CEO", await TitleAsync(third));
    }

    [Fact]
    public async Task BulkEdit_Filter_ChangesMatchesAndCountsThoseAlreadySet()
    {
        await _cli.InitAsync();
        var web = await _cli.AddLeadAsync("--name", "Ann Lee", "--source", "Web");
        var done = await _cli.AddLeadAsync("--name", "Bob Stone", "--source", "Web", "--company", "Contoso");
        var show = await _cli.AddLeadAsync("--name", "Cem Aydin", "--source", "Trade Show");

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "company", "--set", "Contoso", "--filter", "source = \"Web\"", "--json")).Json();

        Assert.Equal(1, json.GetProperty("changed").GetInt32());
        Assert.Equal(1, json.GetProperty("unchanged").GetInt32());
        Assert.Equal("Contoso", await CompanyAsync(web));
        Assert.Equal("Contoso", await CompanyAsync(done));
        Assert.Null(await CompanyAsync(show));
    }

    [Fact]
    public async Task BulkEdit_Clear_EmptiesTheFieldAndRecordsHistory()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--title", "Buyer");

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "jobTitle", "--clear", "--ids", id, "--json")).Json();

        Assert.Equal(1, json.GetProperty("changed").GetInt32());
        Assert.Null(await TitleAsync(id));
        var entries = await _cli.WithWorkAsync(async unit => await unit.History.ListForAsync(RecordReference.To(LeadId.Parse(id))).ToListAsync());
        var entry = Assert.Single(entries.OfType<ActivityEntry>());
        Assert.Equal(ActivityKind.Edited, entry.Activity);
        Assert.Equal(new FieldChange("title", "Buyer", null), Assert.Single(entry.Changes));
    }

    [Fact]
    public async Task BulkEdit_AssignedToByName_AssignsTheUser()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "assignedTo", "--set", "Priya Raman", "--ids", id, "--json")).Json();

        Assert.Equal(1, json.GetProperty("changed").GetInt32());
        var shown = await _cli.OnDatabaseAsync("lead", "show", id);
        Assert.Matches(@"Assigned to\s+Priya Raman", shown.Output);
    }

    [Fact]
    public async Task BulkEdit_UnknownOrAmbiguousUserName_IsDomainErrorAndChangesNothing()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var unknown = await _cli.OnDatabaseAsync("bulk-edit", "--field", "assignedTo", "--set", "Nobody Here", "--ids", id);

        Assert.Equal(ExitCodes.DomainError, unknown.ExitCode);
        Assert.Contains("--set 'Nobody Here'", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("No user is named \"Nobody Here\"", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task BulkEdit_SetThenFilter_OneNameMeansOneThing()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Contoso");
        await _cli.AddLeadAsync("--name", "Bob Stone");

        Assert.Equal(1, (await _cli.OnDatabaseAsync("bulk-edit", "--field", "initiatedBy", "--set", "Priya Raman", "--ids", id, "--json")).Json().GetProperty("changed").GetInt32());
        Assert.Equal(1, (await _cli.OnDatabaseAsync("bulk-edit", "--field", "fileAsFormat", "--set", "FirstLast", "--ids", id, "--json")).Json().GetProperty("changed").GetInt32());

        Assert.Equal(1, await CountAsync("initiatedBy = \"Priya Raman\""));
        Assert.Equal(1, await CountAsync("fileAs = \"Ann Lee\""));
        var fileAs = await _cli.OnDatabaseAsync("bulk-edit", "--field", "fileAs", "--set", "Lee, Ann", "--ids", id);
        Assert.Equal(ExitCodes.DomainError, fileAs.ExitCode);
        Assert.Contains("'fileAs' cannot be edited: it is read-only", fileAs.Error, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync($"id = \"{(await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().GetProperty("id").GetString()}\""));
    }

    [Fact]
    public async Task BulkEdit_ChangedLeads_AreSavedWithTheirNewScore()
    {
        await _cli.InitAsync("--criteria", "none");
        Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("criteria", "add", "--description", "Has e-mail", "--weight", "low", "--rule", "email is not empty")).ExitCode);
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        Assert.Equal(0, await CountAsync("stars = 5"));

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "email", "--set", "ann.lee@contoso.com", "--ids", id, "--json")).Json();

        Assert.Equal(1, json.GetProperty("changed").GetInt32());
        Assert.Equal(1, await CountAsync("stars = 5"));
    }

    [Fact]
    public async Task BulkEdit_ClearingTheName_IsRefusedAndChangesNothing()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("bulk-edit", "--field", "name", "--clear", "--filter", "name is not empty", "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("'name' cannot be cleared", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
        var lead = (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json();
        Assert.Equal("Ann Lee", lead.GetProperty("name").GetProperty("fullName").GetString());
        Assert.Equal(1, lead.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task BulkEdit_BadFilter_IsDomainErrorNamingTheOption()
    {
        await _cli.InitAsync();
        await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CEO", "--filter", "company ==");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("--filter 'company =='", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkEdit_UnknownField_IsDomainErrorListingTheFields()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("bulk-edit", "--field", "shoeSize", "--set", "42", "--ids", id);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("'shoeSize' is not a field", result.Error, StringComparison.Ordinal);
        Assert.Contains("title", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkEdit_InvalidValue_IsDomainErrorNamingTheValue()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("bulk-edit", "--field", "manualStars", "--set", "42", "--ids", id);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("--set '42'", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task BulkEdit_OneUnknownLead_ChangesNothingAndListsTheFailure()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--title", "Buyer");
        var missing = LeadId.New().ToString();

        var result = await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CEO", "--ids", id, "--ids", missing, "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(result.Output);
        var json = document.RootElement;
        Assert.Equal(0, json.GetProperty("changed").GetInt32());
        Assert.Equal(1, json.GetProperty("skipped").GetInt32());
        var failed = Assert.Single(json.GetProperty("failed").EnumerateArray());
        Assert.Equal(missing, failed.GetProperty("id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(failed.GetProperty("reason").GetString()));
        Assert.Equal("Buyer", await TitleAsync(id));
    }

    [Fact]
    public async Task BulkEdit_DryRunJson_ListsOldAndNewAndWritesNothing()
    {
        await _cli.InitAsync();
        var titled = await _cli.AddLeadAsync("--name", "Ann Lee", "--title", "Buyer");
        var untitled = await _cli.AddLeadAsync("--name", "Bob Stone");

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CEO", "--ids", titled, "--ids", untitled, "--dry-run", "--json")).Json();

        Assert.True(json.GetProperty("dryRun").GetBoolean());
        Assert.False(json.GetProperty("committed").GetBoolean());
        Assert.Equal(2, json.GetProperty("changed").GetInt32());
        var changes = json.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => Assert.Single(c.GetProperty("fields").EnumerateArray()));
        Assert.Equal("title", changes[titled].GetProperty("field").GetString());
        Assert.Equal("Buyer", changes[titled].GetProperty("old").GetString());
        Assert.Equal("CEO", changes[titled].GetProperty("new").GetString());
        Assert.Equal(JsonValueKind.Null, changes[untitled].GetProperty("old").ValueKind);
        Assert.Equal("Buyer", await TitleAsync(titled));
        Assert.Null(await TitleAsync(untitled));
    }

    [Fact]
    public async Task BulkEdit_DryRunHuman_ShowsOldToNewForEachLead()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--title", "Buyer");

        var result = await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--set", "CEO", "--ids", id, "--dry-run");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches($@"{id}\s*│\s*Ann Lee\s*│\s*title\s*│\s*Buyer\s*│\s*CEO", result.Output);
        Assert.Contains("1 lead would change", result.Output, StringComparison.Ordinal);
        Assert.Contains("nothing was written", result.Output, StringComparison.Ordinal);
        Assert.Equal("Buyer", await TitleAsync(id));
    }

    [Theory]
    [InlineData("--field", "title", "--set", "CEO", "--clear", "--filter", "name is not empty")]
    [InlineData("--field", "title", "--filter", "name is not empty")]
    [InlineData("--field", "title", "--set", "CEO")]
    [InlineData("--field", "title", "--set", "CEO", "--filter", "name is not empty", "--ids", "0193f1c2-7a4b-7cde-8f01-23456789abcd")]
    [InlineData("--set", "CEO", "--filter", "name is not empty")]
    [InlineData("--field", "title", "--set", "CEO", "0193f1c2-7a4b-7cde-8f01-23456789abcd")]
    public async Task BulkEdit_WithoutOneValueOrOneSelection_IsBadUsage(params string[] args)
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync(["bulk-edit", .. args]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    private async Task<long> CountAsync(string filter) =>
        (await _cli.OnDatabaseAsync("lead", "list", "--filter", filter, "--json")).Json().GetProperty("total").GetInt64();

    private async Task<string?> TitleAsync(string id) =>
        (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().TryGetProperty("jobTitle", out var title) ? title.GetString() : null;

    private async Task<string?> CompanyAsync(string id) =>
        (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().TryGetProperty("companyName", out var company) ? company.GetString() : null;
}
