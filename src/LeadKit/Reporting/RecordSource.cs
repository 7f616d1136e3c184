using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Contacts;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Reporting;

/// <summary>The repository of one kind of record, seen through <see cref="ContactRecord"/> and plain GUIDs, so reports read leads and business contacts alike.</summary>
internal sealed class RecordSource
{
    private readonly Func<RecordQuery, CancellationToken, IAsyncEnumerable<ContactRecord>> _query;
    private readonly Func<IReadOnlyCollection<Guid>, CancellationToken, Task<IReadOnlyList<ContactRecord>>> _findMany;
    private readonly Func<RecordQuery, int, PageCursor?, CancellationToken, Task<Page<ContactRecord>>> _page;

    private RecordSource(
        object repository,
        Func<RecordQuery, CancellationToken, IAsyncEnumerable<ContactRecord>> query,
        Func<IReadOnlyCollection<Guid>, CancellationToken, Task<IReadOnlyList<ContactRecord>>> findMany,
        Func<RecordQuery, int, PageCursor?, CancellationToken, Task<Page<ContactRecord>>> page)
    {
        Aggregation = repository as IRecordAggregation;
        _query = query;
        _findMany = findMany;
        _page = page;
    }

    /// <summary>Gets the store's own grouping, when its repository has one.</summary>
    public IRecordAggregation? Aggregation { get; }

    public static RecordSource For(IUnitOfWork unit, RecordKind kind) =>
        kind == RecordKind.Lead ? From(unit.Leads, id => new LeadId(id)) : From(unit.Contacts, id => new ContactId(id));

    /// <summary>Streams the records of a query.</summary>
    public IAsyncEnumerable<ContactRecord> QueryAsync(RecordQuery query, CancellationToken cancellationToken) => _query(query, cancellationToken);

    /// <summary>Reads records by id (any number: read in chunks); missing ids are left out.</summary>
    public async Task<Dictionary<Guid, ContactRecord>> FindManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, ContactRecord>();
        foreach (var chunk in ids.Distinct().Chunk(RecordQuery.MaxLimit))
        {
            foreach (var record in await _findMany(chunk, cancellationToken).ConfigureAwait(false))
            {
                found[record.Reference.Id] = record;
            }
        }

        return found;
    }

    /// <summary>Reads one keyset page.</summary>
    public Task<Page<ContactRecord>> PageAsync(RecordQuery query, int pageSize, PageCursor? after, CancellationToken cancellationToken) =>
        _page(query, pageSize, after, cancellationToken);

    private static RecordSource From<TRecord, TId>(IRecordRepository<TRecord, TId> repository, Func<Guid, TId> id)
        where TRecord : ContactRecord
        where TId : struct =>
        new(
            repository,
            repository.QueryAsync,
            async (ids, ct) => await repository.FindManyAsync([.. ids.Select(id)], ct).ConfigureAwait(false),
            async (query, size, after, ct) =>
            {
                var page = await repository.PageAsync(query, size, after, ct).ConfigureAwait(false);
                return new Page<ContactRecord>([.. page.Items], page.NextCursor);
            });
}
