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
        Span<byte> utf8 = stackalloc byte[GuidLength];
        FormatGuid(guid, utf8);
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = (char)utf8[i];
        }
    });

    /// <summary>The length of <see cref="FormatGuid(Guid)"/>'s text, in characters and in UTF-8 bytes.</summary>
    public const int GuidLength = 36;

    /// <summary>
    /// Writes the text <see cref="FormatGuid(Guid)"/> gives as UTF-8 (ASCII) into the first
    /// <see cref="GuidLength"/> bytes of <paramref name="utf8"/>: the one place that says how SQLite keeps a GUID.
    /// </summary>
    public static void FormatGuid(Guid id, Span<byte> utf8)
    {
        id.TryFormat(utf8, out _, "D");
        for (var i = 0; i < GuidLength; i++)
        {
            if (utf8[i] is >= (byte)'a' and <= (byte)'f')
            {
                utf8[i] -= 'a' - 'A';
            }
        }
    }
}
