using System;
using System.Collections.Generic;
using LeadKit.Leads;
using LeadKit.Querying;

namespace LeadKit.Storage;

/// <summary>
/// What to read from a record repository: a filter, a sort order, an optional limit and an
/// optional keyset cursor to continue after. Immutable.
/// </summary>
public sealed record RecordQuery
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>Creates a query.</summary>
    /// <param name="filter">Which records to read; <see langword="null"/> reads all.</param>
    /// <param name="sort">The order; <see langword="null"/> sorts by identifier (creation order).</param>
    /// <param name="limit">The most records to return, 1 to <see cref="MaxLimit"/>; <see langword="null"/> streams every match.</param>
    /// <param name="after">Continue after this cursor (from <see cref="Page{T}.NextCursor"/>); it must come from a query with the same sort.</param>
    public RecordQuery(Filter? filter = null, SortSpec? sort = null, int? limit = null, PageCursor? after = null)
    {
        if (limit is < 1 or > MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"A query's limit is 1 to {MaxLimit}.");
        }

        Filter = filter ?? Filter.All;
        Sort = sort ?? SortSpec.ById;
        Limit = limit;
        After = after;
    }

    /// <summary>Gets a query reading every record in creation order.</summary>
    public static RecordQuery All { get; } = new();

    /// <summary>Gets the filter.</summary>
    public Filter Filter { get; }

    /// <summary>Gets the sort order (ties are always broken by identifier).</summary>
    public SortSpec Sort { get; }

    /// <summary>Gets the most records to return, or <see langword="null"/> for all.</summary>
    public int? Limit { get; }

    /// <summary>Gets the cursor to continue after, or <see langword="null"/> to start at the beginning.</summary>
    public PageCursor? After { get; }

    /// <summary>
    /// Runs the query over records held in memory, with the semantics every store gives: the records
    /// the filter matches, after the cursor (<see cref="PageCursor.Of"/>'s form), in the sort order with
    /// ties broken by identifier, at most <see cref="Limit"/> of them. For a store that keeps records
    /// where it cannot filter or sort them (a key-value or document store), so that its
    /// <see cref="IRecordRepository{TRecord, TId}.QueryAsync"/> is this over its records.
    /// </summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="records">The workspace's records of one kind (as the unit of work sees them); the objects themselves are returned.</param>
    /// <param name="users">
    /// The workspace's users, to bind users named by display name in <c>assignedTo</c> conditions
    /// (<see cref="Filter.BindUsers"/>); <see langword="null"/> when the filter names none.
    /// </param>
    /// <returns>The matching records, lazily, in order.</returns>
    /// <exception cref="ArgumentException">The cursor comes from a query with another sort order.</exception>
    /// <exception cref="FilterException">The filter names a user that is not among <paramref name="users"/>, or no users were given.</exception>
    public IEnumerable<TRecord> Run<TRecord>(IEnumerable<TRecord> records, IEnumerable<WorkspaceUser>? users = null)
        where TRecord : ContactRecord
    {
        ArgumentNullException.ThrowIfNull(records);
        var filter = Filter.NamesUsers ? Filter.BindUsers(users ?? []) : Filter;
        return InMemory.InMemoryQuery.Run(records, filter, Sort, After, Limit);
    }
}
