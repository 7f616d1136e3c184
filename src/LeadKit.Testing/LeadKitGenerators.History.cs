using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.History;
using LeadKit.Leads;
using NodaTime;

namespace LeadKit.Testing;

/// <content>Generators of communication history and opportunities.</content>
public static partial class LeadKitGenerators
{
    /// <summary>Generates history items of all four kinds (notes, phone logs, appointments, tasks) linked to random records.</summary>
    /// <returns>The generator.</returns>
    public static Gen<HistoryItem> HistoryItem() => RecordReference().SelectMany(HistoryItem);

    /// <summary>Generates history items of every kind (notes, phone logs, appointments, tasks, and now and then a system activity entry) linked to <paramref name="record"/>.</summary>
    /// <param name="record">The lead or contact the items belong to.</param>
    /// <returns>The generator.</returns>
    public static Gen<HistoryItem> HistoryItem(RecordReference record) =>
        Gen.Frequency(
            (3, BusinessNote(record).Select(i => (HistoryItem)i)),
            (3, PhoneLog(record).Select(i => (HistoryItem)i)),
            (3, Appointment(record).Select(i => (HistoryItem)i)),
            (3, TaskItem(record).Select(i => (HistoryItem)i)),
            (1, ActivityEntry(record).Select(i => (HistoryItem)i)));

    /// <summary>
    /// Generates system activity entries (assignments, edits, conversions, deletions, …) linked to
    /// <paramref name="record"/>, with field changes, an optional related record and an optional snapshot.
    /// </summary>
    /// <param name="record">The lead or contact.</param>
    /// <returns>The generator.</returns>
    public static Gen<ActivityEntry> ActivityEntry(RecordReference record) =>
        from c in HistoryCommon()
        from activity in Gen.Elements(Enum.GetValues<ActivityKind>())
        from changes in Gen.ListOf(
            from field in Gen.Elements("assignedTo", "company", "source", "rating", "custom.Region", "manualStars")
            from oldValue in Gen.OrNull(Gen.Elements("Web", "Contoso", "Good", "4", "Ünïcödé \"quoted\""))
            from newValue in Gen.OrNull(Gen.Elements("Trade Show", "Fabrikam", "Poor", "0", "東京"))
            select new FieldChange(field, oldValue, newValue)).Select(l => l.Take(4).ToArray())
        from related in Gen.Frequency((1, Gen.Constant<RecordReference?>(null)), (1, RecordReference().Select(r => (RecordReference?)r)))
        from snapshot in Gen.OrNull(Gen.Elements("{\"schemaVersion\":1}", "{}"))
        select new ActivityEntry(c.id, record, activity, c.subject, c.createdAt, c.createdBy, changes, c.body, related, snapshot);

    /// <summary>Generates business notes linked to <paramref name="record"/>.</summary>
    /// <param name="record">The lead or contact.</param>
    /// <returns>The generator.</returns>
    public static Gen<BusinessNote> BusinessNote(RecordReference record) =>
        from c in HistoryCommon()
        select new BusinessNote(c.id, record, c.subject, c.body, c.createdAt, c.createdBy);

    /// <summary>Generates phone logs linked to <paramref name="record"/>: either direction, valid numbers, durations from zero to just under a day.</summary>
    /// <param name="record">The lead or contact.</param>
    /// <returns>The generator.</returns>
    public static Gen<PhoneLog> PhoneLog(RecordReference record) =>
        from c in HistoryCommon()
        from direction in Gen.Elements(Enum.GetValues<CallDirection>())
        from number in PhoneText()
        from startedAt in Instant()
        from seconds in Gen.Frequency((6, Gen.Choose(0, 3600)), (1, Gen.Choose(0, (24 * 3600) - 1)))
        from ticks in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, (int)NodaConstants.TicksPerSecond - 1)))
        select new PhoneLog(c.id, record, c.subject, c.body, c.createdAt, direction, number, startedAt, Duration.FromSeconds(seconds) + Duration.FromTicks(ticks), c.createdBy);

    /// <summary>Generates appointments linked to <paramref name="record"/>, ending at or after their start, with or without a location.</summary>
    /// <param name="record">The lead or contact.</param>
    /// <returns>The generator.</returns>
    public static Gen<Appointment> Appointment(RecordReference record) =>
        from c in HistoryCommon()
        from start in Instant()
        from minutes in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(15, 240)), (1, Gen.Choose(0, 7 * 24 * 60)))
        from location in Gen.OrNull(Gen.Elements("Booth 12", "Zoom", "Café de Flore", "会議室A", "Their office"))
        select new Appointment(c.id, record, c.subject, c.body, c.createdAt, start, start + Duration.FromMinutes(minutes), location, c.createdBy);

    /// <summary>Generates tasks linked to <paramref name="record"/>, with every status and priority, with or without a due date.</summary>
    /// <param name="record">The lead or contact.</param>
    /// <returns>The generator.</returns>
    public static Gen<TaskItem> TaskItem(RecordReference record) =>
        from c in HistoryCommon()
        from due in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, LocalDate().Select(d => (LocalDate?)d)))
        from status in Gen.Elements(Enum.GetValues<TaskItemStatus>())
        from priority in Gen.Elements(Enum.GetValues<TaskPriority>())
        select new TaskItem(c.id, record, c.subject, c.body, c.createdAt, due, status, priority, c.createdBy);

    /// <summary>Generates opportunities linked to random records.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Opportunity> Opportunity() => RecordReference().SelectMany(Opportunity);

    /// <summary>Generates opportunities linked to <paramref name="record"/>: zero to several product lines with exact decimal prices, every stage, probabilities 0–100.</summary>
    /// <param name="record">The lead or contact.</param>
    /// <returns>The generator.</returns>
    public static Gen<Opportunity> Opportunity(RecordReference record)
    {
        var line =
            from name in Gen.Elements(Vocabulary.Products)
            from quantity in Gen.Frequency((4, Gen.Choose(1, 100).Select(q => (decimal)q)), (1, Gen.Choose(1, 1000).Select(q => q / 4m)))
            from cents in Gen.Choose(0, 10_000_000)
            select new ProductLine(name, quantity, new decimal(cents, 0, 0, false, 2));
        return
            from id in OpportunityId()
            from title in Text(Vocabulary.Subjects, 255)
            from currency in Gen.Elements(Vocabulary.CurrencyCodes)
            from count in Gen.Choose(0, 5)
            from lines in Gen.ArrayOf(line, count)
            from stage in Gen.Elements(Enum.GetValues<OpportunityStage>())
            from probability in Gen.Choose(0, 100)
            from close in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, LocalDate().Select(d => (LocalDate?)d)))
            from createdAt in Instant()
            select new Opportunity(id, record, title, currency, lines, stage, probability, close, createdAt);
    }

    private static Gen<(HistoryItemId id, string subject, string? body, Instant createdAt, UserId? createdBy)> HistoryCommon() =>
        from id in HistoryItemId()
        from subject in Text(Vocabulary.Subjects, History.HistoryItem.MaxSubjectLength)
        from body in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Comments().Select(c => (string?)c)))
        from createdAt in Instant()
        from createdBy in Gen.Frequency((1, Gen.Constant<UserId?>(null)), (2, UserId().Select(u => (UserId?)u)))
        select (id, subject, body, createdAt, createdBy);
}
