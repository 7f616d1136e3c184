using System.Globalization;
using LeadKit.Cli.Hosting;
using LeadKit.Leads;

namespace LeadKit.Cli.Tests.Commands;

public sealed class LeadCommentCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Comment_Text_IsAppendedAsAParagraph()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");
        Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("lead", "comment", id, "Met at the fair.")).ExitCode);

        var json = (await _cli.OnDatabaseAsync("lead", "comment", id, "Wants a demo.", "--json")).Json();

        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Equal("Wants a demo.", json.GetProperty("appended").GetString());
        var comments = (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().GetProperty("comments").GetString()!;
        Assert.StartsWith("Met at the fair.", comments, StringComparison.Ordinal);
        Assert.EndsWith("Wants a demo.", comments, StringComparison.Ordinal);
        Assert.Equal(comments, json.GetProperty("comments").GetString());
    }

    [Theory]
    [InlineData("de-DE", "27.11.2026 09:30")]
    [InlineData("fr-FR", "27/11/2026 09:30")]
    [InlineData("ja-JP", "2026/11/27 9:30")]
    public async Task Comment_Timestamp_IsTheHostClockInItsZoneAndCulture(string culture, string expected)
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var json = (await InCultureAsync(culture, () => _cli.OnDatabaseAsync("lead", "comment", id, "Called back.", "--timestamp", "--json"))).Json();

        Assert.Equal(expected + "\nCalled back.", json.GetProperty("appended").GetString());
        Assert.Equal(expected + "\nCalled back.", json.GetProperty("comments").GetString());
    }

    [Fact]
    public async Task Comment_TimestampAlone_WritesOnlyTheTimestamp()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await InCultureAsync("de-DE", () => _cli.OnDatabaseAsync("lead", "comment", id, "--timestamp"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Added to the comments of Ann Lee:", result.Output, StringComparison.Ordinal);
        Assert.Contains("27.11.2026 09:30", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_UnknownLead_IsDomainError()
    {
        await _cli.InitAsync();
        var missing = LeadId.New().ToString();

        var result = await _cli.OnDatabaseAsync("lead", "comment", missing, "Hello");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_BlankText_IsDomainErrorAndChangesNothing()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        var result = await _cli.OnDatabaseAsync("lead", "comment", id, "   ");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("A comment needs text.", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await _cli.OnDatabaseAsync("lead", "show", id, "--json")).Json().GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Comment_WithoutTextOrTimestamp_IsBadUsage()
    {
        await _cli.InitAsync();
        var id = await _cli.AddLeadAsync("--name", "Ann Lee");

        Assert.Equal(ExitCodes.Usage, (await _cli.OnDatabaseAsync("lead", "comment", id)).ExitCode);
    }

    /// <summary>Runs with a current culture: the host takes the process's culture, as the real program does.</summary>
    private static async Task<CliResult> InCultureAsync(string culture, Func<Task<CliResult>> run)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await run();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
