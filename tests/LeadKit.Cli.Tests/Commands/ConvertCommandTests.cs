using System.Text.Json;
using LeadKit.Cli.Hosting;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Convert_Json_ListsEachLeadAndTheContactItBecame()
    {
        await _cli.InitAsync();
        var first = await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann.lee@northwind.example", "--company", "Northwind Traders");
        var second = await _cli.AddLeadAsync("--name", "Bob Stone");

        var json = (await _cli.OnDatabaseAsync("convert", first, second, "--json")).Json();

        var converted = json.GetProperty("converted").EnumerateArray().ToList();
        Assert.Equal([first, second], converted.Select(c => c.GetProperty("lead").GetString()));
        Assert.All(converted, c => Assert.True(ContactId.TryParse(c.GetProperty("contact").GetString(), out _)));
        Assert.All(converted, c => Assert.Empty(c.GetProperty("unmapped").EnumerateArray()));
        Assert.Empty(json.GetProperty("failed").EnumerateArray());
        var lead = (await _cli.OnDatabaseAsync("lead", "show", first, "--json")).Json();
        Assert.Equal(converted[0].GetProperty("contact").GetString(), lead.GetProperty("convertedTo").GetString());
        var contact = await _cli.WithWorkAsync(unit => unit.Contacts.GetAsync(ContactId.Parse(converted[0].GetProperty("contact").GetString()!)));
        Assert.Equal("Ann Lee", contact.Name.FullName);
        Assert.Equal("Northwind Traders", contact.CompanyName);
        Assert.Equal("ann.lee@northwind.example", Assert.Single(contact.Emails).Address.Value);
    }

    [Fact]
    public async Task Convert_Human_ShowsTheTable()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("convert", id);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches($@"{id}\s*│\s*Ann Lee\s*│\s*same id\s*│\s*0\s*│\s*0", result.Output);
        Assert.Contains("Converted 1 lead into business contacts.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_UnmappedCustomField_IsReportedAndKeptOnTheLead()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        var budget = new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.WholeNumber);
        await _cli.ChangeAsync(async unit =>
        {
            await unit.CustomFields.SaveAsync(budget);
            var lead = await unit.Leads.GetAsync(LeadId.Parse(id));
            lead.SetCustomField(budget, CustomFieldValue.FromWholeNumber(5000));
            await unit.Leads.UpdateAsync([lead]);
        });

        var json = (await _cli.OnDatabaseAsync("convert", id, "--json")).Json();

        var unmapped = Assert.Single(Assert.Single(json.GetProperty("converted").EnumerateArray()).GetProperty("unmapped").EnumerateArray());
        Assert.Equal("Budget", unmapped.GetProperty("field").GetString());
        Assert.Equal("5000", unmapped.GetProperty("value").GetString());
        Assert.Contains("business contacts have no custom field 'Budget'", unmapped.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var kept = await _cli.WithWorkAsync(unit => unit.Leads.GetAsync(LeadId.Parse(id)));
        Assert.Equal(CustomFieldValue.FromWholeNumber(5000), kept.CustomFields["Budget"]);
    }

    [Fact]
    public async Task Convert_UnmappedCustomField_HumanOutputListsIt()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        var budget = new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.WholeNumber);
        await _cli.ChangeAsync(async unit =>
        {
            await unit.CustomFields.SaveAsync(budget);
            var lead = await unit.Leads.GetAsync(LeadId.Parse(id));
            lead.SetCustomField(budget, CustomFieldValue.FromWholeNumber(5000));
            await unit.Leads.UpdateAsync([lead]);
        });

        var result = await _cli.OnDatabaseAsync("convert", id);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("they stay on the lead", result.Output, StringComparison.Ordinal);
        Assert.Contains("Ann Lee: Budget = 5000 (business contacts have no custom field 'Budget')", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_Twice_IsRefused()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("convert", id)).ExitCode);

        var result = await _cli.OnDatabaseAsync("convert", id);

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("already converted", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_OneUnknownLead_ConvertsNothing()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        var missing = LeadId.New().ToString();

        var result = await _cli.OnDatabaseAsync("convert", id, missing, "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Empty(document.RootElement.GetProperty("converted").EnumerateArray());
        Assert.Equal(missing, Assert.Single(document.RootElement.GetProperty("failed").EnumerateArray()).GetProperty("id").GetString());
        Assert.False((await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().TryGetProperty("convertedTo", out _));
        Assert.Null(await _cli.WithWorkAsync(unit => unit.Contacts.FindAsync(new ContactId(LeadId.Parse(id).Value))));
    }

    [Fact]
    public async Task Convert_DryRun_ShowsThePlanAndWritesNothing()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var json = (await _cli.OnDatabaseAsync("convert", id, "--dry-run", "--json")).Json();

        Assert.True(json.GetProperty("dryRun").GetBoolean());
        Assert.Equal(id, Assert.Single(json.GetProperty("converted").EnumerateArray()).GetProperty("lead").GetString());
        Assert.False((await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().TryGetProperty("convertedTo", out _));
    }
}
