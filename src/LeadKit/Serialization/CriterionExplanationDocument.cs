using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="CriterionExplanation"/>: one criterion of a score explanation.</summary>
internal sealed class CriterionExplanationDocument : IDocument<CriterionExplanationDocument, CriterionExplanation>
{
    public string? Id { get; set; }

    public string? Description { get; set; }

    public Weight? Weight { get; set; }

    public int? Points { get; set; }

    public bool? Met { get; set; }

    public int? Contribution { get; set; }

    public CriterionReason? Reason { get; set; }

    public Instant? CheckedAt { get; set; }

    public Instant? ExpiredAt { get; set; }

    public string? Evidence { get; set; }

    public static CriterionExplanationDocument From(CriterionExplanation value) => new()
    {
        Id = Scalars.CriterionId.Format(value.Id),
        Description = value.Description,
        Weight = value.Weight,
        Points = value.Points,
        Met = value.Met,
        Contribution = value.Contribution,
        Reason = value.Reason,
        CheckedAt = value.CheckedAt,
        ExpiredAt = value.ExpiredAt,
        Evidence = value.Evidence,
    };

    public CriterionExplanation ToValue(DocumentPath path)
    {
        var id = Scalars.CriterionId.Parse(Id, path.Property("id"));
        var description = path.Property("description").Required(Description);
        var weight = path.Property("weight").RequiredValue(Weight);
        var points = path.Property("points").RequiredValue(Points);
        var met = path.Property("met").RequiredValue(Met);
        var contribution = path.Property("contribution").RequiredValue(Contribution);
        var reason = path.Property("reason").RequiredValue(Reason);
        return path.Build(() => new CriterionExplanation(id, description, weight, points, met, reason, contribution, CheckedAt, ExpiredAt, Evidence));
    }
}
