using System.Text.Json;
using System.Text.Json.Nodes;
using LeadKit.Scoring;
using LeadKit.Serialization;
using static LeadKit.Tests.LeadScoring.ScoringFixtures;

namespace LeadKit.Tests.LeadScoring;

/// <summary>A score and its explanation refuse values that break their invariants, built in code or read from JSON.</summary>
public sealed class ScoreInvariantTests
{
    [Theory]
    [InlineData(-1, 5)]
    [InlineData(6, 5)]
    [InlineData(11, 10)]
    public void LeadScore_AutomaticStarsOutsideZeroToMaxStars_Refused(int stars, int maxStars) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeadScore(stars, 0, 0, 6, maxStars));

    [Theory]
    [InlineData(0, 5)]
    [InlineData(5, 5)]
    public void LeadScore_AutomaticStarsAtTheBounds_Accepted(int stars, int maxStars) =>
        Assert.Equal(stars, new LeadScore(stars, 0, 0, 6, maxStars).AutomaticStars);

    [Fact]
    public void ScoreExplanation_LinesAddingUpToTheScore_Accepted()
    {
        var explanation = LeadScorer.Default.Explain(NewLead(A, C), Abc, AsOf);

        var copy = new ScoreExplanation(explanation.Score, explanation.Criteria, explanation.ProfileVersion, explanation.AsOf);

        Assert.Equal(explanation, copy);
    }

    [Fact]
    public void ScoreExplanation_LinesOfAnotherScore_Refused()
    {
        var explanation = LeadScorer.Default.Explain(NewLead(A, C), Abc, AsOf);
        var other = LeadScorer.Default.Explain(NewLead(B), Abc, AsOf);

        var error = Assert.Throws<ArgumentException>(() => new ScoreExplanation(other.Score, explanation.Criteria, explanation.ProfileVersion, AsOf));

        Assert.Equal("criteria", error.ParamName);
        Assert.Contains($"the score has {other.Score.Points}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreExplanation_ALineLeftOut_Refused()
    {
        var explanation = LeadScorer.Default.Explain(NewLead(A, C), Abc, AsOf);

        Assert.Throws<ArgumentException>(() => new ScoreExplanation(explanation.Score, explanation.Criteria.Skip(1), explanation.ProfileVersion, AsOf));
    }

    [Fact]
    public void ScoreExplanationJson_LinesNotAddingUp_RefusedWithAJsonError()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(LeadScorer.Default.Explain(NewLead(A, C), Abc, AsOf), LeadKitJsonOptions.Default))!.AsObject();
        var criteria = json["criteria"]!.AsArray();
        criteria.RemoveAt(criteria.Count - 1);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScoreExplanation>(json.ToJsonString(), LeadKitJsonOptions.Default));
    }
}
