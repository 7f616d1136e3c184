using System;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Querying;

/// <summary>
/// One key of a sort: a sortable, single-valued field and a direction. Written <c>company</c> or
/// <c>company:desc</c>.
/// </summary>
public sealed record SortKey
{
    /// <summary>Creates a sort key.</summary>
    /// <param name="field">The field; it must be sortable (<see cref="RecordField.IsSortable"/>).</param>
    /// <param name="direction">The direction.</param>
    /// <exception cref="FilterException">The field is not sortable.</exception>
    public SortKey(RecordField field, SortDirection direction = SortDirection.Ascending)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!field.IsSortable)
        {
            throw new FilterException($"Cannot sort by '{field.Name}'", field.Name);
        }

        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown sort direction.");
        }

        Field = field;
        Direction = direction;
    }

    /// <summary>Gets the field.</summary>
    public RecordField Field { get; }

    /// <summary>Gets the direction.</summary>
    public SortDirection Direction { get; }

    /// <summary>
    /// Compares two values read with <see cref="RecordField.GetValue"/> in ascending order — the
    /// order every storage adapter must reproduce: missing values first; text ordinally ignoring
    /// case; numbers, dates and instants by value; <c>false</c> before <c>true</c>. Values of
    /// different types (a custom field that holds numbers on some records and text on others)
    /// order by type: Boolean, number, date, instant, text.
    /// </summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Negative, zero or positive, as <see cref="System.Collections.Generic.IComparer{T}.Compare"/>.</returns>
    /// <exception cref="ArgumentException">A value is not of a type <see cref="RecordField.GetValue"/> returns.</exception>
    public static int CompareValues(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        var rank = Rank(left, nameof(left)).CompareTo(Rank(right, nameof(right)));
        return rank != 0 ? rank : FilterCompiler.Compare(left, right)!.Value;
    }

    /// <summary>Compares two records on this key alone, in this key's direction.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int Compare(ContactRecord left, ContactRecord right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var order = CompareValues(Field.GetValue(left), Field.GetValue(right));
        return Direction == SortDirection.Descending ? -order : order;
    }

    /// <summary>Returns the key as the sort language writes it: <c>name</c> or <c>created:desc</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Direction == SortDirection.Descending ? Field.Name + ":desc" : Field.Name;

    private static int Rank(object value, string paramName) => value switch
    {
        bool => 0,
        decimal => 1,
        LocalDate => 2,
        Instant => 3,
        string => 4,
        _ => throw new ArgumentException($"A sort value is text, a decimal, a Boolean, a LocalDate or an Instant, not {value.GetType().Name}.", paramName),
    };
}
