using LeadKit.Cli.Hosting;
using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Cli.Tests.Commands;

public sealed class CriteriaSuggestCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>
    /// 60 leads, 91 days old: "Budget confirmed" (Low) checked on 20, 15 of them converted, against 5 of the
    /// other 40; "Newsletter" (High) on every other lead, unrelated to converting.
    /// </summary>
    private async Task PlantAsync()
    {
        await _cli.InitAsync("--criteria", "none");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "Budget confirmed", "--weight", "low");
        await _cli.OnDatabaseAsync("criteria", "add", "--description", "Newsletter", "--weight", "high");
        await _cli.ChangeAsync(async unit =>
        {
            var leads = new List<Lead>();
            for (var i = 0; i < 60; i++)
            {
                var lead = Lead.Create(PersonName.Parse($"Lead {i:00}"), _cli.Clock);
                if (i < 20)
                {
                    lead.CheckCriterion(new CriterionId("budget-confirmed"), _cli.Clock.GetCurrentInstant());
                }

                if (i % 2 == 0)
                {
                    lead.CheckCriterion(new CriterionId("newsletter"), _cli.Clock.GetCurrentInstant());
                }

                if (i < 15 || (i >= 20 && i < 25))
                {
                    lead.MarkConverted(ContactId.New());
                }

                leads.Add(lead);
            }

            await unit.Leads.AddAsync(leads);
        });
        _cli.Clock.Advance(Duration.FromDays(91));
    }

    [Fact]
    public async Task Suggest_Json_SuggestsRaisingThePlantedCriterion_WithItsEvidence()
    {
        await PlantAsync();

        var json = (await _cli.OnDatabaseAsync("criteria", "suggest", "--json")).Json();

        Assert.Equal(60, json.GetProperty("closed").GetInt32());
        Assert.Equal(20, json.GetProperty("converted").GetInt32());
        var suggestions = json.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(["budget-confirmed", "newsletter"], suggestions.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(("low", "high"), (suggestions[0].GetProperty("weight").GetString(), suggestions[0].GetProperty("suggested").GetString()));
        var evidence = suggestions[0].GetProperty("evidence");
        Assert.Equal((20, 15, 40, 5), (evidence.GetProperty("met").GetInt32(), evidence.GetProperty("metConverted").GetInt32(), evidence.GetProperty("unmet").GetInt32(), evidence.GetProperty("unmetConverted").GetInt32()));
        Assert.Equal("strong", evidence.GetProperty("strength").GetString());
        Assert.Contains("odds ratio", suggestions[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("low", suggestions[1].GetProperty("suggested").GetString());
        Assert.False(json.TryGetProperty("version", out _));   // nothing applied
        var profile = await _cli.WithWorkAsync(unit => unit.ScoringProfiles.GetAsync());
        Assert.Equal([Weight.Low, Weight.High], profile!.Criteria.Select(c => c.Weight));
        Assert.Equal(profile.Version, json.GetProperty("profileVersion").GetInt64());
    }

    [Fact]
    public async Task Suggest_Apply_SavesANewVersion_AndTheHumanOutputShowsTheTable()
    {
        await PlantAsync();
        var before = (await _cli.WithWorkAsync(unit => unit.ScoringProfiles.GetAsync()))!.Version;

        var result = await _cli.OnDatabaseAsync("criteria", "suggest", "--apply");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("From 60 closed leads (20 converted):", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"Budget confirmed\s*│\s*Low\s*│\s*High", result.Output);
        Assert.Contains($"Applied: profile v{before + 1}.", result.Output, StringComparison.Ordinal);
        var profile = await _cli.WithWorkAsync(unit => unit.ScoringProfiles.GetAsync());
        Assert.Equal([Weight.High, Weight.Low], profile!.Criteria.Select(c => c.Weight));
        Assert.Equal(before + 1, profile.Version);
    }

    [Fact]
    public async Task Suggest_TooLittleData_ExitsOne_WithTheReason()
    {
        await PlantAsync();

        var result = await _cli.OnDatabaseAsync("criteria", "suggest", "--min-closed", "100");

        Assert.Equal(ExitCodes.DomainError, result.ExitCode);
        Assert.Contains("Only 60 closed records; at least 100 are needed to suggest weights.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_BadOption_ExitsTwo()
    {
        await _cli.InitAsync();

        var result = await _cli.OnDatabaseAsync("criteria", "suggest", "--min-closed", "0");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
