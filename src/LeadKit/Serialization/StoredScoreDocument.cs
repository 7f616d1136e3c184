using LeadKit.Scoring;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="StoredScore"/>, the <c>score</c> member of a lead or business
/// contact: <c>{"automaticStars": 3, "points": 0, "met": 3, "total": 6, "maxStars": 5}</c>.
/// </summary>
internal sealed class StoredScoreDocument : IDocument<StoredScoreDocument, StoredScore>
{
    public int? AutomaticStars { get; set; }

    public int? Points { get; set; }

    public int? Met { get; set; }

    public int? Total { get; set; }

    public int? MaxStars { get; set; }

    public static StoredScoreDocument From(StoredScore value) => new()
    {
        AutomaticStars = value.AutomaticStars,
        Points = value.Points,
        Met = value.Met,
        Total = value.Total,
        MaxStars = value.MaxStars,
    };

    public StoredScore ToValue(DocumentPath path) => path.Build(() => new StoredScore(
        path.Property("automaticStars").RequiredValue(AutomaticStars),
        path.Property("points").RequiredValue(Points),
        path.Property("met").RequiredValue(Met),
        path.Property("total").RequiredValue(Total),
        path.Property("maxStars").RequiredValue(MaxStars)));
}
