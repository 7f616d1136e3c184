using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Import.Duplicates;
using LeadKit.Querying;

namespace LeadKit.Storage;

/// <summary>
/// An optional capability of a record repository (e.g. <see cref="IUnitOfWork.Leads"/>): the
/// duplicate match keys that at least two records of a filter share, found inside the store (one
/// <c>GROUP BY</c> over keys it keeps for every record) instead of by reading every record.
/// <c>LeadDuplicates</c> uses it when the repository implements it, and otherwise streams the
/// records and keys them with <see cref="MatchKeys"/> as it goes. A store implements it only if it
/// gives exactly the pairs that keying every record would.
/// </summary>
/// <typeparam name="TId">The records' identifier type.</typeparam>
public interface IDuplicateKeySearch<TId>
    where TId : struct
{
    /// <summary>
    /// Gets every (record, key) pair of the records a filter selects whose key at least one other
    /// selected record has too, for the rules <paramref name="options"/> turn on.
    /// </summary>
    /// <param name="filter">The records to look among (<see cref="Filter.All"/> for the whole workspace).</param>
    /// <param name="options">The rules and the phone region the keys must be made with.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>
    /// The pairs, in any order, each once; or <see langword="null"/> when the store keeps no keys
    /// made with these options (another phone region, a rule it does not key), and the caller
    /// should key the records itself.
    /// </returns>
    Task<IReadOnlyList<(TId Record, MatchKey Key)>?> FindSharedKeysAsync(Filter filter, DuplicateMatchOptions options, CancellationToken cancellationToken = default);
}
