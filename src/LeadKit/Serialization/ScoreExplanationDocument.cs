using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="ScoreExplanation"/>, a top-level document with a schema version:
/// the score's members at the top level (<c>stars</c>, <c>percent</c>, <c>points</c>, <c>met</c>,
/// <c>total</c>, <c>scoreType</c>, …), the profile version, <c>asOf</c>, and one entry per criterion.
/// </summary>
internal sealed class ScoreExplanationDocument : IDocument<ScoreExplanationDocument, ScoreExplanation>
{
    [JsonPropertyOrder(-2)]
    public int SchemaVersion { get; set; } = Serialization.SchemaVersion.Current;

    public int? Stars { get; set; }

    public int? AutomaticStars { get; set; }

    public ScoreType? ScoreType { get; set; }

    public int? ManualStars { get; set; }

    public int? MaxStars { get; set; }

    public decimal? Percent { get; set; }

    public int? Points { get; set; }

    public int? Met { get; set; }

    public int? Total { get; set; }

    public long? ProfileVersion { get; set; }

    public Instant? AsOf { get; set; }

    public List<CriterionExplanationDocument?>? Criteria { get; set; }

    public static bool IsVersioned => true;

    public static ScoreExplanationDocument From(ScoreExplanation value)
    {
        var score = LeadScoreDocument.From(value.Score);
        return new ScoreExplanationDocument
        {
            Stars = score.Stars,
            AutomaticStars = score.AutomaticStars,
            ScoreType = score.ScoreType,
            ManualStars = score.ManualStars,
            MaxStars = score.MaxStars,
            Percent = score.Percent,
            Points = score.Points,
            Met = score.Met,
            Total = score.Total,
            ProfileVersion = value.ProfileVersion,
            AsOf = value.AsOf,
            Criteria = [.. value.Criteria.Select(CriterionExplanationDocument.From)],
        };
    }

    public ScoreExplanation ToValue(DocumentPath path)
    {
        var score = LeadScoreDocument.Read(path, Stars, AutomaticStars, ScoreType, ManualStars, MaxStars, Percent, Points, Met, Total);
        var profileVersion = path.Property("profileVersion").RequiredValue(ProfileVersion);
        var asOf = path.Property("asOf").RequiredValue(AsOf);
        var criteria = new List<CriterionExplanation>();
        for (var i = 0; i < (Criteria?.Count ?? 0); i++)
        {
            var at = path.Property("criteria").Index(i);
            criteria.Add(at.Required(Criteria![i]).ToValue(at));
        }

        return path.Build(() => new ScoreExplanation(score, criteria, profileVersion, asOf));
    }
}
