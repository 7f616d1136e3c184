using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Storage;

/// <summary>
/// The records of one type (leads or business contacts) in one workspace, read and written
/// through a unit of work. Records are returned as fresh copies: changing one changes nothing
/// stored until it is passed to <see cref="UpdateAsync"/> and the unit of work commits.
/// </summary>
/// <remarks>
/// <para>The rules every store keeps (the store contract kit, <c>LeadKit.Testing.Stores</c>, checks each):</para>
/// <list type="bullet">
/// <item><description><b>Copies.</b> Reads return copies; <see cref="AddAsync"/> and <see cref="UpdateAsync"/>
/// stage copies. Nothing stored changes until a write is staged and the unit of work commits.</description></item>
/// <item><description><b>Versions.</b> A new record is added at version 0 and stored at version 1; every save
/// (<see cref="UpdateAsync"/>, <see cref="UpdateChangedAsync"/>) stores the next version, so two saves in one
/// unit of work count two versions. Only <see cref="UpdateStoredScoresAsync"/> writes without moving it.</description></item>
/// <item><description><b>Conflicts.</b> A save or delete of a record whose stored version is not the one it was
/// read at throws <see cref="ConcurrencyConflictException"/> with both versions (the actual one
/// <see langword="null"/> when the record was deleted), at the call or at the commit; the stored record stays
/// as it was. An identifier already used, in any workspace, is a conflict too.</description></item>
/// <item><description><b>Batches are atomic.</b> When one record of a batch fails, nothing of the call is
/// staged, and the unit of work stays usable.</description></item>
/// <item><description><b>Stamps.</b> Each saved record gets <see cref="ContactRecord.ModifiedAt"/> from the
/// store's clock (one instant per call) and <see cref="ContactRecord.ModifiedBy"/> from the unit of work's
/// acting user. The caller's objects get their new version and stamps only when the unit of work commits;
/// a failed write, a failed commit or a unit of work disposed without committing leaves them as they were.
/// Within the unit of work, an object saved once is checked against the version its save staged (use
/// <see cref="StagedSaves"/>), so it can be saved again.</description></item>
/// <item><description><b>Workspace references.</b> The user a record is assigned to or initiated by, and the
/// contact it is initiated by, belong to the workspace, else <see cref="WorkspaceViolationException"/>.</description></item>
/// <item><description><b>Read your writes.</b> Finds, queries, counts and pages see what the unit of work has
/// staged.</description></item>
/// </list>
/// <para>
/// Members marked <em>has a default</em> are optimisations: the interface implements them on the required
/// members (same results, more reads), so a minimal store implements only <see cref="FindAsync"/>,
/// <see cref="AddAsync"/>, <see cref="UpdateAsync"/>, <see cref="UpdateStoredScoresAsync"/>,
/// <see cref="DeleteAsync"/> and <see cref="QueryAsync"/>, and overrides the others when it can answer
/// them more cheaply (one statement per batch, a count or a page in the database).
/// </para>
/// </remarks>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TId">Its identifier type.</typeparam>
public interface IRecordRepository<TRecord, TId>
    where TRecord : ContactRecord
    where TId : struct
{
    /// <summary>Reads a record, or <see langword="null"/> when the workspace has none with that identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A copy of the stored record, or <see langword="null"/>.</returns>
    Task<TRecord?> FindAsync(TId id, CancellationToken cancellationToken = default);

    /// <summary>Reads a record that must exist.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A copy of the stored record.</returns>
    /// <exception cref="RecordNotFoundException">The workspace has no such record.</exception>
    /// <remarks>Has a default: <see cref="FindAsync"/>, throwing when it finds nothing.</remarks>
    async Task<TRecord> GetAsync(TId id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new RecordNotFoundException(typeof(TRecord).Name, id.ToString()!);

    /// <summary>
    /// Adds new records (version 0) as one batch; each becomes version 1, stamped with the unit of
    /// work's clock and user (the caller's objects when the unit of work commits). References
    /// (assigned-to user) must belong to the workspace.
    /// </summary>
    /// <param name="records">The new records.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the records are staged.</returns>
    /// <exception cref="WorkspaceViolationException">A record refers to a user outside the workspace.</exception>
    /// <exception cref="ConcurrencyConflictException">A record with the same identifier already exists.</exception>
    Task AddAsync(IReadOnlyCollection<TRecord> records, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves changed records as one batch. Each record's <see cref="ContactRecord.Version"/> must be
    /// the stored version (the one it was read at); each then gets the next version (the caller's
    /// objects when the unit of work commits).
    /// </summary>
    /// <param name="records">The changed records.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the records are staged.</returns>
    /// <exception cref="ConcurrencyConflictException">A record was changed or deleted since it was read; nothing of the unit of work is written.</exception>
    /// <exception cref="WorkspaceViolationException">A record refers to a user outside the workspace.</exception>
    Task UpdateAsync(IReadOnlyCollection<TRecord> records, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads many records by identifier in one round trip per batch (the set-based form of
    /// <see cref="FindAsync"/>, for selections by identifier).
    /// </summary>
    /// <param name="ids">The identifiers (at most <see cref="RecordQuery.MaxLimit"/>; duplicates are read once).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Copies of the records found, in no particular order; identifiers the workspace does not have are left out.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">More than <see cref="RecordQuery.MaxLimit"/> identifiers.</exception>
    /// <remarks>Has a default: <see cref="FindAsync"/> once per distinct identifier. Override it when the store can read a batch in one round trip.</remarks>
    Task<IReadOnlyList<TRecord>> FindManyAsync(IReadOnlyCollection<TId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count > RecordQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(ids), ids.Count, $"Read at most {RecordQuery.MaxLimit} records at a time.");
        }

        return FindEachAsync(this, ids, cancellationToken);

        static async Task<IReadOnlyList<TRecord>> FindEachAsync(IRecordRepository<TRecord, TId> repository, IReadOnlyCollection<TId> ids, CancellationToken cancellationToken)
        {
            var found = new List<TRecord>(ids.Count);
            foreach (var id in ids.Distinct())
            {
                if (await repository.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } record)
                {
                    found.Add(record);
                }
            }

            return found;
        }
    }

    /// <summary>
    /// Saves changed records like <see cref="UpdateAsync"/> (version-checked, each gets the next
    /// version, stamped with the unit of work's clock and user), given each record as it was read as
    /// well, so that the store can write only what differs: the changed columns and document members
    /// and the changed child rows, not the whole record. This is the write path of set-based
    /// operations (bulk edit, assignment, undo).
    /// </summary>
    /// <remarks>
    /// Unlike <see cref="UpdateAsync"/>, neither the original nor the changed objects are marked
    /// saved: the store keeps copies, and after the unit of work commits each record is stored at
    /// <c>Version + 1</c>. So a failed or abandoned commit leaves the caller's objects exactly as they were.
    /// A record whose stored version moved since it was read (or that was deleted) is never
    /// overwritten: the call throws <see cref="ConcurrencyConflictException"/> naming it and stages
    /// nothing.
    /// <para>
    /// Has a default: <see cref="UpdateAsync"/> of copies of the changed records (so no caller object is
    /// marked), which writes whole records. Override it when the store can write only what differs.
    /// </para>
    /// </remarks>
    /// <param name="updates">The records, each at most once, all of this repository's kind.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the records are staged.</returns>
    /// <exception cref="System.ArgumentException">An update's original and changed records differ in identifier or version.</exception>
    /// <exception cref="ConcurrencyConflictException">A record was changed or deleted since it was read; nothing of the call is staged.</exception>
    /// <exception cref="WorkspaceViolationException">A record refers to a user or contact outside the workspace.</exception>
    Task UpdateChangedAsync(IReadOnlyCollection<RecordUpdate<TRecord>> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var copies = new List<TRecord>(updates.Count);
        foreach (var update in updates)
        {
            ArgumentNullException.ThrowIfNull(update, nameof(updates));
            if (update.Original.Reference != update.Changed.Reference || update.Original.Version != update.Changed.Version)
            {
                throw new ArgumentException($"An update pairs {update.Original.Reference} at version {update.Original.Version} with {update.Changed.Reference} at version {update.Changed.Version}: both must be the same record at the same version.", nameof(updates));
            }

            copies.Add(update.Changed switch
            {
                Lead lead => (TRecord)(ContactRecord)lead.Copy(),
                BusinessContact contact => (TRecord)(ContactRecord)contact.Copy(),
                _ => throw new ArgumentException($"{update.Changed.GetType().Name} is not a record type LeadKit can copy.", nameof(updates)),
            });
        }

        return UpdateAsync(copies, cancellationToken);
    }

    /// <summary>
    /// Writes only the stored score (<see cref="ContactRecord.Score"/>) of many records, as one
    /// set-based batch: the score in the record's document and the <c>stars</c> and <c>scorePoints</c>
    /// values that filters, sorts and reports use. Nothing else of a record changes: not its
    /// <see cref="ContactRecord.Version"/>, not <see cref="ContactRecord.ModifiedAt"/> (a score is
    /// derived from the record and the profile; storing it is not a user edit).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each change applies only when the record is still at <see cref="StoredScoreChange.Version"/>:
    /// a re-score never overwrites a record someone changed after it was read. Changes that do not
    /// apply (the version moved, or the record is gone) are returned, not thrown, so that the caller
    /// can read those records again and score their new versions.
    /// </para>
    /// <para>
    /// Because the version does not move, a copy read before the score was written can still be
    /// saved with <see cref="UpdateAsync"/>: that save rewrites the whole record, score included, so
    /// it puts back the score it was read with (operations re-score the records they save, see
    /// <c>IRecordRescorer</c>, and the next re-score corrects any other). Bumping the version instead
    /// would make every edit that overlaps a re-score fail with a <see cref="ConcurrencyConflictException"/>.
    /// </para>
    /// <para>
    /// Like every write, it is staged in the unit of work and kept only when it commits. A store that
    /// checks versions at commit (the in-memory store) raises <see cref="ConcurrencyConflictException"/>
    /// from the commit when a record changed between this call and the commit.
    /// </para>
    /// <para>
    /// Required (no default): no other member writes a record without moving its version, and writing the
    /// score through <see cref="UpdateAsync"/> would move it, so that every edit overlapping a re-score
    /// would conflict. A store reads each record, checks its version, sets the score on a copy
    /// (<see cref="StoreRecords.SetStoredScore"/>) and stages the copy as it stages a save, minus the new
    /// version and stamps.
    /// </para>
    /// </remarks>
    /// <param name="changes">The changes; each record at most once, all of this repository's kind.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The changes that were not applied because the record's version moved or it was deleted (empty when all applied).</returns>
    /// <exception cref="System.ArgumentException">A change is for a record of another kind, or a record appears twice.</exception>
    Task<IReadOnlyList<StoredScoreChange>> UpdateStoredScoresAsync(IReadOnlyCollection<StoredScoreChange> changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads records whose stored score is stale (<see cref="ContactRecord.IsScoreStale"/>): never
    /// scored, scored with another profile version, saved since they were scored, or counting a check
    /// that has lapsed by <paramref name="asOf"/>. The store decides it from the score's own columns or
    /// members; nothing is re-computed. Ordered by identifier; re-scoring what it returns makes those
    /// records drop out, so reading again continues where an interrupted re-score stopped.
    /// </summary>
    /// <param name="profileVersion">The version of the workspace's profile.</param>
    /// <param name="asOf">The instant lapsed checks are judged at.</param>
    /// <param name="limit">The most records to read, 1 to <see cref="RecordQuery.MaxLimit"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Copies of at most <paramref name="limit"/> records with stale scores.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not 1 to <see cref="RecordQuery.MaxLimit"/>.</exception>
    /// <remarks>Has a default: streams every record through <see cref="QueryAsync"/> in identifier order and keeps the stale ones (<see cref="ContactRecord.IsScoreStale"/>). Override it when the store can select them by the score's columns.</remarks>
    Task<IReadOnlyList<TRecord>> ListStaleScoresAsync(long profileVersion, Instant asOf, int limit, CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > RecordQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"A read returns 1 to {RecordQuery.MaxLimit} records.");
        }

        return ListStaleAsync(this, profileVersion, asOf, limit, cancellationToken);

        static async Task<IReadOnlyList<TRecord>> ListStaleAsync(IRecordRepository<TRecord, TId> repository, long profileVersion, Instant asOf, int limit, CancellationToken cancellationToken)
        {
            var stale = new List<TRecord>();
            await foreach (var record in repository.QueryAsync(RecordQuery.All, cancellationToken).ConfigureAwait(false))
            {
                if (record.IsScoreStale(profileVersion, asOf))
                {
                    stale.Add(record);
                    if (stale.Count == limit)
                    {
                        break;
                    }
                }
            }

            return stale;
        }
    }

    /// <summary>Counts the records whose stored score is stale (see <see cref="ListStaleScoresAsync"/>).</summary>
    /// <param name="profileVersion">The version of the workspace's profile.</param>
    /// <param name="asOf">The instant lapsed checks are judged at.</param>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The count.</returns>
    /// <remarks>Has a default: streams every record through <see cref="QueryAsync"/> and counts the stale ones. Override it when the store can count them by the score's columns.</remarks>
    async Task<long> CountStaleScoresAsync(long profileVersion, Instant asOf, CancellationToken cancellationToken = default)
    {
        var count = 0L;
        await foreach (var record in QueryAsync(RecordQuery.All, cancellationToken).ConfigureAwait(false))
        {
            if (record.IsScoreStale(profileVersion, asOf))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Deletes a record that is still at the version it was read at.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="expectedVersion">The version it was read at.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the deletion is staged.</returns>
    /// <exception cref="RecordNotFoundException">The workspace has no such record.</exception>
    /// <exception cref="ConcurrencyConflictException">The record was changed since it was read.</exception>
    Task DeleteAsync(TId id, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the records matching a query, in its order (ties broken by identifier), after its cursor,
    /// at most its limit, without loading them all at once. It reads the cursors <see cref="PageAsync"/>
    /// gives; a store keeping records where it cannot query them runs <see cref="RecordQuery.Run{TRecord}"/>
    /// over them.
    /// </summary>
    /// <param name="query">The filter, sort, limit and cursor.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The matching records, as copies.</returns>
    IAsyncEnumerable<TRecord> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default);

    /// <summary>Reads one keyset page: at most <paramref name="pageSize"/> records after <paramref name="after"/>.</summary>
    /// <param name="query">The filter and sort (its limit and cursor are ignored).</param>
    /// <param name="pageSize">The page size, 1 to <see cref="RecordQuery.MaxLimit"/>.</param>
    /// <param name="after">The cursor of the previous page, or <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page and the cursor of the next one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is not 1 to <see cref="RecordQuery.MaxLimit"/>.</exception>
    /// <remarks>
    /// Has a default: <see cref="QueryAsync"/> of <paramref name="pageSize"/> + 1 records after
    /// <paramref name="after"/>, the next cursor made by <see cref="PageCursor.Of"/> from the page's last
    /// record. So a store using it must read that form of cursor in <see cref="QueryAsync"/>
    /// (<see cref="RecordQuery.Run{TRecord}"/> does); a store that renders cursor keys its own way
    /// overrides both.
    /// </remarks>
    Task<Page<TRecord>> PageAsync(RecordQuery query, int pageSize, PageCursor? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (pageSize is < 1 or > RecordQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {RecordQuery.MaxLimit} records.");
        }

        return ReadPageAsync(this, query, pageSize, after, cancellationToken);

        static async Task<Page<TRecord>> ReadPageAsync(IRecordRepository<TRecord, TId> repository, RecordQuery query, int pageSize, PageCursor? after, CancellationToken cancellationToken)
        {
            var items = new List<TRecord>(pageSize + 1);
            await foreach (var record in repository.QueryAsync(new RecordQuery(query.Filter, query.Sort, pageSize + 1, after), cancellationToken).ConfigureAwait(false))
            {
                items.Add(record);
            }

            PageCursor? next = null;
            if (items.Count > pageSize)
            {
                items.RemoveAt(pageSize);
                next = PageCursor.Of(items[^1], query.Sort);
            }

            return new Page<TRecord>(items, next);
        }
    }

    /// <summary>Counts the records matching a filter.</summary>
    /// <param name="filter">The filter; <see langword="null"/> counts all.</param>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The count.</returns>
    /// <remarks>Has a default: counts what <see cref="QueryAsync"/> streams. Override it when the store can count without reading the records.</remarks>
    async Task<long> CountAsync(Filter? filter = null, CancellationToken cancellationToken = default)
    {
        var count = 0L;
        await foreach (var record in QueryAsync(new RecordQuery(filter), cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}
