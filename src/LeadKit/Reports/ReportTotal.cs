using System;
using LeadKit.Querying;

namespace LeadKit.Reports;

/// <summary>
/// A total a report computes for every group and for the whole report besides the count of
/// records: the sum or the average of a numeric field of the catalogue (<c>stars</c>,
/// <c>scorePoints</c>, <c>manualStars</c>, or a custom field of type whole number, decimal or
/// currency). Written <c>sum(scorePoints)</c> or <c>avg(stars)</c>. Immutable; compares by kind and field.
/// </summary>
public sealed record ReportTotal
{
    /// <summary>Creates a total.</summary>
    /// <param name="kind">What to compute.</param>
    /// <param name="field">The field; it must hold numbers.</param>
    /// <exception cref="ReportException">The field holds no numbers (<c>LeadKit.Report.NotNumeric</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public ReportTotal(TotalKind kind, RecordField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown total kind.");
        }

        if (!ReportFields.IsNumeric(field))
        {
            throw new ReportException(
                "LeadKit.Report.NotNumeric",
                $"A report can only add up numbers, and '{field.Name}' holds none: total a field such as stars, scorePoints, manualStars or a number custom field.",
                field.Name);
        }

        Kind = kind;
        Field = field;
    }

    /// <summary>Gets what is computed.</summary>
    public TotalKind Kind { get; }

    /// <summary>Gets the field whose values are totalled.</summary>
    public RecordField Field { get; }

    /// <summary>Creates the sum of a field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ReportException">The field holds no numbers.</exception>
    public static ReportTotal Sum(RecordField field) => new(TotalKind.Sum, field);

    /// <summary>Creates the average of a field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ReportException">The field holds no numbers.</exception>
    public static ReportTotal Average(RecordField field) => new(TotalKind.Average, field);

    /// <summary>Parses a total written <c>sum(field)</c> or <c>avg(field)</c> (also <c>average(field)</c>), ignoring case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="catalog">The workspace's fields, to check a custom field exists; <see langword="null"/> accepts any custom field by name.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ReportException">The text is not of that form (<c>LeadKit.Report.Syntax</c>), names no field (<c>LeadKit.Report.UnknownField</c>), or a field that holds no numbers (<c>LeadKit.Report.NotNumeric</c>).</exception>
    public static ReportTotal Parse(string text, FieldCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !trimmed.EndsWith(')'))
        {
            throw Syntax(text);
        }

        var kind = trimmed[..open].Trim().ToUpperInvariant() switch
        {
            "SUM" => TotalKind.Sum,
            "AVG" or "AVERAGE" => TotalKind.Average,
            _ => throw Syntax(text),
        };
        return new ReportTotal(kind, ReportFields.Resolve(trimmed[(open + 1)..^1], catalog));
    }

    /// <summary>Returns the total as written: <c>sum(scorePoints)</c>, <c>avg(stars)</c>.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => (Kind == TotalKind.Sum ? "sum(" : "avg(") + Field.Name + ")";

    private static ReportException Syntax(string text) =>
        new("LeadKit.Report.Syntax", $"'{text}' is not a report total: write sum(field) or avg(field), e.g. avg(stars).");
}
