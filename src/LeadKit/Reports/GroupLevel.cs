using System;
using LeadKit.Querying;

namespace LeadKit.Reports;

/// <summary>
/// One level of a report's grouping: a field of the catalogue that can be grouped
/// (<see cref="FieldCapabilities.Group"/>: single-valued fields with few distinct values, such as
/// <c>assignedTo</c>, <c>rating</c>, <c>stars</c> or a custom field) and how its groups are ordered.
/// Written <c>rating</c>, <c>stars:desc</c> or <c>company:count</c>. Text values group ignoring
/// case, as the filter language compares them. Immutable; compares by field and order.
/// </summary>
public sealed record GroupLevel
{
    /// <summary>Creates a grouping level.</summary>
    /// <param name="field">The field; it must support <see cref="FieldCapabilities.Group"/>.</param>
    /// <param name="order">How the groups are ordered.</param>
    /// <exception cref="ReportException">The field cannot be grouped (<c>LeadKit.Report.NotGroupable</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not a defined value.</exception>
    public GroupLevel(RecordField field, GroupOrder order = GroupOrder.Ascending)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!field.Supports(FieldCapabilities.Group) || field.IsMultiValued)
        {
            throw new ReportException(
                "LeadKit.Report.NotGroupable",
                $"A report cannot group by '{field.Name}': group by a field with few values such as assignedTo, rating, source, stars, scoreType, company or a custom field.",
                field.Name);
        }

        if (!Enum.IsDefined(order))
        {
            throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown group order.");
        }

        Field = field;
        Order = order;
    }

    /// <summary>Gets the field the records are grouped by.</summary>
    public RecordField Field { get; }

    /// <summary>Gets how the groups are ordered.</summary>
    public GroupOrder Order { get; }

    /// <summary>Parses a level written <c>field</c>, <c>field:asc</c>, <c>field:desc</c> or <c>field:count</c> (largest groups first).</summary>
    /// <param name="text">The text, e.g. <c>stars:desc</c>.</param>
    /// <param name="catalog">The workspace's fields, to check a custom field exists; <see langword="null"/> accepts any custom field by name.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ReportException">The text names no field (<c>LeadKit.Report.UnknownField</c>), a field that cannot be grouped (<c>LeadKit.Report.NotGroupable</c>), or an unknown order (<c>LeadKit.Report.Syntax</c>).</exception>
    public static GroupLevel Parse(string text, FieldCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var order = GroupOrder.Ascending;
        var colon = trimmed.LastIndexOf(':');
        if (colon > 0 && trimmed.IndexOf('"', colon) < 0)
        {
            var suffix = trimmed[(colon + 1)..].Trim();
            order = suffix.ToUpperInvariant() switch
            {
                "ASC" => GroupOrder.Ascending,
                "DESC" => GroupOrder.Descending,
                "COUNT" => GroupOrder.LargestFirst,
                _ => throw new ReportException("LeadKit.Report.Syntax", $"'{text}' is not a grouping level: write field, field:asc, field:desc or field:count (largest groups first).", trimmed[..colon].Trim()),
            };
            trimmed = trimmed[..colon].Trim();
        }

        return new GroupLevel(ReportFields.Resolve(trimmed, catalog), order);
    }

    /// <summary>Returns the level as written: <c>rating</c>, <c>stars:desc</c>, <c>company:count</c>.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => Order switch
    {
        GroupOrder.Descending => Field.Name + ":desc",
        GroupOrder.LargestFirst => Field.Name + ":count",
        _ => Field.Name,
    };
}
