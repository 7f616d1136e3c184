using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LeadKit.Querying;

namespace LeadKit.Scoring;

/// <summary>
/// Field conditions of the filter language (<c>source = "Trade Show" and custom.Employees &gt;= 50</c>):
/// the rule holds when the record's fields match <see cref="Filter"/>. The evidence lists the values
/// of the fields the filter names.
/// </summary>
public sealed class FilterRule : ScoringRule
{
    /// <summary>The error code of a rule that reads a score field.</summary>
    internal const string ScoreFieldCode = "LeadKit.ScoringRule.ScoreField";

    internal FilterRule(Filter filter)
    {
        // A rule that reads the score would make a re-score depend on the previous one (never idempotent).
        if (FieldsOf(filter).FirstOrDefault(IsScoreField) is { } field)
        {
            throw new Validation.LeadKitValidationException(nameof(ScoringRule), [new Validation.ValidationError(
                "Rule",
                ScoreFieldCode,
                $"A scoring rule cannot read the score field '{field.Name}': a score computed from a score would change on every re-score. Use the criteria themselves.",
                filter.ToString())]);
        }

        Filter = filter;
    }

    /// <summary>Gets the filter.</summary>
    public Filter Filter { get; }

    /// <inheritdoc />
    public override bool Equals(ScoringRule? other) => other is FilterRule rule && Filter.Equals(rule.Filter);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(FilterRule), Filter);

    internal override Func<ScoringContext, bool> Compile()
    {
        var matches = Filter.Compile();
        return context => matches(context.Fields);
    }

    internal override void Describe(ScoringContext context, List<string> evidence)
    {
        var record = context.Record.Fields;
        foreach (var field in FieldsOf(Filter).Distinct())
        {
            if (record is null)
            {
                evidence.Add($"{field.Name}: no fields");
                continue;
            }

            var values = field.GetValues(record);
            evidence.Add(values.Count == 0
                ? $"{field.Name} is empty"
                : $"{field.Name} = {string.Join(", ", values.Select(v => FilterValue.FromObject(v).ToString()))}");
        }
    }

    internal override void WriteTo(StringBuilder builder) => builder.Append(Filter.ToString());

    private static bool IsScoreField(RecordField field) =>
        field == RecordField.Stars || field == RecordField.ScorePoints || field == RecordField.ManualStars || field == RecordField.ScoreType;

    private static IEnumerable<RecordField> FieldsOf(Filter filter) => filter switch
    {
        FieldFilter condition => [condition.Field],
        AndFilter and => and.Operands.SelectMany(FieldsOf),
        OrFilter or => or.Operands.SelectMany(FieldsOf),
        NotFilter not => FieldsOf(not.Operand),
        _ => [],
    };
}
