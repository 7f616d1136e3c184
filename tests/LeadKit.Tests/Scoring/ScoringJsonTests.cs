using System.Text.Json;
using FsCheck.Xunit;
using LeadKit.Querying;
using LeadKit.Scoring;
using LeadKit.Serialization;
using LeadKit.Testing;
using NodaTime;
using static LeadKit.Tests.LeadScoring.ScoringFixtures;

namespace LeadKit.Tests.LeadScoring;

/// <summary>Profiles, criterion states, scores and explanations in LeadKit's JSON format: exact round trips, the documented shapes, strict reading.</summary>
public sealed class ScoringJsonTests
{
    private static readonly JsonSerializerOptions Options = LeadKitJsonOptions.Default;

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;

    private static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool Profile_RoundTrips(ScoringProfile profile) => RoundTrip(profile).Equals(profile);

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool CriterionStates_RoundTrip(CriterionStates states) => RoundTrip(states).Equals(states);

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool ScoreAndExplanation_RoundTrip(ScoringCase c)
    {
        var record = c.CreateRecord();
        var explanation = LeadScorer.Default.Explain(record, c.Profile, c.AsOf, c.History);
        return RoundTrip(explanation).Equals(explanation) && RoundTrip(explanation.Score).Equals(explanation.Score);
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool RulesCriteriaAndScales_RoundTripOnTheirOwn(ScoringRule rule, ScoringCriterion criterion, WeightScale scale) =>
        RoundTrip(rule).Equals(rule) && RoundTrip(criterion).Equals(criterion) && RoundTrip(scale).Equals(scale);

    [Fact]
    public void Profile_IsWrittenAsDocumented()
    {
        var profile = new ScoringProfile(
        [
            new ScoringCriterion(A, "Budget confirmed", Weight.High),
            new ScoringCriterion(B, "Timeline set", Weight.Normal, validity: Duration.FromDays(90)),
            new ScoringCriterion(C, "Engaged", Weight.Low, ScoringRule.Parse("history.phoneLog within 30d")),
        ],
            version: 7);

        var json = JsonSerializer.Serialize(profile, Options);

        Assert.Equal(
            Json("{'schemaVersion':1,'version':7,'maxStars':5,'scale':{'low':1,'normal':2,'high':3},'criteria':["
                + "{'id':'a','description':'Budget confirmed','weight':'high'},"
                + "{'id':'b','description':'Timeline set','weight':'normal','validity':'2160:00:00'},"
                + "{'id':'c','description':'Engaged','weight':'low','rule':'history.phoneLog within 30d'}]}"),
            json);
    }

    [Fact]
    public void Explanation_HasTheKeysOfTheConsoleContract()
    {
        var explanation = LeadScorer.Default.Explain(NewLead(C), Abc, AsOf);

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(explanation, Options));
        var root = document.RootElement;

        Assert.Equal(1, root.GetProperty("stars").GetInt32());
        Assert.Equal(16.67m, root.GetProperty("percent").GetDecimal());
        Assert.Equal(-4, root.GetProperty("points").GetInt32());
        Assert.Equal(1, root.GetProperty("met").GetInt32());
        Assert.Equal(6, root.GetProperty("total").GetInt32());
        Assert.Equal("automatic", root.GetProperty("scoreType").GetString());
        var line = root.GetProperty("criteria")[2];
        Assert.Equal(Json("{'id':'c','description':'C','weight':'low','points':1,'met':true,'contribution':1,'reason':'checked','checkedAt':'2026-11-27T09:00:00Z'}"), line.GetRawText());
    }

    [Fact]
    public void Score_IsWrittenWithItsRoundedPercent()
    {
        var lead = NewLead(A, C);
        lead.SetManualScore(2);

        var json = JsonSerializer.Serialize(LeadScorer.Default.Score(lead, Abc, AsOf), Options);

        Assert.Equal(Json("{'stars':2,'automaticStars':3,'scoreType':'manual','manualStars':2,'maxStars':5,'percent':66.67,'points':2,'met':4,'total':6}"), json);
    }

    [Fact]
    public void CriterionStatesAndFractions_AreWrittenAsValues()
    {
        var states = CriterionStates.Empty.Check(B, AsOf).Check(A, AsOf + Duration.FromSeconds(1));

        Assert.Equal(Json("{'a':'2026-11-27T09:00:01Z','b':'2026-11-27T09:00:00Z'}"), JsonSerializer.Serialize(states, Options));
        Assert.Equal("\"50/3\"", JsonSerializer.Serialize(new Fraction(100, 6), Options));
        Assert.Equal(new Fraction(50, 3), JsonSerializer.Deserialize<Fraction>("\"50/3\"", Options));
    }

    [Fact]
    public void Profile_WithACodeRule_CannotBeWritten()
    {
        var profile = Abc.WithRule(B, new CodeRule("in-crm", _ => true));

        var ex = Assert.Throws<ScoringException>(() => JsonSerializer.Serialize(profile, Options));

        Assert.Equal(B, ex.Criterion);
        Assert.StartsWith("Criterion 'b' has a C# rule (code rule 'in-crm'), which JSON cannot hold", ex.Message, StringComparison.Ordinal);
        Assert.False(profile.IsSerializable);
    }

    [Fact]
    public void Profile_WithAnInvalidRule_IsRefusedAtTheRule()
    {
        const string json = "{'schemaVersion':1,'version':1,'maxStars':5,'scale':{'low':1,'normal':2,'high':3},'criteria':[{'id':'a','description':'A','weight':'high','rule':'history.call within 3d'}]}";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScoringProfile>(Json(json), Options));

        Assert.Equal("$.criteria[0].rule", ex.Path);
        var syntax = Assert.IsType<FilterSyntaxException>(ex.InnerException);
        Assert.Equal(9, syntax.Column);
    }

    [Theory]
    [InlineData("{'version':1,'maxStars':5,'scale':{'low':1,'normal':2,'high':3}}", "$.schemaVersion")]
    [InlineData("{'schemaVersion':1,'maxStars':5,'scale':{'low':1,'normal':2,'high':3}}", "$.version")]
    [InlineData("{'schemaVersion':1,'version':1,'maxStars':5,'scale':{'low':3,'normal':2,'high':1}}", "$.scale")]
    [InlineData("{'schemaVersion':1,'version':1,'maxStars':5,'scale':{'low':1,'normal':2,'high':3},'criteria':[{'id':'a','description':'A','weight':'high'},{'id':'b','description':'a','weight':'low'}]}", "$")]
    [InlineData("{'schemaVersion':1,'version':1,'maxStars':5,'scale':{'low':1,'normal':2,'high':3},'criteria':[{'id':'a','description':' ','weight':'high'}]}", "$.criteria[0]")]
    [InlineData("{'schemaVersion':1,'version':1,'maxStars':5,'scale':{'low':1,'normal':2,'high':3},'criteria':[{'id':'A!','description':'A','weight':'high'}]}", "$.criteria[0].id")]
    public void Profile_Invalid_IsRefusedWithThePath(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScoringProfile>(Json(json), Options));

        Assert.Equal(path, ex.Path);
    }

    [Theory]
    [InlineData("{'stars':3,'automaticStars':3,'maxStars':5,'percent':50,'points':0,'met':3,'total':6}", null)]
    [InlineData("{'stars':4,'automaticStars':3,'maxStars':5,'percent':50,'points':0,'met':3,'total':6}", "$.stars")]
    [InlineData("{'stars':3,'automaticStars':3,'maxStars':5,'percent':49.99,'points':0,'met':3,'total':6}", "$.percent")]
    [InlineData("{'stars':3,'automaticStars':3,'maxStars':5,'percent':50,'points':0,'met':7,'total':6}", "$")]
    [InlineData("{'stars':3,'automaticStars':3,'scoreType':'manual','maxStars':5,'percent':50,'points':0,'met':3,'total':6}", "$")]
    public void Score_InconsistentMembers_AreRefused(string json, string? path)
    {
        if (path is null)
        {
            Assert.Equal(3, JsonSerializer.Deserialize<LeadScore>(Json(json), Options)!.Stars);
            return;
        }

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LeadScore>(Json(json), Options));
        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void Rule_IsWrittenAsItsText()
    {
        var rule = ScoringRule.Parse("source = \"Web\" and history.any within 7d");

        Assert.Equal("\"source = \\u0022Web\\u0022 and history.any within 7d\"", JsonSerializer.Serialize(rule, new JsonSerializerOptions().ConfigureForLeadKit()));
        Assert.Equal(rule, JsonSerializer.Deserialize<AndRule>(JsonSerializer.Serialize(rule, Options), Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HistoryRule>(JsonSerializer.Serialize(rule, Options), Options));
    }
}
