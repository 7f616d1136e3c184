using LeadKit.Scoring;
using NodaTime;
using static LeadKit.Tests.LeadScoring.ScoringFixtures;

namespace LeadKit.Tests.LeadScoring;

/// <summary>The worked example of docs/scoring.md, row by row, through the public API (engine, explanation and fast path).</summary>
public sealed class WorkedExampleTests
{
    [Theory]
    [InlineData("", 0, -6, "0", "0", 0)]
    [InlineData("c", 1, -4, "16.67", "50/3", 1)]
    [InlineData("b", 2, -2, "33.33", "100/3", 2)]
    [InlineData("a", 3, 0, "50", "50", 3)]
    [InlineData("ac", 4, 2, "66.67", "200/3", 3)]
    [InlineData("ab", 5, 4, "83.33", "250/3", 4)]
    [InlineData("abc", 6, 6, "100", "100", 5)]
    public void Score_WorkedExampleRow_MatchesTheTable(string met, int m, int points, string percent, string exactPercent, int stars)
    {
        var lead = NewLead([.. met.Select(c => new CriterionId(c.ToString()))]);

        var score = LeadScorer.Default.Score(lead, Abc, AsOf);

        Assert.Equal(m, score.Met);
        Assert.Equal(6, score.Total);
        Assert.Equal(points, score.Points);
        Assert.Equal(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), score.Percent.Round(2));
        Assert.Equal(Fraction.Parse(exactPercent), score.Percent);
        Assert.Equal(stars, score.Stars);
        Assert.Equal(stars, score.AutomaticStars);
        Assert.Equal(ScoreType.Automatic, score.ScoreType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("c")]
    [InlineData("b")]
    [InlineData("a")]
    [InlineData("ac")]
    [InlineData("ab")]
    [InlineData("abc")]
    public void ExplainAndFastPath_WorkedExampleRow_AgreeWithScore(string met)
    {
        var lead = NewLead([.. met.Select(c => new CriterionId(c.ToString()))]);
        var score = LeadScorer.Default.Score(lead, Abc, AsOf);

        var explanation = LeadScorer.Default.Explain(lead, Abc, AsOf);
        var compiled = LeadScorer.Default.Compile(Abc);
        var mask = compiled.MaskOf(lead, AsOf);

        Assert.Equal(score, explanation.Score);
        Assert.Equal(score.Points, explanation.Criteria.Sum(l => l.Contribution));
        Assert.Equal(score.Met, explanation.Criteria.Where(l => l.Met).Sum(l => l.Points));
        Assert.Equal(score, compiled.Score(mask));
        Assert.Equal(score.Stars, compiled.Stars(mask));
    }

    [Fact]
    public void Explain_RowAC_ListsEachCriterionWithItsSignedContribution()
    {
        var explanation = LeadScorer.Default.Explain(NewLead(A, C), Abc, AsOf);

        Assert.Collection(
            explanation.Criteria,
            a => Assert.Equal((A, Weight.High, 3, true, CriterionReason.Checked, 3, (Instant?)AsOf), (a.Id, a.Weight, a.Points, a.Met, a.Reason, a.Contribution, a.CheckedAt)),
            b => Assert.Equal((B, Weight.Normal, 2, false, CriterionReason.Unchecked, -2, (Instant?)null), (b.Id, b.Weight, b.Points, b.Met, b.Reason, b.Contribution, b.CheckedAt)),
            c => Assert.Equal((C, Weight.Low, 1, true, CriterionReason.Checked, 1, (Instant?)AsOf), (c.Id, c.Weight, c.Points, c.Met, c.Reason, c.Contribution, c.CheckedAt)));
        Assert.Equal(1, explanation.ProfileVersion);
        Assert.Equal(AsOf, explanation.AsOf);
        Assert.Equal("★★★☆☆", explanation.Score.ToStarText());
    }
}
