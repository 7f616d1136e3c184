using LeadKit.Scoring;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="LeadScore"/>. <c>percent</c> is 100·met/total rounded to two places
/// for display (the exact value is the fraction <c>100·met/total</c>); a reader checks it, and
/// <c>stars</c>, against the other members.
/// </summary>
internal sealed class LeadScoreDocument : IDocument<LeadScoreDocument, LeadScore>
{
    public int? Stars { get; set; }

    public int? AutomaticStars { get; set; }

    public ScoreType? ScoreType { get; set; }

    public int? ManualStars { get; set; }

    public int? MaxStars { get; set; }

    public decimal? Percent { get; set; }

    public int? Points { get; set; }

    public int? Met { get; set; }

    public int? Total { get; set; }

    public static LeadScoreDocument From(LeadScore value) => new()
    {
        Stars = value.Stars,
        AutomaticStars = value.AutomaticStars,
        ScoreType = value.ScoreType,
        ManualStars = value.ManualStars,
        MaxStars = value.MaxStars,
        Percent = value.Percent.Round(2),
        Points = value.Points,
        Met = value.Met,
        Total = value.Total,
    };

    public LeadScore ToValue(DocumentPath path) =>
        Read(path, Stars, AutomaticStars, ScoreType, ManualStars, MaxStars, Percent, Points, Met, Total);

    /// <summary>Rebuilds a score from its members (shared with the explanation, which carries them at its top level).</summary>
    internal static LeadScore Read(DocumentPath path, int? stars, int? automaticStars, ScoreType? scoreType, int? manualStars, int? maxStars, decimal? percent, int? points, int? met, int? total)
    {
        var score = path.Build(() => new LeadScore(
            path.Property("automaticStars").RequiredValue(automaticStars),
            path.Property("points").RequiredValue(points),
            path.Property("met").RequiredValue(met),
            path.Property("total").RequiredValue(total),
            path.Property("maxStars").RequiredValue(maxStars),
            scoreType ?? Scoring.ScoreType.Automatic,
            manualStars));
        if (stars is { } shown && shown != score.Stars)
        {
            throw path.Property("stars").Error($"the score shows {score.Stars} stars, not {shown}.");
        }

        if (percent is { } written && written != score.Percent.Round(2))
        {
            throw path.Property("percent").Error($"100 × {score.Met} / {score.Total} is {score.Percent.Round(2)} %, not {written}.");
        }

        return score;
    }
}
