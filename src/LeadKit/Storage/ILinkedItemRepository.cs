using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>
/// The items of one type that hang off a lead or business contact (history items, opportunities)
/// in one workspace. Items are immutable values: an edit is a replacement with the same identifier.
/// </summary>
/// <remarks>
/// <para>The rules every store keeps (the store contract kit checks each):</para>
/// <list type="bullet">
/// <item><description>An item added, replaced or moved is linked to a lead or contact of the workspace,
/// else <see cref="WorkspaceViolationException"/>; the record may have been added in the same unit of
/// work, but not deleted in it. An identifier already used, in any workspace, is a
/// <see cref="ConcurrencyConflictException"/>.</description></item>
/// <item><description><b>Items survive their record's deletion</b>: deleting a lead or contact leaves its
/// items where they are (listed for the deleted record), so that a restore brings the record back with
/// its history, and an erasure removes them explicitly.</description></item>
/// <item><description>Items of another workspace are never found, listed, replaced, deleted or
/// moved.</description></item>
/// <item><description>Writes are staged in the unit of work like every other (read your writes; nothing
/// kept without a commit).</description></item>
/// </list>
/// <para>
/// <see cref="ListForManyAsync"/> has a default, and the derived interfaces give
/// <see cref="RelinkAsync"/> one; a minimal store implements the other members.
/// </para>
/// </remarks>
/// <typeparam name="TItem">The item type.</typeparam>
/// <typeparam name="TId">Its identifier type.</typeparam>
public interface ILinkedItemRepository<TItem, TId>
    where TItem : class
    where TId : struct
{
    /// <summary>Adds items; each must be linked to a record of the workspace.</summary>
    /// <param name="items">The items.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the items are staged.</returns>
    /// <exception cref="WorkspaceViolationException">An item is linked to a record outside the workspace.</exception>
    /// <exception cref="ConcurrencyConflictException">An item with the same identifier already exists.</exception>
    Task AddAsync(IReadOnlyCollection<TItem> items, CancellationToken cancellationToken = default);

    /// <summary>Reads one item.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    Task<TItem?> FindAsync(TId id, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored item with an edited value of the same identifier.</summary>
    /// <param name="item">The edited item.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    /// <exception cref="RecordNotFoundException">No item has that identifier in the workspace.</exception>
    /// <exception cref="WorkspaceViolationException">The item is linked to a record outside the workspace.</exception>
    Task ReplaceAsync(TItem item, CancellationToken cancellationToken = default);

    /// <summary>Deletes an item.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the item existed.</returns>
    Task<bool> DeleteAsync(TId id, CancellationToken cancellationToken = default);

    /// <summary>Streams a record's items, oldest first (the derived interface says by which instant), then by identifier.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items.</returns>
    IAsyncEnumerable<TItem> ListForAsync(RecordReference record, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the items of many records at once (a page of a re-score), each record's list in the
    /// order <see cref="ListForAsync"/> gives; a record without items maps to an empty list. Stores
    /// answer in one query per batch of records rather than one per record.
    /// </summary>
    /// <param name="records">The records (duplicates are read once).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Every requested record's items.</returns>
    /// <remarks>Has a default: <see cref="ListForAsync"/> once per distinct record. Override it when the store can read a batch of records' items in one query.</remarks>
    async Task<IReadOnlyDictionary<RecordReference, IReadOnlyList<TItem>>> ListForManyAsync(IReadOnlyCollection<RecordReference> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var result = new Dictionary<RecordReference, IReadOnlyList<TItem>>();
        foreach (var record in records.Distinct())
        {
            var items = new List<TItem>();
            await foreach (var item in ListForAsync(record, cancellationToken).ConfigureAwait(false))
            {
                items.Add(item);
            }

            result[record] = items;
        }

        return result;
    }

    /// <summary>Moves every item of one record to another in one set-based step (used when a lead becomes a contact).</summary>
    /// <param name="source">The record the items belong to now.</param>
    /// <param name="target">The record they move to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many items moved.</returns>
    /// <exception cref="WorkspaceViolationException"><paramref name="target"/> is not a record of the workspace.</exception>
    /// <remarks>
    /// <see cref="IHistoryRepository"/> and <see cref="IOpportunityRepository"/> give it a default:
    /// <see cref="RelinkItemsAsync"/> of the identifiers <see cref="ListForAsync"/> lists for
    /// <paramref name="source"/>. Override it when the store can move them with one statement.
    /// </remarks>
    Task<int> RelinkAsync(RecordReference source, RecordReference target, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves named items to another record in one set-based step (a merge carries the merged leads'
    /// items to the master, and its undo moves them back). Items the workspace does not hold (deleted
    /// since) are left out; an item already linked to <paramref name="target"/> stays as it is.
    /// </summary>
    /// <param name="items">The items' identifiers (duplicates are moved once).</param>
    /// <param name="target">The record they move to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many items moved.</returns>
    /// <exception cref="WorkspaceViolationException"><paramref name="target"/> is not a record of the workspace (even when nothing would move).</exception>
    /// <remarks>
    /// Required (no default): it must refuse a target outside the workspace even when there is nothing
    /// to move, and no other member of this interface can tell whether a record exists. A store checks
    /// the target as <see cref="AddAsync"/> checks an item's record, then replaces each item found with
    /// its copy linked to <paramref name="target"/>.
    /// </remarks>
    Task<int> RelinkItemsAsync(IReadOnlyCollection<TId> items, RecordReference target, CancellationToken cancellationToken = default);
}
