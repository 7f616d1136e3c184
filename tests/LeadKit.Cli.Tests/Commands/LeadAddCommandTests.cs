using System.Text.Json;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class LeadAddCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Add_Json_PrintsOnlyTheNewId()
    {
        await _cli.InitAsync();

        var json = (await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee", "--json")).Json();

        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        Assert.True(LeadId.TryParse(json.GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task Add_HumanOutput_IsTheBareId()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(LeadId.TryParse(result.Output.Trim(), out _), result.Output);
    }

    [Fact]
    public async Task Add_EveryOption_IsStoredOnTheLead()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");

        var id = await _cli.AddLeadAsync(
            "--name", "Dr. Ann B. Lee",
            "--email", "ann.lee@northwind.example",
            "--email", "ann@home.example",
            "--phone", "Mobile:+1 206 555 0100",
            "--phone", "business-fax:+1 206 555 0199",
            "--phone", "+1 206 555 0101",
            "--company", "Northwind Traders",
            "--title", "Purchasing Manager",
            "--source", "trade show",
            "--assign", "priya raman",
            "--as", "Priya Raman");

        var lead = await ShowAsync(id);
        Assert.Equal("Dr. Ann B. Lee", lead.Name.FullName);
        Assert.Equal("Lee", lead.Name.Last);
        Assert.Equal(["ann.lee@northwind.example", "ann@home.example"], lead.Emails.Select(e => e.Address.Value));
        Assert.Equal(
            [new PhoneNumber(PhoneKind.Mobile, "+1 206 555 0100"), new PhoneNumber(PhoneKind.BusinessFax, "+1 206 555 0199"), new PhoneNumber(PhoneKind.Business, "+1 206 555 0101")],
            lead.Phones);
        Assert.Equal("Northwind Traders", lead.CompanyName);
        Assert.Equal("Purchasing Manager", lead.JobTitle);
        Assert.Equal("Trade Show", lead.Source?.Name);
        Assert.NotNull(lead.AssignedTo);
        Assert.Equal(lead.AssignedTo, lead.CreatedBy);
        Assert.Equal(_cli.Clock.GetCurrentInstant(), lead.CreatedAt);
        var shown = await _cli.OnDatabaseAsync("lead", "show", id);
        Assert.Matches(@"Assigned to\s+Priya Raman", shown.Output);
        Assert.Matches(@"Created\s+2026-11-27 09:30 by Priya Raman", shown.Output);
    }

    [Fact]
    public async Task Add_FieldReferenceOptions_AreStoredAndShown()
    {
        await _cli.InitAsync();

        var id = await _cli.AddLeadAsync(
            "--name", "Ann Lee", "--department", "Purchasing", "--office", "Lyon 2", "--territory", "EMEA", "--im", "ann@im.example.com",
            "--birthday", "1980-02-29", "--prefer", "letter", "--do-not-call", "--do-not-fax", "--inactive", "--rating", "good", "--source", "Podcast");

        var lead = await ShowAsync(id);
        Assert.Equal(("Purchasing", "Lyon 2", "EMEA", "ann@im.example.com"), (lead.Department, lead.Office, lead.Territory, lead.ImAddress));
        Assert.Equal(new NodaTime.LocalDate(1980, 2, 29), lead.Birthday);
        Assert.Equal((PreferredContactMethod.Letter, true, false, true, false, false), (lead.PreferredContactMethod, lead.DoNotCall, lead.DoNotEmail, lead.DoNotFax, lead.DoNotSendLetter, lead.IsActive));
        Assert.Equal(("Good", "Podcast"), (lead.Rating?.Name, lead.Source?.Name));
        var json = (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json();
        Assert.Equal("EMEA", json.GetProperty("territory").GetString());
        Assert.False(json.GetProperty("active").GetBoolean());
        var shown = await _cli.OnDatabaseAsync("lead", "show", id);
        Assert.Matches(@"Do not\s+call, fax", shown.Output);
    }

    [Fact]
    public async Task Add_RatingNotOnTheList_IsDomainErrorNamingTheRatings()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee", "--rating", "Hot");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("--rating 'Hot'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Excellent, Good, Average, Fair, Poor", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("--birthday", "29/02/1980", "yyyy-MM-dd")]
    [InlineData("--prefer", "pigeon", "is not a contact method")]
    public async Task Add_BadDateOrMethod_IsBadUsage(string option, string value, string message)
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee", option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_InvalidEmail_IsDomainErrorNamingTheOptionAndStoresNothing()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee", "--email", "not-an-address");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("--email 'not-an-address'", result.Error, StringComparison.Ordinal);
        Assert.Contains("EmailAddress", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Add_UnknownPhoneKind_IsBadUsage()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee", "--phone", "Satellite:+1 206 555 0100");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("'Satellite' is not a phone kind", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UnknownAssignee_IsDomainErrorListingTheUsers()
    {
        await _cli.InitAsync("--owner", "Alex Morgan");

        var result = await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee", "--assign", "Nobody");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("--assign 'Nobody'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Alex Morgan", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UnknownActingUser_IsDomainError()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("--as", "Mallory", "lead", "add", "--name", "Ann Lee");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("--as 'Mallory'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_WithoutName_IsBadUsage()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "add", "--company", "Contoso");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("name", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_BlankName_IsDomainError()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "add", "--name", "  ");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("--name", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UnknownOption_IsBadUsage()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee", "--rank", "3");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("rank", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_BeforeInit_TellsToRunInit()
    {
        var result = await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("run `leadkit init` first", result.Error, StringComparison.Ordinal);
    }

    private async Task<Lead> ShowAsync(string id)
    {
        var result = await _cli.OnDatabaseAsync("lead", "show", id, "--json");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        return JsonSerializer.Deserialize<Lead>(result.Output, JsonOutput.SerializerOptions)!;
    }

    [Fact]
    public async Task LeadAdd_Field_SetsAnyCatalogueField_CustomFieldsIncluded()
    {
        await _cli.InitAsync();
        await _cli.ChangeAsync(unit => unit.CustomFields.SaveAsync(new LeadKit.CustomFields.CustomFieldDefinition(RecordKind.Lead, "Budget", LeadKit.CustomFields.CustomFieldType.WholeNumber)));

        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--field", "territory=North", "--field", "custom.Budget=5000", "--field", "doNotCall=true");

        var lead = await _cli.WithWorkAsync(unit => unit.Leads.GetAsync(LeadId.Parse(id)));
        Assert.Equal("North", lead.Territory);
        Assert.Equal(LeadKit.CustomFields.CustomFieldValue.FromWholeNumber(5000), lead.CustomFields["Budget"]);
        Assert.True(lead.DoNotCall);
    }

    [Theory]
    [InlineData("nosuchfield=1", 1, "--field 'nosuchfield=1'")]
    [InlineData("custom.Budget=lots", 1, "--field 'custom.Budget=lots'")]
    [InlineData("territory", 2, "write NAME=VALUE")]
    public async Task LeadAdd_BadField_ExitsWithTheOptionNamed_AndAddsNothing(string field, int exitCode, string message)
    {
        await _cli.InitAsync();
        await _cli.ChangeAsync(unit => unit.CustomFields.SaveAsync(new LeadKit.CustomFields.CustomFieldDefinition(RecordKind.Lead, "Budget", LeadKit.CustomFields.CustomFieldType.WholeNumber)));

        var result = await _cli.OnDatabaseAsync("lead", "add", "--name", "Ann Lee", "--field", field);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json().GetProperty("total").GetInt64());
    }
}
