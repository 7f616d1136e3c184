using System.Collections;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Reports;

/// <summary>How reports write values as text: invariant, the filter language's forms.</summary>
internal static class ReportText
{
    /// <summary>The text of a value: empty for none, numbers without trailing zeros, dates and instants in ISO form, lists joined by <c>; </c>.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        decimal number => Number(number),
        bool flag => flag ? "true" : "false",
        LocalDate date => LocalDatePattern.Iso.Format(date),
        Instant instant => InstantPattern.ExtendedIso.Format(instant),
        IEnumerable list => string.Join("; ", list.Cast<object?>().Select(Format)),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>A number without trailing zeros after the point (<c>4</c>, <c>3.5</c>).</summary>
    public static string Number(decimal number) => Normalise(number).ToString(CultureInfo.InvariantCulture);

    /// <summary>The same number with the smallest scale (<c>4.00</c> → <c>4</c>), so equal numbers print alike.</summary>
    public static decimal Normalise(decimal number) => number / 1.0000000000000000000000000000m;
}
