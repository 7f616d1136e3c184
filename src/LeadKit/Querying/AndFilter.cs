using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace LeadKit.Querying;

/// <summary><c>a and b and …</c>: true when every operand is. Nested <c>and</c>s are flattened, so an operand is never an <see cref="AndFilter"/>.</summary>
public sealed record AndFilter : Filter
{
    /// <summary>Creates the conjunction (exactly as given, apart from flattening; <see cref="Filter.And(Filter[])"/> also simplifies).</summary>
    /// <param name="operands">The operands: at least two after flattening.</param>
    /// <exception cref="ArgumentException">Fewer than two operands, or a null one.</exception>
    public AndFilter(IEnumerable<Filter> operands)
    {
        Operands = Connective.Flatten<AndFilter>(operands, a => a.Operands, nameof(operands));
    }

    /// <summary>Gets the operands, in order.</summary>
    public ImmutableArray<Filter> Operands { get; }

    /// <inheritdoc />
    public bool Equals(AndFilter? other) => other is not null && base.Equals(other) && Operands.SequenceEqual(other.Operands);

    /// <inheritdoc />
    public override int GetHashCode() => Connective.Hash(base.GetHashCode(), Operands);

    internal override void WriteTo(StringBuilder builder)
    {
        for (var i = 0; i < Operands.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : " and ");
            var operand = Operands[i];
            if (operand is OrFilter)
            {
                builder.Append('(');
                operand.WriteTo(builder);
                builder.Append(')');
            }
            else
            {
                operand.WriteTo(builder);
            }
        }
    }
}
