using System;

namespace LeadKit.Querying;

/// <summary>
/// A condition on one field: <see cref="ComparisonFilter"/>, <see cref="TextFilter"/>,
/// <see cref="EmptinessFilter"/> or <see cref="InFilter"/>. Only fields with
/// <see cref="FieldCapabilities.Filter"/> can be tested; the constructors refuse others with a <see cref="FilterException"/>.
/// </summary>
public abstract record FieldFilter : Filter
{
    private protected FieldFilter(RecordField field)
    {
        Field = field ?? throw new ArgumentNullException(nameof(field));
        if (FilterRules.CheckFilterable(field) is { } error)
        {
            throw new FilterException(error, field.Name);
        }
    }

    /// <summary>Gets the field the condition tests.</summary>
    /// <remarks>Hides the static <see cref="Filter.Field(string)"/> factory, which names a field the same way.</remarks>
    public new RecordField Field { get; }
}
