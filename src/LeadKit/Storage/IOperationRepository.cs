using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>
/// The recorded operations of one workspace (bulk edits, assignments, undos) and their undo
/// entries, so that an operation can be undone later, from another process, rebuilt from what is
/// stored. Written in the unit of work of the operation itself: an operation that is not committed
/// leaves no record.
/// </summary>
public interface IOperationRepository
{
    /// <summary>Records an operation (its summary). Its entries are added with <see cref="AddEntriesAsync"/>, before or after, in the same unit of work.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when it is staged.</returns>
    /// <exception cref="ConcurrencyConflictException">An operation with this identifier is already recorded.</exception>
    Task AddAsync(OperationSummary operation, CancellationToken cancellationToken = default);

    /// <summary>Appends undo entries to an operation, in order (a batch at a time; the store may keep each call's entries together).</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="entries">The entries, in the order the operation changed the records.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when they are staged.</returns>
    Task AddEntriesAsync(OperationId operation, IReadOnlyList<OperationUndoEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>Reads an operation's summary, or <see langword="null"/> when the workspace recorded none with that identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The summary, or <see langword="null"/>.</returns>
    Task<OperationSummary?> FindAsync(OperationId id, CancellationToken cancellationToken = default);

    /// <summary>Reads an operation's undo entries, in the order they were added.</summary>
    /// <param name="id">The operation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries (empty for an unknown operation).</returns>
    Task<IReadOnlyList<OperationUndoEntry>> ReadEntriesAsync(OperationId id, CancellationToken cancellationToken = default);

    /// <summary>Lists the most recent operations, newest first.</summary>
    /// <param name="limit">How many at most (1 or more).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The summaries.</returns>
    Task<IReadOnlyList<OperationSummary>> ListAsync(int limit = 50, CancellationToken cancellationToken = default);

    /// <summary>Records that an operation was undone by another.</summary>
    /// <param name="id">The operation undone.</param>
    /// <param name="undoneBy">The undo operation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when it is staged.</returns>
    /// <exception cref="RecordNotFoundException">No such operation.</exception>
    Task MarkUndoneAsync(OperationId id, OperationId undoneBy, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes every undo entry of one record from every operation of the workspace (what an
    /// erasure needs: undo entries hold the record as it was). The operations' summaries stay.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many entries were removed.</returns>
    Task<int> ForgetRecordAsync(RecordReference record, CancellationToken cancellationToken = default);
}
