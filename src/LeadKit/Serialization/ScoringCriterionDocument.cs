using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="ScoringCriterion"/>: id, description, weight, and the rule as its
/// text or the validity period when there is one. A criterion with a C# rule cannot be written.
/// </summary>
internal sealed class ScoringCriterionDocument : IDocument<ScoringCriterionDocument, ScoringCriterion>
{
    public string? Id { get; set; }

    public string? Description { get; set; }

    public Weight? Weight { get; set; }

    public string? Rule { get; set; }

    public Duration? Validity { get; set; }

    public static ScoringCriterionDocument From(ScoringCriterion value) => new()
    {
        Id = Scalars.CriterionId.Format(value.Id),
        Description = value.Description,
        Weight = value.Weight,
        Rule = value.Rule switch
        {
            null => null,
            ScoringRule rule => ScoringScalars.Rule.Format(rule),
            var code => throw new ScoringException(
                $"Criterion '{value.Id}' has a C# rule ({code}), which JSON cannot hold: give it a text rule (ScoringRule.Parse) or write the profile without it.",
                value.Id),
        },
        Validity = value.Validity,
    };

    public ScoringCriterion ToValue(DocumentPath path)
    {
        var id = Scalars.CriterionId.Parse(Id, path.Property("id"));
        var description = path.Property("description").Required(Description);
        var weight = path.Property("weight").RequiredValue(Weight);
        var rule = Rule is null ? null : path.Property("rule").Build(() => ScoringRule.Parse(Rule));
        return path.Build(() => new ScoringCriterion(id, description, weight, rule, Validity));
    }
}
