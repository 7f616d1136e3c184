using System.Text.Json;
using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Commands;

/// <summary><c>bulk-edit --add</c> and <c>--remove</c>: one value of a multi-valued field, the other entries kept.</summary>
public sealed class BulkEditAddRemoveTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Add_Email_KeepsTheOtherAddresses()
    {
        await _cli.InitAsync();
        var first = await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example");
        var second = await _cli.AddLeadAsync("--name", "Bob Stone");

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "email", "--add", "personal:sales@contoso.example", "--ids", first, second, "--json")).Json();

        Assert.Equal(2, json.GetProperty("changed").GetInt32());
        Assert.Empty(json.GetProperty("failed").EnumerateArray());
        Assert.True(json.GetProperty("committed").GetBoolean());
        Assert.Equal(["ann@contoso.example", "sales@contoso.example"], await EmailsAsync(first));
        Assert.Equal(["sales@contoso.example"], await EmailsAsync(second));
        var lead = (await _cli.OnDatabaseAsync("lead", "show", second, "--json")).Json();
        Assert.Equal("personal", lead.GetProperty("emails")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Remove_Email_RemovesOnlyThatAddressAndCountsLeadsWithoutIt()
    {
        await _cli.InitAsync();
        var both = await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example", "--email", "old@contoso.example");
        var without = await _cli.AddLeadAsync("--name", "Bob Stone", "--email", "bob@contoso.example");

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "email", "--remove", "old@CONTOSO.example", "--filter", "name is not empty", "--json")).Json();

        Assert.Equal(1, json.GetProperty("changed").GetInt32());
        Assert.Equal(1, json.GetProperty("unchanged").GetInt32());
        Assert.Equal(["ann@contoso.example"], await EmailsAsync(both));
        Assert.Equal(["bob@contoso.example"], await EmailsAsync(without));
    }

    [Fact]
    public async Task AddAndRemove_Phone_MatchesTheDigits()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--phone", "Mobile:+1 206 555 0100");

        var added = await _cli.OnDatabaseAsync("bulk-edit", "--field", "phone", "--add", "business:+1 206 555 0199", "--ids", id);
        var removed = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "phone", "--remove", "+12065550100", "--ids", id, "--json")).Json();

        Assert.Equal(ExitCodes.Success, added.ExitCode);
        Assert.Contains("`add phone = \"", added.Output, StringComparison.Ordinal);
        Assert.Equal(1, removed.GetProperty("changed").GetInt32());
        var phones = (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().GetProperty("phones");
        var phone = Assert.Single(phones.EnumerateArray());
        Assert.Equal("business", phone.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Add_DryRunJson_ListsTheChangeAndWritesNothing()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var json = (await _cli.OnDatabaseAsync("bulk-edit", "--field", "email", "--add", "ann@contoso.example", "--ids", id, "--dry-run", "--json")).Json();

        Assert.True(json.GetProperty("dryRun").GetBoolean());
        Assert.False(json.GetProperty("committed").GetBoolean());
        var change = Assert.Single(json.GetProperty("changes").EnumerateArray());
        Assert.Equal(id, change.GetProperty("id").GetString());
        Assert.Empty(await EmailsAsync(id));
    }

    [Fact]
    public async Task Add_ToASingleValuedField_IsDomainErrorAndChangesNothing()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--title", "Buyer");

        var result = await _cli.OnDatabaseAsync("bulk-edit", "--field", "title", "--add", "CEO", "--ids", id);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("--add 'CEO'", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Add_InvalidAddress_IsDomainErrorNamingTheValue()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("bulk-edit", "--field", "email", "--add", "not-an-address", "--ids", id, "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("--add 'not-an-address'", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Remove_OneUnknownLead_ChangesNothingAndListsTheFailure()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example");
        var missing = LeadKit.Leads.LeadId.New().ToString();

        var result = await _cli.OnDatabaseAsync("bulk-edit", "--field", "email", "--remove", "ann@contoso.example", "--ids", id, missing, "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(missing, Assert.Single(document.RootElement.GetProperty("failed").EnumerateArray()).GetProperty("id").GetString());
        Assert.False(document.RootElement.GetProperty("committed").GetBoolean());
        Assert.Equal(["ann@contoso.example"], await EmailsAsync(id));
    }

    [Theory]
    [InlineData("--field", "email", "--add", "a@b.example", "--remove", "c@d.example", "--filter", "name is not empty")]
    [InlineData("--field", "email", "--add", "a@b.example", "--set", "c@d.example", "--filter", "name is not empty")]
    [InlineData("--field", "email", "--remove", "a@b.example", "--clear", "--filter", "name is not empty")]
    [InlineData("--field", "email", "--add", "a@b.example")]
    [InlineData("--field", "email", "--add", "a@b.example", "--clear", "--ids", "0193f1c2-7a4b-7cde-8f01-23456789abcd")]
    public async Task AddOrRemove_WithAnotherOperationOrWithoutSelection_IsBadUsage(params string[] args)
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync(["bulk-edit", .. args]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    private async Task<string[]> EmailsAsync(string id)
    {
        var lead = (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json();
        return lead.TryGetProperty("emails", out var emails) ? [.. emails.EnumerateArray().Select(e => e.GetProperty("address").GetString()!)] : [];
    }
}
