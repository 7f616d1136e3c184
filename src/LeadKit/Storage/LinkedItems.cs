using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>What the linked-item repositories' default members share.</summary>
internal static class LinkedItems
{
    /// <summary>
    /// The default <see cref="ILinkedItemRepository{TItem, TId}.RelinkAsync"/>:
    /// <see cref="ILinkedItemRepository{TItem, TId}.RelinkItemsAsync"/> of the items
    /// <see cref="ILinkedItemRepository{TItem, TId}.ListForAsync"/> lists for <paramref name="source"/>.
    /// </summary>
    /// <param name="repository">The repository that holds the items.</param>
    /// <param name="idOf">An item's identifier.</param>
    /// <param name="source">The record the items belong to now.</param>
    /// <param name="target">The record they move to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many items moved (all of <paramref name="source"/>'s).</returns>
    internal static async Task<int> RelinkAllAsync<TItem, TId>(ILinkedItemRepository<TItem, TId> repository, Func<TItem, TId> idOf, RecordReference source, RecordReference target, CancellationToken cancellationToken)
        where TItem : class
        where TId : struct
    {
        var ids = new List<TId>();
        await foreach (var item in repository.ListForAsync(source, cancellationToken).ConfigureAwait(false))
        {
            ids.Add(idOf(item));
        }

        await repository.RelinkItemsAsync(ids, target, cancellationToken).ConfigureAwait(false);
        return ids.Count;
    }
}
