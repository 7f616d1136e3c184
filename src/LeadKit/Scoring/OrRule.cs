using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace LeadKit.Scoring;

/// <summary><c>a or b or …</c>: holds when some operand does. Built by <see cref="ScoringRule.Or(ScoringRule[])"/>: operands are never <see cref="OrRule"/>s, and no two adjacent ones are <see cref="FilterRule"/>s.</summary>
public sealed class OrRule : ScoringRule
{
    internal OrRule(IReadOnlyList<ScoringRule> operands)
    {
        Operands = [.. operands];
    }

    /// <summary>Gets the operands, in order (two or more).</summary>
    public ImmutableArray<ScoringRule> Operands { get; }

    /// <inheritdoc />
    public override bool Equals(ScoringRule? other) => other is OrRule rule && Operands.SequenceEqual(rule.Operands);

    /// <inheritdoc />
    public override int GetHashCode() => Operands.Aggregate(typeof(OrRule).GetHashCode(), HashCode.Combine);

    internal override Func<ScoringContext, bool> Compile()
    {
        var operands = Operands.Select(o => o.Compile()).ToArray();
        return context => Array.Exists(operands, operand => operand(context));
    }

    internal override void Describe(ScoringContext context, List<string> evidence)
    {
        foreach (var operand in Operands)
        {
            operand.Describe(context, evidence);
        }
    }

    internal override void WriteTo(StringBuilder builder)
    {
        for (var i = 0; i < Operands.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : " or ");
            WriteOperand(builder, Operands[i], insideAnd: false);
        }
    }
}
