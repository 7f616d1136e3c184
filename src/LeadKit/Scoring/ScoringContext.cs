using System;
using System.Collections.Generic;
using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// What a rule sees when it is evaluated: the record, its communication history and the instant
/// the score is computed for. Scoring is a pure function of these (and the profile), so a rule must
/// not read the clock or anything else.
/// </summary>
public sealed class ScoringContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="record">The record being scored.</param>
    /// <param name="asOf">The instant the score is computed for.</param>
    /// <param name="history">The record's history entries (in any order): LeadKit's <see cref="History.HistoryItem"/>s or your own <see cref="IHistoryEntry"/>s; entries after <paramref name="asOf"/> have not happened yet and history conditions ignore them.</param>
    public ScoringContext(IScorableRecord record, Instant asOf, IReadOnlyList<IHistoryEntry>? history = null)
    {
        Record = record ?? throw new ArgumentNullException(nameof(record));
        AsOf = asOf;
        History = history ?? [];
    }

    /// <summary>Gets the record being scored.</summary>
    public IScorableRecord Record { get; }

    /// <summary>Gets the instant the score is computed for.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the record's history entries, in any order (possibly empty); LeadKit's own are <see cref="History.HistoryItem"/>s.</summary>
    public IReadOnlyList<IHistoryEntry> History { get; }

    /// <summary>
    /// Gets the record's field values, which field conditions test (<see cref="IScorableRecord.Fields"/>):
    /// <c>context.Fields.GetValues(RecordField.Company)</c>. For a lead or business contact it is the
    /// <see cref="Leads.ContactRecord"/> itself; a C# rule that needs its other members reads
    /// <see cref="Record"/> (<c>context.Record is Lead lead</c>).
    /// </summary>
    /// <exception cref="ScoringException">The record has no fields (<see cref="IScorableRecord.Fields"/> is <see langword="null"/>).</exception>
    public IRecordFields Fields =>
        Record.Fields ?? throw new ScoringException($"A field condition needs the record's fields, and {Record.GetType().Name} has none (IScorableRecord.Fields is null): use checks, history conditions or a C# rule.");
}
