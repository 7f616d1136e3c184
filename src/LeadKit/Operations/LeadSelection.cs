using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;

namespace LeadKit.Operations;

/// <summary>
/// Which leads an operation works on: a list of identifiers (individual picks), or every lead
/// matching a <see cref="Querying.Filter"/> of LeadKit's filter language (ranges, "all").
/// A filter selection is streamed from the repository in identifier order, never loaded at once.
/// Immutable.
/// </summary>
public sealed class LeadSelection
{
    private readonly LeadId[]? _ids;

    private LeadSelection(LeadId[]? ids, Filter? filter)
    {
        _ids = ids;
        Filter = filter;
    }

    /// <summary>Gets a selection of every lead of the workspace.</summary>
    public static LeadSelection All { get; } = new(null, Filter.All);

    /// <summary>Gets the selected identifiers (distinct, in the order given), or <see langword="null"/> for a filter selection.</summary>
    public IReadOnlyList<LeadId>? Ids => _ids;

    /// <summary>Gets the filter, or <see langword="null"/> for a selection by identifiers.</summary>
    public Filter? Filter { get; }

    /// <summary>Selects leads by identifier; duplicates are ignored.</summary>
    /// <param name="ids">The identifiers.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">An identifier is the default (empty) one.</exception>
    public static LeadSelection Of(IEnumerable<LeadId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.Distinct().ToArray();
        if (list.Any(id => id.Value == Guid.Empty))
        {
            throw new ArgumentException("The default LeadId identifies no lead.", nameof(ids));
        }

        return new LeadSelection(list, null);
    }

    /// <summary>Selects leads by identifier; duplicates are ignored.</summary>
    /// <param name="ids">The identifiers.</param>
    /// <returns>The selection.</returns>
    public static LeadSelection Of(params LeadId[] ids) => Of((IEnumerable<LeadId>)ids);

    /// <summary>Selects every lead matching a filter.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The selection.</returns>
    public static LeadSelection Matching(Filter filter) => new(null, filter ?? throw new ArgumentNullException(nameof(filter)));

    /// <summary>Selects every lead matching filter text, e.g. <c>source = "Web" and rating is empty</c>.</summary>
    /// <param name="filterText">The filter text (see the filter language).</param>
    /// <returns>The selection.</returns>
    /// <exception cref="FilterSyntaxException">The text is not a filter.</exception>
    public static LeadSelection Matching(string filterText) => Matching(Filter.Parse(filterText ?? throw new ArgumentNullException(nameof(filterText))));

    /// <inheritdoc />
    public override string ToString() => _ids is null ? $"leads matching {Filter}" : $"{_ids.Length} leads by id";

    /// <summary>Streams the selected leads through a unit of work, <see cref="OperationContext.DefaultBatchSize"/> identifiers a read.</summary>
    internal IAsyncEnumerable<(LeadId Id, Lead? Lead)> ReadAsync(IUnitOfWork unit, CancellationToken cancellationToken) =>
        ReadAsync(unit, OperationContext.DefaultBatchSize, cancellationToken);

    /// <summary>
    /// Streams the selected leads through a unit of work: for identifiers, each lead or
    /// <see langword="null"/> when it is missing, read <paramref name="batchSize"/> at a time; for a
    /// filter, every match in identifier order.
    /// </summary>
    internal async IAsyncEnumerable<(LeadId Id, Lead? Lead)> ReadAsync(IUnitOfWork unit, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_ids is not null)
        {
            // One read per chunk of identifiers (FindManyAsync), handed out in the order given.
            foreach (var chunk in _ids.Chunk(batchSize))
            {
                var found = (await unit.Leads.FindManyAsync(chunk, cancellationToken).ConfigureAwait(false)).ToDictionary(l => l.Id);
                foreach (var id in chunk)
                {
                    yield return (id, found.GetValueOrDefault(id));
                }
            }

            yield break;
        }

        await foreach (var lead in unit.Leads.QueryAsync(new RecordQuery(Filter, SortSpec.ById), cancellationToken).ConfigureAwait(false))
        {
            yield return (lead.Id, lead);
        }
    }
}
