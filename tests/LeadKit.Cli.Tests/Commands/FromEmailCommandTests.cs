using System.IO;
using System.Text.Json;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class FromEmailCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task FromEmail_MessageFileJson_PrintsADraftWithNamePartsAndAddress()
    {
        // The issue's "done when": `leadkit from-email message.eml --json`, no database needed.
        CopyMessage("message.eml");

        var json = (await _cli.RunAsync("from-email", "message.eml", "--json")).Json();

        var name = json.GetProperty("lead").GetProperty("name");
        Assert.Equal("Dr.", name.GetProperty("prefix").GetString());
        Assert.Equal("Ann", name.GetProperty("first").GetString());
        Assert.Equal("Marie", name.GetProperty("middle").GetString());
        Assert.Equal("Lee", name.GetProperty("last").GetString());
        Assert.Equal("ann.lee@contoso.com", json.GetProperty("address").GetString());
        Assert.Equal("ann.lee@contoso.com", json.GetProperty("lead").GetProperty("emails")[0].GetProperty("address").GetString());
        Assert.Equal("Contoso Ltd", json.GetProperty("lead").GetProperty("companyName").GetString());
        Assert.Equal("Lee, Dr. Ann Marie", json.GetProperty("displayName").GetString());
        Assert.Equal("Quote for 20 licences", json.GetProperty("message").GetProperty("subject").GetString());
        Assert.Equal(0, json.GetProperty("lead").GetProperty("version").GetInt64());
        Assert.False(json.TryGetProperty("id", out _));
        Assert.False(File.Exists(_cli.PathOf("leadkit.db")));
    }

    [Fact]
    public async Task FromEmail_LeadMember_ReadsBackAsALead()
    {
        CopyMessage("message.eml");

        var json = (await _cli.RunAsync("from-email", "message.eml", "--json")).Json();

        var lead = json.GetProperty("lead").Deserialize<Lead>(JsonOutput.SerializerOptions)!;
        Assert.Equal("Lee", lead.Name.Last);
        Assert.Equal(_cli.Clock.GetCurrentInstant(), lead.CreatedAt);
    }

    [Theory]
    [InlineData("\"Stedfast, Jeffrey\" <fejj@helixcode.com>", "Jeffrey", "Stedfast", "fejj@helixcode.com")]
    [InlineData("=?UTF-8?B?Wm/DqyBEdXBvbnQ=?= <zoe@example.com>", "Zoë", "Dupont", "zoe@example.com")]
    [InlineData("From: Keith Moore <keith@example.com>", "Keith", "Moore", "keith@example.com")]
    public async Task FromEmail_FromValue_SplitsTheName(string from, string first, string last, string address)
    {
        var json = (await _cli.RunAsync("from-email", "--from", from, "--json")).Json();

        Assert.Equal(first, json.GetProperty("lead").GetProperty("name").GetProperty("first").GetString());
        Assert.Equal(last, json.GetProperty("lead").GetProperty("name").GetProperty("last").GetString());
        Assert.Equal(address, json.GetProperty("address").GetString());
    }

    [Fact]
    public async Task FromEmail_Save_StoresTheLeadCreatedByTheActingUser()
    {
        await _cli.InitAsync("--owner", "Alex Morgan", "--users", "Priya Raman");
        CopyMessage("message.eml");

        var json = (await _cli.OnDatabaseAsync("from-email", "message.eml", "--save", "--as", "Priya Raman", "--json")).Json();

        var id = json.GetProperty("id").GetString()!;
        Assert.Equal(id, json.GetProperty("lead").GetProperty("id").GetString());
        Assert.Equal(1, json.GetProperty("lead").GetProperty("version").GetInt64());
        var shown = await _cli.OnDatabaseAsync("lead", "show", id);
        Assert.Matches(@"Name\s+Dr\. Ann Marie Lee", shown.Output);
        Assert.Matches(@"Company\s+Contoso Ltd", shown.Output);
        Assert.Matches(@"Created\s+2026-11-27 09:30 by Priya Raman", shown.Output);
    }

    [Fact]
    public async Task FromEmail_SaveHuman_ShowsTheLeadAndItsId()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("from-email", "--from", "Ann Lee <ann.lee@contoso.com>", "--save");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var list = (await _cli.OnDatabaseAsync("lead", "list", "--json")).Json();
        var id = Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString();
        Assert.Contains($"Saved as lead {id}.", result.Output, StringComparison.Ordinal);
        Assert.Contains("ann.lee@contoso.com", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"Created\s+2026-11-27 09:30 by Owner", result.Output);
    }

    [Fact]
    public async Task FromEmail_Human_ShowsWarningsOnStandardError()
    {
        var result = await _cli.RunAsync("from-email", "--from", "ann.lee@contoso.com");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("leadkit: warning: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("ann.lee", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"Name\s+Ann Lee", result.Output);
        Assert.Contains("Not saved", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromEmail_JsonWarnings_AreInTheDocumentNotOnStandardError()
    {
        var result = await _cli.RunAsync("from-email", "--from", "ann.lee@contoso.com", "--json");

        var warning = Assert.Single(result.Json().GetProperty("warnings").EnumerateArray());
        Assert.Equal("nameFromAddress", warning.GetProperty("kind").GetString());
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task FromEmail_MessageWithoutSender_IsDomainError()
    {
        CopyMessage("no-sender.eml");

        var result = await _cli.RunAsync("from-email", "no-sender.eml", "--json");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("no-sender.eml: The message has no sender", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task FromEmail_UnusableFromValue_IsDomainError()
    {
        var result = await _cli.RunAsync("from-email", "--from", "Ann Lee <ann.lee@>");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("ann.lee@", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromEmail_MissingFile_IsDomainErrorNamingIt()
    {
        var result = await _cli.RunAsync("from-email", "nowhere.eml");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("'nowhere.eml'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromEmail_SaveWithoutWorkspace_TellsToRunInit()
    {
        var result = await _cli.OnDatabaseAsync("from-email", "--from", "Ann Lee <ann.lee@contoso.com>", "--save");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("run `leadkit init` first", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("message.eml", "--from", "Ann Lee <ann.lee@contoso.com>")]
    public async Task FromEmail_NeitherOrBothSources_IsBadUsage(params string[] args)
    {
        CopyMessage("message.eml");

        Assert.Equal(ExitCodes.Usage, (await _cli.RunAsync(["from-email", .. args])).ExitCode);
    }

    private void CopyMessage(string name) =>
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Messages", name), _cli.PathOf(name), overwrite: true);
}
