using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace LeadKit.Scoring;

/// <summary>
/// What <see cref="AndRule"/> and <see cref="OrRule"/> share: two or more operands, written
/// with one keyword between them, equal when of the same kind with the same operands in order.
/// </summary>
public abstract class ConnectiveRule : ScoringRule
{
    private protected ConnectiveRule(IReadOnlyList<ScoringRule> operands)
    {
        Operands = [.. operands];
    }

    /// <summary>Gets the operands, in order (two or more).</summary>
    public ImmutableArray<ScoringRule> Operands { get; }

    private protected abstract string Keyword { get; }

    private protected abstract bool IsAnd { get; }

    /// <inheritdoc />
    public sealed override bool Equals(ScoringRule? other) =>
        other is ConnectiveRule rule && rule.GetType() == GetType() && Operands.SequenceEqual(rule.Operands);

    /// <inheritdoc />
    public sealed override int GetHashCode() => Operands.Aggregate(GetType().GetHashCode(), HashCode.Combine);

    internal sealed override void Describe(ScoringContext context, List<string> evidence)
    {
        foreach (var operand in Operands)
        {
            operand.Describe(context, evidence);
        }
    }

    internal sealed override void WriteTo(StringBuilder builder)
    {
        for (var i = 0; i < Operands.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : Keyword);
            WriteOperand(builder, Operands[i], insideAnd: IsAnd);
        }
    }
}
