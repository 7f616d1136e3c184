using System;
using LeadKit.Leads;
using LeadKit.Scoring;

namespace LeadKit.Storage;

/// <summary>
/// One score-only write for <see cref="IRecordRepository{TRecord, TId}.UpdateStoredScoresAsync"/>:
/// the record, the version it was read (and scored) at, the stored score to keep for it, and the
/// displayed stars that go with it. The stars are computed here, once, from the record's score type
/// and manual stars at that version (<see cref="ContactRecord.Stars"/>'s rule): stores write them as
/// they are and never recompute them.
/// </summary>
/// <param name="Record">The lead or business contact.</param>
/// <param name="Version">The version the record was read at; the write applies only if it is still the stored one.</param>
/// <param name="Score">The new stored score, or <see langword="null"/> to forget it.</param>
/// <param name="Stars">The displayed stars the record has with <paramref name="Score"/>: what the <c>stars</c> field filters and sorts on.</param>
public sealed record StoredScoreChange(RecordReference Record, long Version, StoredScore? Score, int Stars)
{
    /// <summary>Makes the change that stores a record's current <see cref="ContactRecord.Score"/> (and its displayed stars) at its current version.</summary>
    /// <param name="record">The record, as read and re-scored.</param>
    /// <returns>The change.</returns>
    public static StoredScoreChange Of(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new StoredScoreChange(record.Reference, record.Version, record.Score, record.Stars);
    }

    /// <summary>Makes the change that stores <paramref name="score"/> for a record at its current version, with the stars it would then display.</summary>
    /// <param name="record">The record, as read (its score type and manual stars decide the displayed stars).</param>
    /// <param name="score">The stored score to keep, or <see langword="null"/> to forget it.</param>
    /// <returns>The change.</returns>
    public static StoredScoreChange For(ContactRecord record, StoredScore? score)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stars = DisplayedStars.Of(record.ScoreType, record.ManualStars, score?.AutomaticStars ?? 0, score?.MaxStars ?? ScoringProfile.DefaultMaxStars);
        return new StoredScoreChange(record.Reference, record.Version, score, stars);
    }
}
