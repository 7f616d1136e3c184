using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// The SQLite text form of instants and dates: fixed-width ISO 8601 (nine fraction digits), so
/// that text order is time order and nanoseconds survive.
/// </summary>
internal static class InstantText
{
    private static readonly InstantPattern Pattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

    public static string Format(Instant instant) => Pattern.Format(instant);

    public static Instant Parse(string text) => Pattern.Parse(text).GetValueOrThrow();

    public static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    public static string FormatNumber(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    public static decimal ParseNumber(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A GUID as SQLite keeps it: upper-case, with hyphens (one string; every record and row a bulk write binds has one).</summary>
    public static string FormatGuid(Guid id) => string.Create(36, id, static (text, guid) =>
    {
        guid.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= 'a' and <= 'f')
            {
                text[i] = (char)(text[i] - ('a' - 'A'));
            }
        }
    });
}
