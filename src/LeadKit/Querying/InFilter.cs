using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace LeadKit.Querying;

/// <summary><c>field in (a, b, c)</c>: true when some value of the field equals one of the literals (like <c>field = a or field = b or field = c</c>).</summary>
public sealed record InFilter : FieldFilter
{
    /// <summary>Creates the condition.</summary>
    /// <param name="field">The field.</param>
    /// <param name="values">The literals: at least one, all of one kind, each suiting the field.</param>
    /// <exception cref="FilterException">The list is empty, mixes kinds, or a literal does not suit the field.</exception>
    public InFilter(RecordField field, IEnumerable<FilterValue> values)
        : base(field)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = [.. values.Select(v => v ?? throw new ArgumentException("A value is null.", nameof(values)))];
        if (FilterRules.CheckIn(field, Values) is { } error)
        {
            throw new FilterException(error, field.Name);
        }
    }

    /// <summary>Gets the literals, in the order written.</summary>
    public ImmutableArray<FilterValue> Values { get; }

    /// <inheritdoc />
    public bool Equals(InFilter? other) => other is not null && base.Equals(other) && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(base.GetHashCode());
        foreach (var value in Values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    internal override void WriteTo(StringBuilder builder)
    {
        builder.Append(Field.Name).Append(" in (");
        for (var i = 0; i < Values.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(Values[i]);
        }

        builder.Append(')');
    }
}
