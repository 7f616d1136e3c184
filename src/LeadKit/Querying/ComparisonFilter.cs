using System;
using System.Text;

namespace LeadKit.Querying;

/// <summary>
/// <c>field op value</c> with <c>op</c> one of <c>= != &lt; &lt;= &gt; &gt;=</c>: true when some
/// value of the field compares so with the literal. <c>!=</c> is the exact negation of <c>=</c>,
/// so it is true on a missing value while every other comparison is false.
/// </summary>
public sealed record ComparisonFilter : FieldFilter
{
    /// <summary>Creates a comparison.</summary>
    /// <param name="field">The field.</param>
    /// <param name="comparison">The operator.</param>
    /// <param name="value">The literal, of a kind the field accepts.</param>
    /// <exception cref="FilterException">The literal does not suit the field (e.g. <c>created &gt; "abc"</c>), or an ordering compares <c>true</c>/<c>false</c>.</exception>
    public ComparisonFilter(RecordField field, ComparisonOperator comparison, FilterValue value)
        : base(field)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Enum.IsDefined(comparison))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison operator.");
        }

        if (FilterRules.CheckComparison(field, comparison, value) is { } error)
        {
            throw new FilterException(error, field.Name);
        }

        Operator = comparison;
        Value = value;
    }

    /// <summary>Gets the operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>Gets the literal.</summary>
    public FilterValue Value { get; }

    internal override void WriteTo(StringBuilder builder) =>
        builder.Append(Field.Name).Append(' ').Append(FilterRules.Symbol(Operator)).Append(' ').Append(Value);
}
