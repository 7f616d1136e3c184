using LeadKit.Cli.Hosting;

namespace LeadKit.Cli.Tests.Commands;

public sealed class DuplicatesCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Duplicates_Json_GroupsLeadsPerRule_WithTheKeysTheyShare()
    {
        await _cli.InitAsync("--owner", "Alex Morgan");
        var ann = await _cli.AddLeadAsync("--name", "Ann Lee", "--company", "Contoso Ltd", "--email", "ann.lee@contoso.example", "--phone", "business:+1 415 555 0123");
        var annAgain = await _cli.AddLeadAsync("--name", "Lee, Ann", "--company", "CONTOSO", "--email", "Ann.Lee@Contoso.example");
        var samePhone = await _cli.AddLeadAsync("--name", "A. Lee", "--phone", "mobile:(415) 555-0123");
        await _cli.AddLeadAsync("--name", "Bob Stone", "--email", "bob@fabrikam.example");

        var json = (await _cli.OnDatabaseAsync("duplicates", "--json")).Json();

        var groups = json.GetProperty("groups").EnumerateArray().Select(g => (
            Rule: g.GetProperty("rule").GetString(),
            Leads: g.GetProperty("leads").EnumerateArray().Select(l => l.GetString()!).Order(StringComparer.Ordinal).ToArray(),
            Keys: string.Join(", ", g.GetProperty("keys").EnumerateArray().Select(k => k.GetString())))).ToList();
        Assert.Equal(
            [
                ("email", new[] { ann, annAgain }.Order(StringComparer.Ordinal).ToArray(), "ann.lee@contoso.example"),
                ("phone", new[] { ann, samePhone }.Order(StringComparer.Ordinal).ToArray(), "+14155550123"),
                ("nameAndCompany", new[] { ann, annAgain }.Order(StringComparer.Ordinal).ToArray(), "ann lee | contoso"),
            ],
            groups.Select(g => (g.Rule, g.Leads, g.Keys)).ToList(),
            new TupleComparer());
    }

    [Fact]
    public async Task Duplicates_Table_ShowsNamesAndWhy_AndAFilterNarrowsTheSearch()
    {
        await _cli.InitAsync("--owner", "Alex Morgan");
        await _cli.AddLeadAsync("--name", "Ann Lee", "--email", "ann@contoso.example", "--source", "Web");
        await _cli.AddLeadAsync("--name", "Annie Lee", "--email", "ANN@contoso.example", "--source", "Trade Show");

        var table = await _cli.OnDatabaseAsync("duplicates");
        var filtered = await _cli.OnDatabaseAsync("duplicates", "--filter", "source = \"Web\"");
        var typo = await _cli.OnDatabaseAsync("duplicates", "--filter", "source ==");

        Assert.Equal(ExitCodes.Success, table.ExitCode);
        Assert.Contains("Annie Lee", table.Output, StringComparison.Ordinal);
        Assert.Contains("same e-mail address ann@contoso.example", table.Output, StringComparison.Ordinal);
        Assert.Contains("1 group", table.Output, StringComparison.Ordinal);
        Assert.Contains("No likely duplicates among the leads the filter selects.", filtered.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.DomainError, typo.ExitCode);
        Assert.Contains("--filter 'source =='", typo.Error, StringComparison.Ordinal);
    }

    private sealed class TupleComparer : IEqualityComparer<(string? Rule, string[] Leads, string Keys)>
    {
        public bool Equals((string? Rule, string[] Leads, string Keys) x, (string? Rule, string[] Leads, string Keys) y) =>
            x.Rule == y.Rule && x.Leads.SequenceEqual(y.Leads) && x.Keys == y.Keys;

        public int GetHashCode((string? Rule, string[] Leads, string Keys) obj) => HashCode.Combine(obj.Rule, obj.Keys);
    }
}
