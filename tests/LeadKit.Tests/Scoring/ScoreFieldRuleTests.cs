using LeadKit.Querying;
using LeadKit.Scoring;

namespace LeadKit.Tests.LeadScoring;

/// <summary>Rules may not read the score itself: a re-score must not depend on the previous one.</summary>
public sealed class ScoreFieldRuleTests
{
    [Theory]
    [InlineData("stars >= 3", "stars")]
    [InlineData("scorePoints > 0", "scorePoints")]
    [InlineData("manualStars is not empty", "manualStars")]
    [InlineData("scoreType = \"Manual\"", "scoreType")]
    [InlineData("source = \"Web\" or not (stars < 2)", "stars")]
    [InlineData("history.phoneLog within 30d and scorePoints >= 0", "scorePoints")]
    public void Parse_RuleReadingAScoreField_IsRefusedNamingTheField(string text, string field)
    {
        var error = Assert.Throws<ScoringException>(() => ScoringRule.Parse(text));

        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("re-score", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stars = 5")]
    [InlineData("company = \"Contoso\" and scoreType = \"Automatic\"")]
    public void FromFilter_FilterReadingAScoreField_IsRefused(string filter) =>
        Assert.Throws<ScoringException>(() => ScoringRule.FromFilter(Filter.Parse(filter)));

    [Theory]
    [InlineData("source = \"Web\"")]
    [InlineData("checked = \"budget\"")]
    [InlineData("custom.Stars >= 3")]
    public void Parse_RuleReadingOtherFields_IsAccepted(string text) =>
        Assert.NotNull(ScoringRule.Parse(text));
}
