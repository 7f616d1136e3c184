using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LeadKit.Querying;

namespace LeadKit.Scoring;

/// <summary>
/// Field conditions of the filter language (<c>source = "Trade Show" and custom.Employees &gt;= 50</c>):
/// the rule holds when the record's fields match <see cref="Filter"/>. The fields are read through
/// <see cref="IScorableRecord.Fields"/> (<see cref="IRecordFields"/>), so the rule works on a host's own
/// record type as on a lead. The evidence lists the values of the fields the filter names.
/// </summary>
public sealed class FilterRule : ScoringRule
{
    /// <summary>The fields that are the score itself, or how it is set: a rule reading them would make a re-score depend on the previous one.</summary>
    private static readonly RecordField[] ScoreFields = [RecordField.Stars, RecordField.ScorePoints, RecordField.ManualStars, RecordField.ScoreType];

    internal FilterRule(Filter filter)
    {
        if (FieldsOf(filter).FirstOrDefault(f => ScoreFields.Contains(f)) is { } field)
        {
            throw new ScoringException(
                $"A scoring rule cannot read '{field.Name}' ({filter}): it is the score itself or how the score is set, so the "
                + "result would depend on the previous score and a re-score would not be idempotent. Test the record's other fields, its checks or its history.");
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
        if (Filter.NamesUsers)
        {
            // Evaluated as written, the name would be compared with user ids and match nothing: refuse instead.
            throw new ScoringException(
                $"The rule names a user by display name ({string.Join(", ", Filter.NamedUsers.Distinct(StringComparer.OrdinalIgnoreCase).Select(n => $"\"{n}\""))}), which only the workspace's users can turn into an id: "
                + "bind the rule before scoring with it: ScoringProfile.BindUsers(users) or ScoringRule.BindUsers(users) when scoring in memory; "
                + "a profile saved through the ScoringProfiles service is bound against the workspace's users when it is saved.");
        }

        // A ContactRecord keeps the field getters' path; other records are read through IRecordFields.
        var matches = FilterCompiler.CompileFields<IRecordFields>(Filter);
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

            var values = FilterCompiler.ValuesOf(record, field);
            evidence.Add(values.Count == 0
                ? $"{field.Name} is empty"
                : $"{field.Name} = {string.Join(", ", values.Select(v => FilterValue.FromObject(v).ToString()))}");
        }
    }

    internal override void WriteTo(StringBuilder builder) => builder.Append(Filter.ToString());

    private static IEnumerable<RecordField> FieldsOf(Filter filter) => filter switch
    {
        FieldFilter condition => [condition.Field],
        AndFilter and => and.Operands.SelectMany(FieldsOf),
        OrFilter or => or.Operands.SelectMany(FieldsOf),
        NotFilter not => FieldsOf(not.Operand),
        _ => [],
    };
}
