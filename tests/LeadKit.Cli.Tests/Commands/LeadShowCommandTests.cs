using System.Text.Json;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class LeadShowCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Show_Json_IsTheLeadInTheLibraryFormat()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Northwind Traders", "--email", "ann.lee@northwind.example");

        var result = await _cli.OnDatabaseAsync("lead", "show", id, "--json");

        var json = result.Json();
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Equal("Ann Lee", json.GetProperty("name").GetProperty("fullName").GetString());
        Assert.Equal("Northwind Traders", json.GetProperty("companyName").GetString());
        Assert.Equal(1, json.GetProperty("version").GetInt64());
        var lead = JsonSerializer.Deserialize<Lead>(result.Output, JsonOutput.SerializerOptions)!;
        Assert.Equal(LeadId.Parse(id), lead.Id);
        Assert.Equal("ann.lee@northwind.example", lead.Emails.Single().Address.Value);
    }

    [Fact]
    public async Task Show_Human_IsALabelledBlock()
    {
        await _cli.InitAsync("--owner", "Alex Morgan");
        var id = await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Northwind Traders", "--phone", "Mobile:+1 206 555 0100", "--assign", "Alex Morgan");

        var result = await _cli.OnDatabaseAsync("lead", "show", id);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(id, result.Output, StringComparison.Ordinal);
        Assert.Matches(@"Company\s+Northwind Traders", result.Output);
        Assert.Matches(@"Phone\s+\+1 206 555 0100 \(Mobile\)", result.Output);
        Assert.Matches(@"Assigned to\s+Alex Morgan", result.Output);
        Assert.DoesNotContain("Rating", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownId_IsDomainErrorNamingTheLead()
    {
        await _cli.InitAsync();
        var missing = LeadId.New().ToString();

        var result = await _cli.OnDatabaseAsync("lead", "show", missing, "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        Assert.Contains("not found", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Show_MalformedId_IsDomainError()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "show", "42");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("'42' is not a lead id", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_WithoutId_IsBadUsage()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("lead", "show");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
