using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;

namespace LeadKit.Operations;

/// <summary>
/// Finds the likely duplicates among a workspace's leads (all of them, or those a filter selects),
/// by the match rules the import uses (<see cref="MatchKeys"/>: normalised e-mail, E.164 phone,
/// name + company), grouped per rule with the keys that link them (<see cref="DuplicateGroup{TId}"/>).
/// A store that keeps the keys answers with one <c>GROUP BY</c> (<see cref="IDuplicateKeySearch{TId}"/>);
/// otherwise the leads are streamed once and keyed as they go. Reads only.
/// </summary>
/// <example>
/// <code>
/// var duplicates = new LeadDuplicates(new OperationContext(store, workspace, clock));
/// foreach (var group in await duplicates.FindAsync(Filter.Parse("converted = false")))
/// {
///     Console.WriteLine($"{group.Rule}: {string.Join(", ", group.Ids)} ({group.Explanation})");
/// }
/// </code>
/// </example>
public sealed class LeadDuplicates
{
    private readonly OperationContext _context;

    /// <summary>Creates the search.</summary>
    /// <param name="context">The store and workspace to search.</param>
    /// <param name="options">The rules and phone region; <see langword="null"/> means <see cref="DuplicateMatchOptions.Default"/>. Use the options the store keeps its keys with (e.g. <c>LeadKitStoreOptions.DuplicateMatching</c>) to let it answer in the database.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public LeadDuplicates(OperationContext context, DuplicateMatchOptions? options = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        Keys = new MatchKeys(options);
    }

    /// <summary>Gets the match keys the search uses.</summary>
    public MatchKeys Keys { get; }

    /// <summary>Finds the groups of likely duplicates.</summary>
    /// <param name="filter">The leads to look among; <see langword="null"/> means every lead of the workspace (converted ones included: filter them out with <c>converted = false</c>).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>
    /// The groups: those of the e-mail rule first, then phone, then name and company; within a rule
    /// by their first lead; leads in ascending id order. A lead is in at most one group per rule.
    /// Empty when no two leads share a key.
    /// </returns>
    public async Task<IReadOnlyList<DuplicateGroup<LeadId>>> FindAsync(Filter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= Filter.All;
        var unit = await _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            if (unit.Leads is IDuplicateKeySearch<LeadId> search
                && await search.FindSharedKeysAsync(filter, Keys.Options, cancellationToken).ConfigureAwait(false) is { } shared)
            {
                return DuplicateGrouping.Group(shared);
            }

            // Keyed here: only the keys of leads are kept, one list of ids per key.
            var pairs = new List<(LeadId, MatchKey)>();
            await foreach (var lead in unit.Leads.QueryAsync(new RecordQuery(filter), cancellationToken).ConfigureAwait(false))
            {
                foreach (var key in Keys.For(lead))
                {
                    pairs.Add((lead.Id, key));
                }
            }

            return DuplicateGrouping.Group(pairs);
        }
    }
}
