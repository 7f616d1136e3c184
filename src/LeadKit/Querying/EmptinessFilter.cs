using System.Text;

namespace LeadKit.Querying;

/// <summary><c>field is empty</c> (the record has no value for the field) or <c>field is not empty</c>.</summary>
public sealed record EmptinessFilter : FieldFilter
{
    /// <summary>Creates an emptiness test.</summary>
    /// <param name="field">The field (any field).</param>
    /// <param name="negated"><see langword="false"/> for <c>is empty</c>, <see langword="true"/> for <c>is not empty</c>.</param>
    public EmptinessFilter(RecordField field, bool negated)
        : base(field)
    {
        Negated = negated;
    }

    /// <summary>Gets a value indicating whether this is <c>is not empty</c> rather than <c>is empty</c>.</summary>
    public bool Negated { get; }

    internal override void WriteTo(StringBuilder builder) =>
        builder.Append(Field.Name).Append(Negated ? " is not empty" : " is empty");
}
