using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Scoring;

/// <summary><c>a or b or …</c>: holds when some operand does. Built by <see cref="ScoringRule.Or(ScoringRule[])"/>: operands are never <see cref="OrRule"/>s, and no two adjacent ones are <see cref="FilterRule"/>s.</summary>
public sealed class OrRule : ConnectiveRule
{
    internal OrRule(IReadOnlyList<ScoringRule> operands)
        : base(operands)
    {
    }

    private protected override string Keyword => " or ";

    private protected override bool IsAnd => false;

    internal override Func<ScoringContext, bool> Compile()
    {
        var operands = Operands.Select(o => o.Compile()).ToArray();
        return context => Array.Exists(operands, operand => operand(context));
    }
}
