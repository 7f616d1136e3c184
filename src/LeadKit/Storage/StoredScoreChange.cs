using System;
using LeadKit.Leads;
using LeadKit.Scoring;

namespace LeadKit.Storage;

/// <summary>
/// One score-only write for <see cref="IRecordRepository{TRecord, TId}.UpdateStoredScoresAsync"/>:
/// the record, the version it was read (and scored) at, the stored score to keep for it, and the
/// displayed stars that score gives the record at that version (<see cref="ContactRecord.Stars"/>:
/// stores write it as given, they never compute it). Made with <see cref="Of"/>.
/// </summary>
/// <param name="Record">The lead or business contact.</param>
/// <param name="Version">The version the record was read at; the write applies only if it is still the stored one.</param>
/// <param name="Score">The new stored score, or <see langword="null"/> to forget it.</param>
/// <param name="Stars">The record's displayed stars with that score (<see cref="ContactRecord.Stars"/>).</param>
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
}
