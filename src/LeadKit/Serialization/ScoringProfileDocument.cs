using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using LeadKit.Scoring;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="ScoringProfile"/>, a top-level document with a schema version:
/// the profile's own version, the stars shown, the weight scale and the criteria in order.
/// </summary>
internal sealed class ScoringProfileDocument : IDocument<ScoringProfileDocument, ScoringProfile>
{
    [JsonPropertyOrder(-2)]
    public int SchemaVersion { get; set; } = Serialization.SchemaVersion.Current;

    [JsonPropertyOrder(-1)]
    public long? Version { get; set; }

    public int? MaxStars { get; set; }

    public WeightScaleDocument? Scale { get; set; }

    public List<ScoringCriterionDocument?>? Criteria { get; set; }

    public static bool IsVersioned => true;

    public static ScoringProfileDocument From(ScoringProfile value) => new()
    {
        Version = value.Version,
        MaxStars = value.MaxStars,
        Scale = WeightScaleDocument.From(value.Scale),
        Criteria = [.. value.Criteria.Select(ScoringCriterionDocument.From)],
    };

    public ScoringProfile ToValue(DocumentPath path)
    {
        var version = path.Property("version").RequiredValue(Version);
        var maxStars = path.Property("maxStars").RequiredValue(MaxStars);
        var scale = path.Property("scale").Required(Scale).ToValue(path.Property("scale"));
        var criteria = new List<ScoringCriterion>();
        for (var i = 0; i < (Criteria?.Count ?? 0); i++)
        {
            var at = path.Property("criteria").Index(i);
            criteria.Add(at.Required(Criteria![i]).ToValue(at));
        }

        return path.Build(() => new ScoringProfile(criteria, scale, maxStars, version));
    }
}
