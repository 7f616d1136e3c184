using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Scoring;

/// <summary><c>a and b and …</c>: holds when every operand does. Built by <see cref="ScoringRule.And(ScoringRule[])"/>: operands are never <see cref="AndRule"/>s, and no two adjacent ones are <see cref="FilterRule"/>s.</summary>
public sealed class AndRule : ConnectiveRule
{
    internal AndRule(IReadOnlyList<ScoringRule> operands)
        : base(operands)
    {
    }

    private protected override string Keyword => " and ";

    private protected override bool IsAnd => true;

    internal override Func<ScoringContext, bool> Compile()
    {
        var operands = Operands.Select(o => o.Compile()).ToArray();
        return context => Array.TrueForAll(operands, operand => operand(context));
    }
}
