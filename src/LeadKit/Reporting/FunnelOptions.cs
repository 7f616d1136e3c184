using NodaTime;

namespace LeadKit.Reporting;

/// <summary>Which leads a sales funnel follows, and what counts as qualified. Immutable.</summary>
public sealed record FunnelOptions
{
    /// <summary>The stars a lead needs to count as qualified unless told otherwise.</summary>
    public const int DefaultQualifiedStars = 4;

    /// <summary>Gets the default options: every lead, qualified from 4 stars.</summary>
    public static FunnelOptions Default { get; } = new();

    /// <summary>Gets the start of the period (inclusive): leads created at or after it; <see langword="null"/> for no start.</summary>
    public Instant? From { get; init; }

    /// <summary>Gets the end of the period (exclusive): leads created before it; <see langword="null"/> for no end.</summary>
    public Instant? To { get; init; }

    /// <summary>Gets the displayed stars (<c>stars</c>, manual or automatic) a lead needs to count as qualified: 0 to 10, 4 by default.</summary>
    public int QualifiedStars { get; init; } = DefaultQualifiedStars;

    /// <summary>Gets the period covering whole local dates: from the start of <paramref name="from"/> to the end of <paramref name="to"/> in a time zone.</summary>
    /// <param name="from">The first day, or <see langword="null"/> for no start.</param>
    /// <param name="to">The last day (included), or <see langword="null"/> for no end.</param>
    /// <param name="zone">The time zone the days are in.</param>
    /// <returns>Options with <see cref="From"/> and <see cref="To"/> set.</returns>
    public static FunnelOptions ForDates(LocalDate? from, LocalDate? to, DateTimeZone zone)
    {
        System.ArgumentNullException.ThrowIfNull(zone);
        return new FunnelOptions
        {
            From = from is { } start ? zone.AtStartOfDay(start).ToInstant() : null,
            To = to is { } end ? zone.AtStartOfDay(end.PlusDays(1)).ToInstant() : null,
        };
    }
}
