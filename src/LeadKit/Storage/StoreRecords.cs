using System;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Storage;

/// <summary>
/// For store adapters only: the two changes to a <see cref="ContactRecord"/> that only storage makes,
/// stamping a save and writing a stored score. Application code never calls them; it saves through a
/// unit of work (<see cref="IRecordRepository{TRecord, TId}.UpdateAsync"/>) and re-scores through
/// <c>ScoringProfiles</c>, and the store calls these on the objects it writes and returns.
/// </summary>
/// <remarks>
/// <para>
/// Together with <see cref="StagedSaves"/> (which holds the marks for the caller's objects until the
/// commit) this is the whole seam between a store and the record type. The caller keeps these
/// invariants, which the store contract kit checks:
/// </para>
/// <list type="bullet">
/// <item><description><see cref="MarkSaved"/> describes a write that is stored: on the store's own copy
/// when it stages it, and on the caller's object only once the unit of work has committed (through
/// <see cref="StagedSaves.Apply"/>), never before, so that a failed commit leaves the caller's object as it
/// was. All records of one batch get the same instant.</description></item>
/// <item><description><see cref="SetStoredScore"/> changes the stored score only, on the store's copy of a
/// record still at the version the score was computed for
/// (<see cref="IRecordRepository{TRecord, TId}.UpdateStoredScoresAsync"/>): it never moves the version or
/// the stamps.</description></item>
/// </list>
/// </remarks>
public static class StoreRecords
{
    /// <summary>
    /// Stamps a saved write on a record: its version, <see cref="ContactRecord.ModifiedAt"/> and
    /// <see cref="ContactRecord.ModifiedBy"/>.
    /// </summary>
    /// <param name="record">The store's copy of the record being written, or the caller's object once the unit of work committed.</param>
    /// <param name="at">When it was saved (the batch's one instant, from the store's clock).</param>
    /// <param name="by">Who saved it (the unit of work's acting user).</param>
    /// <param name="version">The version the stored record now has: 1 when added, the version read + 1 when updated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below the record's version (versions never go back); nothing changes.</exception>
    public static void MarkSaved(ContactRecord record, Instant at, UserId? by, long version)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.MarkSaved(at, by, version);
    }

    /// <summary>
    /// Writes the automatic score stored for a record (<see cref="ContactRecord.Score"/>, hence
    /// <see cref="ContactRecord.Stars"/>); the score type, the manual stars, the version and the stamps stay
    /// as they are.
    /// </summary>
    /// <param name="record">The store's copy of the record (or a record being built as stored, in a test).</param>
    /// <param name="score">The score, or <see langword="null"/> to forget it.</param>
    /// <returns>Whether the stored score changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static bool SetStoredScore(ContactRecord record, StoredScore? score)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.SetStoredScore(score);
    }
}
