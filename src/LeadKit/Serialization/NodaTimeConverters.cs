using System;
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
    public static JsonConverter<Instant> Instant { get; } = new NodaPatternConverter<Instant>(InstantPattern.ExtendedIso);

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
