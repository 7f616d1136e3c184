using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="StoredScore"/>, the <c>score</c> member of a lead or business
/// contact: <c>{"automaticStars": 3, "points": 0, "met": 3, "total": 6, "maxStars": 5,
/// "profileVersion": 4, "scoredAt": "…", "recordVersion": 2, "expiresAt": "…"}</c>. The provenance
/// members are optional: documents written before they existed still load (as stale scores).
/// </summary>
internal sealed class StoredScoreDocument : IDocument<StoredScoreDocument, StoredScore>
{
    public int? AutomaticStars { get; set; }

    public int? Points { get; set; }

    public int? Met { get; set; }

    public int? Total { get; set; }

    public int? MaxStars { get; set; }

    public long? ProfileVersion { get; set; }

    public Instant? ScoredAt { get; set; }

    public long? RecordVersion { get; set; }

    public Instant? ExpiresAt { get; set; }

    public static StoredScoreDocument From(StoredScore value) => new()
    {
        AutomaticStars = value.AutomaticStars,
        Points = value.Points,
        Met = value.Met,
        Total = value.Total,
        MaxStars = value.MaxStars,
        ProfileVersion = value.ProfileVersion,
        ScoredAt = value.ScoredAt,
        RecordVersion = value.RecordVersion,
        ExpiresAt = value.ExpiresAt,
    };

    public StoredScore ToValue(DocumentPath path) => path.Build(() => new StoredScore(
        path.Property("automaticStars").RequiredValue(AutomaticStars),
        path.Property("points").RequiredValue(Points),
        path.Property("met").RequiredValue(Met),
        path.Property("total").RequiredValue(Total),
        path.Property("maxStars").RequiredValue(MaxStars),
        ProfileVersion,
        ScoredAt,
        RecordVersion,
        ExpiresAt));
}
