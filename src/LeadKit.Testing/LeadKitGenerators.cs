using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Testing;

/// <summary>
/// FsCheck generators for every LeadKit domain type. Every generated value is valid: the domain
/// throws on invalid input, so the generators only build what the constructors accept. Values
/// are drawn from FsCheck's random source only (never <see cref="Guid.NewGuid"/> or the clock),
/// so a failing property replays exactly from its seed.
/// </summary>
/// <remarks>
/// Compose the generators with LINQ query syntax; for shrinking, use the matching
/// <see cref="LeadKitArbitraries"/> method instead.
/// </remarks>
public static partial class LeadKitGenerators
{
    private static readonly Instant MinInstant = NodaTime.Instant.FromUtc(2000, 1, 1, 0, 0);
    private static readonly Instant MaxInstant = NodaTime.Instant.FromUtc(2040, 1, 1, 0, 0);

    /// <summary>Generates instants from 2000-01-01 (inclusive) to 2040-01-01 (exclusive), UTC, at whole seconds, milliseconds or ticks.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Instant> Instant()
    {
        var days = (int)(MaxInstant - MinInstant).Days;
        var instants =
            from day in Gen.Choose(0, days - 1)
            from second in Gen.Choose(0, (24 * 60 * 60) - 1)
            from fraction in Gen.Frequency(
                (3, Gen.Constant(0)),
                (2, Gen.Choose(0, 999).Select(ms => ms * (int)NodaConstants.TicksPerMillisecond)),
                (3, Gen.Choose(0, (int)NodaConstants.TicksPerSecond - 1)))
            select MinInstant + Duration.FromDays(day) + Duration.FromSeconds(second) + Duration.FromTicks(fraction);
        return Gen.Frequency(
            (12, instants),
            (1, Gen.Elements(MinInstant, MaxInstant - Duration.FromTicks(1), NodaTime.Instant.FromUtc(2020, 2, 29, 12, 0), NodaTime.Instant.FromUtc(2038, 1, 19, 3, 14, 8))));
    }

    /// <summary>Generates calendar dates (ISO calendar) from 1900-01-01 to 2100-12-31.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> LocalDate()
    {
        var first = new LocalDate(1900, 1, 1);
        var count = Period.Between(first, new LocalDate(2100, 12, 31), PeriodUnits.Days).Days;
        return Gen.Frequency(
            (10, Gen.Choose(0, count).Select(d => first.PlusDays(d))),
            (1, Gen.Elements(first, new LocalDate(2000, 2, 29), new LocalDate(1970, 1, 1), new LocalDate(2100, 12, 31))));
    }

    /// <summary>Generates non-empty GUIDs from FsCheck's random source.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Guid> Guid() =>
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 16)
        select NonEmpty(bytes);

    /// <summary>Generates lead identifiers.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LeadId> LeadId() => Guid().Select(g => new LeadId(g));

    /// <summary>Generates business-contact identifiers.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ContactId> ContactId() => Guid().Select(g => new ContactId(g));

    /// <summary>Generates account identifiers.</summary>
    /// <returns>The generator.</returns>
    public static Gen<AccountId> AccountId() => Guid().Select(g => new AccountId(g));

    /// <summary>Generates user identifiers.</summary>
    /// <returns>The generator.</returns>
    public static Gen<UserId> UserId() => Guid().Select(g => new UserId(g));

    /// <summary>Generates history-item identifiers.</summary>
    /// <returns>The generator.</returns>
    public static Gen<HistoryItemId> HistoryItemId() => Guid().Select(g => new HistoryItemId(g));

    /// <summary>Generates opportunity identifiers.</summary>
    /// <returns>The generator.</returns>
    public static Gen<OpportunityId> OpportunityId() => Guid().Select(g => new OpportunityId(g));

    /// <summary>Generates references to leads and business contacts.</summary>
    /// <returns>The generator.</returns>
    public static Gen<RecordReference> RecordReference() =>
        Gen.OneOf(LeadId().Select(Leads.RecordReference.To), ContactId().Select(Leads.RecordReference.To));

    /// <summary>
    /// Generates how full a record is, in percent: 0 (only the required fields), 100 (every
    /// optional field and at least one entry of each list), or anything between.
    /// </summary>
    /// <returns>The generator.</returns>
    internal static Gen<int> Fill() => Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 99)), (1, Gen.Constant(100)));

    /// <summary>Generates a value or <see langword="null"/>: the value with probability <paramref name="fill"/> percent.</summary>
    internal static Gen<T?> Maybe<T>(Gen<T> gen, int fill)
        where T : class =>
        Gen.Choose(1, 100).SelectMany(roll => roll <= fill ? gen.Select(v => (T?)v) : Gen.Constant<T?>(null));

    /// <summary>Generates a value or <see langword="null"/>: the value with probability <paramref name="fill"/> percent.</summary>
    internal static Gen<T?> MaybeValue<T>(Gen<T> gen, int fill)
        where T : struct =>
        Gen.Choose(1, 100).SelectMany(roll => roll <= fill ? gen.Select(v => (T?)v) : Gen.Constant<T?>(null));

    /// <summary>Generates a list whose length grows with the size, from 0 (or 1 when full) to <paramref name="max"/>; empty when <paramref name="fill"/> is 0.</summary>
    internal static Gen<List<T>> ListOf<T>(Gen<T> gen, int fill, int max) =>
        fill == 0
            ? Gen.Constant(new List<T>())
            : Gen.Sized(size => Gen.Choose(fill == 100 ? 1 : 0, Math.Max(1, Math.Min(max, 1 + (size * max / 50)))))
                .SelectMany(n => Gen.ListOf(gen, n));

    /// <summary>Generates one-line text of words from <paramref name="pool"/>, trimmed, non-empty, at most <paramref name="maxLength"/> characters.</summary>
    internal static Gen<string> Words(string[] pool, int maxWords, int maxLength) =>
        from n in Gen.Choose(1, maxWords)
        from words in Gen.ArrayOf(Gen.Elements(pool), n)
        select Shrinking.Truncate(string.Join(' ', words), maxLength).Trim() is { Length: > 0 } text ? text : "x";

    /// <summary>Generates free text: mostly words of <paramref name="pool"/>, sometimes mixed words or a value exactly <paramref name="maxLength"/> long.</summary>
    internal static Gen<string> Text(string[] pool, int maxLength) =>
        Gen.Frequency(
            (6, Gen.Elements(pool).Select(s => Shrinking.Truncate(s, maxLength))),
            (3, Words(Vocabulary.Words, 5, maxLength)),
            (1, Gen.Constant(Shrinking.Exactly(maxLength))));

    private static Guid NonEmpty(byte[] bytes)
    {
        var guid = new Guid(bytes);
        return guid == System.Guid.Empty ? new Guid(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) : guid;
    }
}
