using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>
/// The workspace's picklists: its lead sources and its ratings (<see cref="PicklistKind"/>). A list
/// the workspace never saved reads as its defaults (<see cref="Picklist.DefaultFor"/>: the 13
/// default sources, the 5 default ratings). Editing a list (add, remove, reorder) is done on the
/// immutable <see cref="Picklist"/> and saved whole; removing an entry leaves the values already
/// stored on records as they are.
/// </summary>
public interface IPicklistRepository
{
    /// <summary>Reads a list.</summary>
    /// <param name="kind">Which list.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The saved list, or the defaults when the workspace never saved one.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    Task<Picklist> GetAsync(PicklistKind kind, CancellationToken cancellationToken = default);

    /// <summary>Replaces a list (the last save wins; an empty list is a list, not the defaults).</summary>
    /// <param name="kind">Which list.</param>
    /// <param name="entries">The new entries, in display order.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    Task SaveAsync(PicklistKind kind, Picklist entries, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends an entry to a list unless the list already holds it (case-insensitively). Concurrent
    /// adds of different entries by different units of work all end up on the list: the entry is
    /// appended to the list as committed, not to the list as read.
    /// </summary>
    /// <param name="kind">Which list.</param>
    /// <param name="entry">The entry; trimmed, 1 to <see cref="LeadSource.MaxLength"/> characters.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the entry was added (<see langword="false"/> when the list already held it).</returns>
    /// <exception cref="Validation.LeadKitValidationException">The entry is empty or too long (<c>LeadKit.Picklist.*</c>).</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    Task<bool> AddAsync(PicklistKind kind, string entry, CancellationToken cancellationToken = default);
}
