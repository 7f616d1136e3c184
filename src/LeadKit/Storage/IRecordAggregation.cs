using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace LeadKit.Storage;

/// <summary>
/// An optional capability of a record repository (an <see cref="IRecordRepository{TRecord, TId}"/>
/// of the unit of work, e.g. <see cref="IUnitOfWork.Leads"/>): counting the records a filter
/// matches per group of field values, and summing numeric fields, inside the store, without
/// reading the records (a SQL <c>GROUP BY</c>). Reports use it when the repository implements it;
/// otherwise they stream the records and group them as they go, keeping one entry per group.
/// A store implements it only if it gives exactly the rows that streaming would (see
/// <see cref="AggregateRow"/> for what each holds).
/// </summary>
public interface IRecordAggregation
{
    /// <summary>Counts and sums the records of a filter per distinct combination of the grouping fields' values.</summary>
    /// <param name="query">The filter, the grouping fields and the fields to sum.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>
    /// One row per combination that at least one record has, in any order; or <see langword="null"/>
    /// when the store cannot answer this query itself (a field it has no column for, say), and the
    /// caller should stream the records instead.
    /// </returns>
    Task<IReadOnlyList<AggregateRow>?> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default);
}
