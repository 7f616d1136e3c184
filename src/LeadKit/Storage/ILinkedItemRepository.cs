using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>
/// The items of one type that hang off a lead or business contact (history items, opportunities)
/// in one workspace. Items are immutable values: an edit is a replacement with the same identifier.
/// </summary>
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
    Task<IReadOnlyDictionary<RecordReference, IReadOnlyList<TItem>>> ListForManyAsync(IReadOnlyCollection<RecordReference> records, CancellationToken cancellationToken = default);

    /// <summary>Moves every item of one record to another in one set-based step (used when a lead becomes a contact).</summary>
    /// <param name="source">The record the items belong to now.</param>
    /// <param name="target">The record they move to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many items moved.</returns>
    /// <exception cref="WorkspaceViolationException"><paramref name="target"/> is not a record of the workspace.</exception>
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
    /// <exception cref="WorkspaceViolationException"><paramref name="target"/> is not a record of the workspace.</exception>
    Task<int> RelinkItemsAsync(IReadOnlyCollection<TId> items, RecordReference target, CancellationToken cancellationToken = default);
}
