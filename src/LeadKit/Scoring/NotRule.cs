using System;
using System.Collections.Generic;
using System.Text;

namespace LeadKit.Scoring;

/// <summary><c>not (a)</c>: holds when the operand does not. Built by <see cref="ScoringRule.Not"/>; the operand is never a <see cref="FilterRule"/> (a negated field condition is a field condition).</summary>
public sealed class NotRule : ScoringRule
{
    internal NotRule(ScoringRule operand)
    {
        Operand = operand;
    }

    /// <summary>Gets the negated rule.</summary>
    public ScoringRule Operand { get; }

    /// <inheritdoc />
    public override bool Equals(ScoringRule? other) => other is NotRule rule && Operand.Equals(rule.Operand);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(typeof(NotRule), Operand);

    internal override Func<ScoringContext, bool> Compile()
    {
        var operand = Operand.Compile();
        return context => !operand(context);
    }

    internal override void Describe(ScoringContext context, List<string> evidence) => Operand.Describe(context, evidence);

    internal override void WriteTo(StringBuilder builder)
    {
        // Always parenthesised, as the filter language prints "not (a)".
        builder.Append("not (");
        Operand.WriteTo(builder);
        builder.Append(')');
    }
}
