using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace LeadKit.Querying;

/// <summary><c>a or b or …</c>: true when some operand is. Nested <c>or</c>s are flattened, so an operand is never an <see cref="OrFilter"/>.</summary>
public sealed record OrFilter : Filter
{
    /// <summary>Creates the disjunction (exactly as given, apart from flattening; <see cref="Filter.Or(Filter[])"/> also simplifies).</summary>
    /// <param name="operands">The operands: at least two after flattening.</param>
    /// <exception cref="ArgumentException">Fewer than two operands, or a null one.</exception>
    public OrFilter(IEnumerable<Filter> operands)
    {
        Operands = Connective.Flatten<OrFilter>(operands, o => o.Operands, nameof(operands));
    }

    /// <summary>Gets the operands, in order.</summary>
    public ImmutableArray<Filter> Operands { get; }

    /// <inheritdoc />
    public bool Equals(OrFilter? other) => other is not null && base.Equals(other) && Operands.SequenceEqual(other.Operands);

    /// <inheritdoc />
    public override int GetHashCode() => Connective.Hash(base.GetHashCode(), Operands);

    internal override void WriteTo(StringBuilder builder)
    {
        for (var i = 0; i < Operands.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : " or ");
            Operands[i].WriteTo(builder);
        }
    }
}
