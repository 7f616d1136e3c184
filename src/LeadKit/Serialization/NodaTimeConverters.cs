using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace LeadKit.Serialization;

// The NodaTime values of the format go through NodaTime.Serialization.SystemTextJson's own
// converters (the ones ConfigureForNodaTime installs). These delegating types exist because the
// source generator names converters by type: listing them on LeadKitJsonContext keeps the generator
// from walking NodaTime's structs as if they were plain objects.

/// <summary>An <see cref="Instant"/> as ISO-8601 UTC text, e.g. <c>2026-11-27T08:30:00Z</c> (fractions kept to the nanosecond).</summary>
internal sealed class InstantJsonConverter : DelegatingConverterBase<Instant>
{
    /// <summary>Creates the converter.</summary>
    public InstantJsonConverter()
        : base(NodaConverters.InstantConverter)
    {
    }
}

/// <summary>A <see cref="LocalDate"/> as ISO-8601 text, e.g. <c>2026-11-27</c>.</summary>
internal sealed class LocalDateJsonConverter : DelegatingConverterBase<LocalDate>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateJsonConverter()
        : base(NodaConverters.LocalDateConverter)
    {
    }
}

/// <summary>A <see cref="Duration"/> in NodaTime's JSON round-trip form, e.g. <c>0:12:30</c> (hours:minutes:seconds).</summary>
internal sealed class DurationJsonConverter : DelegatingConverterBase<Duration>
{
    /// <summary>Creates the converter.</summary>
    public DurationJsonConverter()
        : base((System.Text.Json.Serialization.JsonConverter<Duration>)NodaConverters.DurationConverter)
    {
    }
}
