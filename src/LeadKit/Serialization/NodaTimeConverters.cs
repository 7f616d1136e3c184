using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace LeadKit.Serialization;

// The NodaTime values of the format go through NodaTime.Serialization.SystemTextJson's pattern
// converter, with the patterns its ConfigureForNodaTime uses. The delegating types below exist because
// the source generator names converters by type: listing them on LeadKitJsonContext keeps the
// generator from walking NodaTime's structs as if they were plain objects.

/// <summary>
/// The converters of the NodaTime values LeadKit's types hold, made here rather than taken from
/// <c>NodaConverters</c>: that class creates every NodaTime converter at once, the interval ones
/// among them, which look other converters up at run time and so make trimmed and Native AOT
/// programs warn.
/// </summary>
internal static class NodaTimeJson
{
    /// <summary>Gets the converter of instants: ISO-8601 in UTC, fractions as needed.</summary>
    public static JsonConverter<Instant> Instant { get; } = new IsoInstantConverter(new NodaPatternConverter<Instant>(InstantPattern.ExtendedIso));

    /// <summary>Gets the converter of dates: ISO-8601, in the ISO calendar only.</summary>
    public static JsonConverter<LocalDate> LocalDate { get; } = new NodaPatternConverter<LocalDate>(
        LocalDatePattern.Iso,
        date =>
        {
            if (date.Calendar != CalendarSystem.Iso)
            {
                throw new ArgumentException($"A date is written in the ISO calendar only, not {date.Calendar.Id}.", nameof(date));
            }
        });

    /// <summary>Gets the converter of durations: NodaTime's JSON round-trip pattern (hours:minutes:seconds).</summary>
    public static JsonConverter<Duration> Duration { get; } = new NodaPatternConverter<Duration>(DurationPattern.JsonRoundtrip);
}

/// <summary>An <see cref="Instant"/> as ISO-8601 UTC text, e.g. <c>2026-11-27T08:30:00Z</c> (fractions kept to the nanosecond).</summary>
internal sealed class InstantJsonConverter : DelegatingConverterBase<Instant>
{
    /// <summary>Creates the converter.</summary>
    public InstantJsonConverter()
        : base(NodaTimeJson.Instant)
    {
    }
}

/// <summary>A <see cref="LocalDate"/> as ISO-8601 text, e.g. <c>2026-11-27</c>.</summary>
internal sealed class LocalDateJsonConverter : DelegatingConverterBase<LocalDate>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateJsonConverter()
        : base(NodaTimeJson.LocalDate)
    {
    }
}

/// <summary>A <see cref="Duration"/> in NodaTime's JSON round-trip form, e.g. <c>0:12:30</c> (hours:minutes:seconds).</summary>
internal sealed class DurationJsonConverter : DelegatingConverterBase<Duration>
{
    /// <summary>Creates the converter.</summary>
    public DurationJsonConverter()
        : base(NodaTimeJson.Duration)
    {
    }
}

/// <summary>
/// Instants in NodaTime's extended ISO pattern (<c>uuuu-MM-ddTHH:mm:ss;FFFFFFFFFZ</c>), read and
/// written without its pattern engine in the form LeadKit writes — a year from 1 to 9999, a fraction
/// of one to nine digits or none, <c>Z</c> — which every stored record carries twice; anything else
/// (other years, a comma for the point, escaped text, invalid dates, other tokens) goes to NodaTime's
/// converter, so the accepted texts, the values and the errors are NodaTime's. Reading that way
/// allocated about 370 bytes per instant.
/// </summary>
internal sealed class IsoInstantConverter(JsonConverter<Instant> pattern) : JsonConverter<Instant>
{
    /// <summary>The longest text of the fast form: <c>yyyy-MM-ddTHH:mm:ss.fffffffffZ</c>.</summary>
    private const int MaxLength = 30;

    /// <inheritdoc />
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && TryParse(reader.ValueSpan, out var instant)
            ? instant
            : pattern.Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        Span<byte> text = stackalloc byte[MaxLength];
        if (TryFormat(value, text, out var written))
        {
            writer.WriteStringValue(text[..written]);
        }
        else
        {
            pattern.Write(writer, value, options);
        }
    }

    /// <summary>Parses the fast form; false for anything else (left to NodaTime).</summary>
    internal static bool TryParse(ReadOnlySpan<byte> text, out Instant instant)
    {
        instant = default;
        if (text.Length is not (20 or (>= 22 and <= MaxLength)) || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[^1] != 'Z'
            || !Digits(text[..4], out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)
            || !Digits(text.Slice(11, 2), out var hour) || !Digits(text.Slice(14, 2), out var minute) || !Digits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        var nanoseconds = 0;
        if (text.Length > 20)
        {
            var fraction = text[20..^1];
            if (text[19] != '.' || !Digits(fraction, out nanoseconds))
            {
                return false;
            }

            for (var i = fraction.Length; i < 9; i++)
            {
                nanoseconds *= 10;
            }
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        instant = NodaTime.Instant.FromDateTimeUtc(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc)).PlusNanoseconds(nanoseconds);
        return true;
    }

    /// <summary>Formats an instant of the years 1 to 9999 as the extended ISO pattern does; false for the others.</summary>
    internal static bool TryFormat(Instant instant, Span<byte> text, out int written)
    {
        written = 0;
        var utc = instant.InUtc().LocalDateTime;
        if (utc.Year is < 1 or > 9999 || text.Length < MaxLength)
        {
            return false;
        }

        Write(text[..4], utc.Year);
        text[4] = (byte)'-';
        Write(text.Slice(5, 2), utc.Month);
        text[7] = (byte)'-';
        Write(text.Slice(8, 2), utc.Day);
        text[10] = (byte)'T';
        Write(text.Slice(11, 2), utc.Hour);
        text[13] = (byte)':';
        Write(text.Slice(14, 2), utc.Minute);
        text[16] = (byte)':';
        Write(text.Slice(17, 2), utc.Second);
        written = 19;
        if (utc.NanosecondOfSecond is var nanoseconds and not 0)
        {
            // The pattern's F digits: as many as needed, trailing zeros dropped.
            var digits = 9;
            while (nanoseconds % 10 == 0)
            {
                nanoseconds /= 10;
                digits--;
            }

            text[19] = (byte)'.';
            Write(text.Slice(20, digits), nanoseconds);
            written = 20 + digits;
        }

        text[written++] = (byte)'Z';
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void Write(Span<byte> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
