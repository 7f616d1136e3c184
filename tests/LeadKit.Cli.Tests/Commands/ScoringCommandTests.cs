using LeadKit.Cli.Hosting;
using LeadKit.Leads;
using LeadKit.Scoring;

namespace LeadKit.Cli.Tests.Commands;

public sealed class ScoringCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Init_DefaultCriteria_StoresTheDefaultProfile()
    {
        await _cli.InitAsync();

        var json = (await _cli.OnDatabaseAsync("criteria", "list", "--json")).Json();

        Assert.Equal(ScoringProfile.Default.Version, json.GetProperty("version").GetInt64());
        Assert.Equal(
            ScoringProfile.Default.Criteria.Select(c => c.Id.Value),
            json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Init_NoCriteria_StartsEmpty()
    {
        await _cli.InitAsync("--criteria", "none");

        var json = (await _cli.OnDatabaseAsync("criteria", "list", "--json")).Json();

        Assert.Empty(json.GetProperty("items").EnumerateArray());
        Assert.Equal(ExitCodes.Usage, (await _cli.RunAsync("--db", _cli.PathOf("other.db"), "init", "--criteria", "some")).ExitCode);
    }

    [Fact]
    public async Task CriteriaAddEditRemove_ChangeTheProfileAndItsVersion()
    {
        await _cli.InitAsync("--criteria", "none");

        var added = (await _cli.OnDatabaseAsync("criteria", "add", "--description", "Budget confirmed", "--weight", "high", "--json")).Json();
        Assert.Equal("budget-confirmed", added.GetProperty("id").GetString());
        var withRule = (await _cli.OnDatabaseAsync("criteria", "add", "--description", "Has e-mail", "--weight", "low", "--rule", "email is not empty", "--json")).Json();
        Assert.Equal("has-e-mail", withRule.GetProperty("id").GetString());

        Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("criteria", "edit", "budget-confirmed", "--weight", "normal", "--description", "Budget known")).ExitCode);
        var list = (await _cli.OnDatabaseAsync("criteria", "list", "--json")).Json();
        var first = list.GetProperty("items")[0];
        Assert.Equal("Budget known", first.GetProperty("description").GetString());
        Assert.Equal("normal", first.GetProperty("weight").GetString());
        Assert.Equal(3, list.GetProperty("version").GetInt64());

        Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("criteria", "remove", "has-e-mail")).ExitCode);
        Assert.Single((await _cli.OnDatabaseAsync("criteria", "list", "--json")).Json().GetProperty("items").EnumerateArray());
        Assert.Equal(ExitCodes.DomainError, (await _cli.OnDatabaseAsync("criteria", "remove", "nope")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await _cli.OnDatabaseAsync("criteria", "add", "--description", "X", "--weight", "huge")).ExitCode);
        Assert.Equal(ExitCodes.DomainError, (await _cli.OnDatabaseAsync("criteria", "add", "--description", "budget KNOWN", "--weight", "low")).ExitCode);
    }

    /// <summary>the worked example of docs/scoring.md through <c>leadkit score explain --json</c>.</summary>
    [Theory]
    [InlineData("", 0, -6, 0, 0)]
    [InlineData("c", 1, -4, 16.67, 1)]
    [InlineData("b", 2, -2, 33.33, 2)]
    [InlineData("a", 3, 0, 50, 3)]
    [InlineData("a c", 4, 2, 66.67, 3)]
    [InlineData("a b", 5, 4, 83.33, 4)]
    [InlineData("a b c", 6, 6, 100, 5)]
    public async Task ScoreExplainJson_ReproducesTheWorkedExampleOfScoringMd(string met, int m, int points, double percent, int stars)
    {
        await _cli.InitAsync("--criteria", "none");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "A", "--weight", "high");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "B", "--weight", "normal");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "C", "--weight", "low");
        var lead = await _cli.AddLeadAsync("--name", "Ann Lee");
        var checks = met.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (checks.Length > 0)
        {
            Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync(["score", "check", lead, .. checks])).ExitCode);
        }

        var json = (await _cli.OnDatabaseAsync("score", "explain", lead, "--json")).Json();

        Assert.Equal(stars, json.GetProperty("stars").GetInt32());
        Assert.Equal((decimal)percent, json.GetProperty("percent").GetDecimal());
        Assert.Equal(points, json.GetProperty("points").GetInt32());
        Assert.Equal(m, json.GetProperty("met").GetInt32());
        Assert.Equal(6, json.GetProperty("total").GetInt32());
        Assert.Equal("Automatic", json.GetProperty("scoreType").GetString());
        var criteria = json.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(["a", "b", "c"], criteria.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(points, criteria.Sum(c => c.GetProperty("contribution").GetInt32()));
        Assert.All(criteria, c => Assert.Equal(checks.Contains(c.GetProperty("id").GetString()), c.GetProperty("met").GetBoolean()));
        Assert.All(criteria, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("reason").GetString())));
        Assert.Equal(["high", "normal", "low"], criteria.Select(c => c.GetProperty("weight").GetString()));
        Assert.Equal(["A", "B", "C"], criteria.Select(c => c.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task ScoreManualThenAuto_SwitchesTheDisplayedStars_AndHumanOutputShowsStars()
    {
        await _cli.InitAsync("--criteria", "none");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "A", "--weight", "high");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "B", "--weight", "normal");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "C", "--weight", "low");
        var lead = await _cli.AddLeadAsync("--name", "Ann Lee");
        await _cli.OnDatabaseAsync("score", "check", lead, "A");

        var manual = (await _cli.OnDatabaseAsync("score", "manual", lead, "5", "--json")).Json();
        Assert.Equal("Manual", manual.GetProperty("scoreType").GetString());
        Assert.Equal(5, manual.GetProperty("stars").GetInt32());
        Assert.Equal(3, manual.GetProperty("automaticStars").GetInt32());

        var auto = (await _cli.OnDatabaseAsync("score", "auto", lead, "--json")).Json();
        Assert.Equal("Automatic", auto.GetProperty("scoreType").GetString());
        Assert.Equal(3, auto.GetProperty("stars").GetInt32());

        var human = await _cli.OnDatabaseAsync("score", "explain", lead);
        Assert.Equal(ExitCodes.Success, human.ExitCode);
        Assert.Contains("★★★☆☆", human.Output, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.DomainError, (await _cli.OnDatabaseAsync("score", "check", lead, "nope")).ExitCode);
        Assert.Equal(ExitCodes.DomainError, (await _cli.OnDatabaseAsync("score", "manual", lead, "11")).ExitCode);
    }

    [Fact]
    public async Task CriteriaEdit_RescoresEveryLead_ManualOnesKeepTheirDisplayedStars()
    {
        await _cli.InitAsync("--criteria", "none");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "A", "--weight", "high");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "B", "--weight", "normal");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "C", "--weight", "low");
        var automatic = await _cli.AddLeadAsync("--name", "Ann Lee");
        var manual = await _cli.AddLeadAsync("--name", "Bob Stone");
        await _cli.OnDatabaseAsync("score", "check", automatic, "a");
        await _cli.OnDatabaseAsync("score", "check", manual, "a");
        await _cli.OnDatabaseAsync("score", "manual", manual, "1");
        var manualBefore = await _cli.WithWorkAsync(u => u.Leads.GetAsync(LeadId.Parse(manual)));

        var edit = await _cli.OnDatabaseAsync("criteria", "edit", "a", "--weight", "low");

        Assert.Equal(ExitCodes.Success, edit.ExitCode);
        Assert.Contains("2 changed", edit.Output, StringComparison.Ordinal);
        var ann = await _cli.WithWorkAsync(u => u.Leads.GetAsync(LeadId.Parse(automatic)));
        Assert.Equal((1, -2, 1, 4, 5), (ann.Score!.AutomaticStars, ann.Score.Points, ann.Score.Met, ann.Score.Total, ann.Score.MaxStars));
        var bob = await _cli.WithWorkAsync(u => u.Leads.GetAsync(LeadId.Parse(manual)));
        Assert.Equal(manualBefore.Version, bob.Version);
        Assert.Equal(ann.Score.ProfileVersion, bob.Score!.ProfileVersion);
        Assert.Equal(1, bob.Stars);

        var rescore = (await _cli.OnDatabaseAsync("score", "rescore", "--json")).Json();
        Assert.Equal(2, rescore.GetProperty("scanned").GetInt64());
        Assert.Equal(0, rescore.GetProperty("changed").GetInt64());
        var filtered = (await _cli.OnDatabaseAsync("lead", "list", "--filter", "stars >= 1", "--sort", "stars:desc", "--json")).Json();
        Assert.Equal(2, filtered.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CriteriaRule_NamingAUserByDisplayName_IsStoredById_ShownByName_AndSurvivesARename()
    {
        await _cli.InitAsync("--criteria", "none", "--owner", "Alex Morgan", "--users", "Priya Raman,Diego Santos");
        var priyas = await _cli.AddLeadAsync("--name", "Ann Lee", "--assign", "Priya Raman");
        var diegos = await _cli.AddLeadAsync("--name", "Bob Stone", "--assign", "Diego Santos");
        var priya = await _cli.WithWorkAsync(async u => (await u.Users.ListAsync().ToListAsync()).Single(x => x.DisplayName == "Priya Raman").Id);

        var added = await _cli.OnDatabaseAsync("criteria", "add", "--description", "Priya's", "--weight", "high", "--rule", "assignedTo = \"priya raman\"", "--json");

        Assert.Equal(ExitCodes.Success, added.ExitCode);
        var rule = (await _cli.OnDatabaseAsync("criteria", "list", "--json")).Json().GetProperty("items")[0].GetProperty("rule").GetString();
        Assert.Equal($"assignedTo = \"{priya}\"", rule);
        Assert.Contains("rule: assignedTo = \"Priya Raman\"", (await _cli.OnDatabaseAsync("criteria", "list")).Output, StringComparison.Ordinal);
        Assert.Equal(3, (await _cli.WithWorkAsync(u => u.Leads.GetAsync(LeadId.Parse(priyas)))).Score!.Met); // M: the met points
        Assert.Equal(0, (await _cli.WithWorkAsync(u => u.Leads.GetAsync(LeadId.Parse(diegos)))).Score!.Met);

        await _cli.ChangeAsync(u => u.Users.ReplaceAsync(new WorkspaceUser(priya, "Priya Shah")));

        Assert.Contains("rule: assignedTo = \"Priya Shah\"", (await _cli.OnDatabaseAsync("criteria", "list")).Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await _cli.OnDatabaseAsync("score", "rescore")).ExitCode);
        Assert.Equal(3, (await _cli.WithWorkAsync(u => u.Leads.GetAsync(LeadId.Parse(priyas)))).Score!.Met); // M: the met points
        Assert.Equal(0, (await _cli.WithWorkAsync(u => u.Leads.GetAsync(LeadId.Parse(diegos)))).Score!.Met);

        // The same rule by the new name changes nothing; another user's name is a new rule, one new version.
        var same = (await _cli.OnDatabaseAsync("criteria", "edit", "priya-s", "--rule", "assignedTo = \"Priya Shah\"", "--json")).Json();
        Assert.Equal(1, same.GetProperty("version").GetInt64());
        var edited = (await _cli.OnDatabaseAsync("criteria", "edit", "priya-s", "--rule", "assignedTo = \"Diego Santos\"", "--weight", "low", "--json")).Json();
        Assert.Equal(2, edited.GetProperty("version").GetInt64());
        Assert.Equal(1, (await _cli.WithWorkAsync(u => u.Leads.GetAsync(LeadId.Parse(diegos)))).Score!.Met);
    }

    [Fact]
    public async Task CriteriaRule_NamingAnUnknownOrSharedName_IsRefused_AndNothingIsSaved()
    {
        await _cli.InitAsync("--criteria", "none", "--owner", "Alex Morgan", "--users", "Priya Raman,Sam Lee");
        await _cli.ChangeAsync(u => u.Users.AddAsync(new WorkspaceUser(UserId.New(), "sam lee")));

        var unknown = await _cli.OnDatabaseAsync("criteria", "add", "--description", "Priya's", "--weight", "high", "--rule", "assignedTo = \"Priya\"");
        var shared = await _cli.OnDatabaseAsync("criteria", "add", "--description", "Sam's", "--weight", "high", "--rule", "assignedTo in (\"Priya Raman\", \"Sam Lee\")");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "A", "--weight", "high");
        var edit = await _cli.OnDatabaseAsync("criteria", "edit", "a", "--rule", "not (assignedTo = \"Nobody\")");

        Assert.Equal(ExitCodes.DomainError, unknown.ExitCode);
        Assert.Contains("No user is named \"Priya\" in this workspace", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.DomainError, shared.ExitCode);
        Assert.Contains("Several users are named \"Sam Lee\"", shared.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.DomainError, edit.ExitCode);
        Assert.Contains("No user is named \"Nobody\"", edit.Error, StringComparison.Ordinal);
        var list = (await _cli.OnDatabaseAsync("criteria", "list", "--json")).Json();
        Assert.Equal(1, list.GetProperty("version").GetInt64());
        Assert.False(list.GetProperty("items")[0].TryGetProperty("rule", out _));
    }

    [Fact]
    public async Task ScoreRescoreStale_RescoresOnlyStaleLeads_ThenFindsNothing()
    {
        await _cli.InitAsync("--criteria", "none");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "A", "--weight", "high");
        var current = await _cli.AddLeadAsync("--name", "Ann Lee");
        var edited = await _cli.AddLeadAsync("--name", "Bob Stone");

        // Another writer checks a criterion through the repository alone: the stored score is now stale.
        await _cli.WithWorkAsync(
            async u =>
            {
                var lead = await u.Leads.GetAsync(LeadId.Parse(edited));
                lead.CheckCriterion(new CriterionId("a"), lead.ModifiedAt);
                await u.Leads.UpdateAsync([lead]);
                return lead;
            },
            commit: true);
        Assert.Equal(0, (await _cli.OnDatabaseAsync("lead", "list", "--filter", "stars = 5", "--json")).Json().GetProperty("total").GetInt32());

        var stale = (await _cli.OnDatabaseAsync("score", "rescore", "--stale", "--json")).Json();

        Assert.Equal(1, stale.GetProperty("scanned").GetInt64());
        Assert.Equal(1, stale.GetProperty("changed").GetInt64());
        var five = (await _cli.OnDatabaseAsync("lead", "list", "--filter", "stars = 5", "--json")).Json();
        Assert.Equal(1, five.GetProperty("total").GetInt32());
        var again = (await _cli.OnDatabaseAsync("score", "rescore", "--stale", "--json")).Json();
        Assert.Equal(0, again.GetProperty("scanned").GetInt64());
        Assert.False((await _cli.WithWorkAsync(u => u.Leads.GetAsync(LeadId.Parse(current)))).Score!.ProfileVersion is null);
    }
}
