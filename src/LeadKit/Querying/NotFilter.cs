using System;
using System.Text;

namespace LeadKit.Querying;

/// <summary><c>not (a)</c>: true when the operand is false.</summary>
public sealed record NotFilter : Filter
{
    /// <summary>Creates the negation.</summary>
    /// <param name="operand">The filter to negate.</param>
    public NotFilter(Filter operand)
    {
        Operand = operand ?? throw new ArgumentNullException(nameof(operand));
    }

    /// <summary>Gets the negated filter.</summary>
    public Filter Operand { get; }

    internal override void WriteTo(StringBuilder builder)
    {
        // Always parenthesised: "not (a and b)" cannot be misread, and the text stays canonical.
        builder.Append("not (");
        Operand.WriteTo(builder);
        builder.Append(')');
    }
}
