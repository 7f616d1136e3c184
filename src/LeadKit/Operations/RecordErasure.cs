using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Operations;

/// <summary>
/// Erases a person (the right to erasure): a lead or a business contact is removed with everything
/// the workspace keeps about it — the record itself (its name, e-mail addresses, phone numbers,
/// addresses, photo, comments and custom fields, and the search and match keys made from them), every
/// history item linked to it (notes, calls, activities, the snapshots its deletions kept), its
/// opportunities, and the undo entries of recorded operations that hold it as it was. What stays is
/// one recorded operation of kind <see cref="OperationKind.Erasure"/> saying that a record of that
/// kind was erased, when and by whom, and nothing about the person. An erasure cannot be undone, and
/// an erased lead cannot be restored.
/// </summary>
/// <remarks>
/// A lead converted into a business contact and the contact are two records (with the same
/// identifier value): erase both. Text that users wrote about the person into <em>other</em>
/// records (a note on a colleague's lead, a merge's history subject on the lead it was merged into)
/// is not searched for; see docs/security.md.
/// </remarks>
/// <example>
/// <code>
/// var erasure = new RecordErasure(new OperationContext(store, workspace, clock, actingUser));
/// OperationReport report = await erasure.EraseAsync(RecordReference.To(leadId));
/// </code>
/// </example>
public sealed class RecordErasure
{
    private readonly OperationContext _context;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom it runs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public RecordErasure(OperationContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
    }

    /// <summary>
    /// Erases a lead or business contact, in one unit of work: all of it is erased or, on an error,
    /// nothing. A deleted lead (only its history left) is erased too.
    /// </summary>
    /// <param name="record">The lead or business contact.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is erased.</param>
    /// <returns>One <see cref="OutcomeStatus.Deleted"/> outcome whose reason counts what was removed; <see cref="OperationReport.Operation"/> is the audit entry.</returns>
    /// <exception cref="RecordNotFoundException">The workspace holds nothing of the record: no record, no history, no opportunity, no undo entry.</exception>
    /// <exception cref="ConcurrencyConflictException">The record was changed by someone else while it was erased; nothing was erased.</exception>
    public async Task<OperationReport> EraseAsync(RecordReference record, CancellationToken cancellationToken = default)
    {
        var unit = await _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var found = record.Kind == RecordKind.Lead
                ? await DeleteAsync(unit.Leads, new LeadId(record.Id), cancellationToken).ConfigureAwait(false)
                : await DeleteAsync(unit.Contacts, new ContactId(record.Id), cancellationToken).ConfigureAwait(false);
            var history = await DeleteItemsAsync(unit.History, record, i => i.Id, cancellationToken).ConfigureAwait(false);
            var opportunities = await DeleteItemsAsync(unit.Opportunities, record, o => o.Id, cancellationToken).ConfigureAwait(false);
            var entries = await unit.Operations.ForgetRecordAsync(record, cancellationToken).ConfigureAwait(false);
            if (!found && history + opportunities + entries == 0)
            {
                throw new RecordNotFoundException(record.Kind == RecordKind.Lead ? nameof(Lead) : nameof(BusinessContact), record.Id.ToString("D"));
            }

            var operation = OperationId.New();
            var kind = record.Kind == RecordKind.Lead ? "lead" : "businessContact";
            await unit.Operations.AddAsync(new OperationSummary(operation, OperationKind.Erasure, _context.Clock.GetCurrentInstant(), _context.ActingUser, 1, [kind], RecordHistory: false), cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            var reason = $"erased: {(found ? "the record, " : string.Empty)}{history} history items, {opportunities} opportunities, {entries} undo entries";
            return new OperationReport([RecordOutcome.Deleted(record).With(OutcomeStatus.Deleted, reason)], isCommitted: true).WithOperation(operation);
        }
    }

    private static async Task<bool> DeleteAsync<TRecord, TId>(IRecordRepository<TRecord, TId> records, TId id, CancellationToken cancellationToken)
        where TRecord : ContactRecord
        where TId : struct
    {
        if (await records.FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return false;
        }

        await records.DeleteAsync(id, stored.Version, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task<int> DeleteItemsAsync<TItem, TId>(ILinkedItemRepository<TItem, TId> items, RecordReference record, Func<TItem, TId> idOf, CancellationToken cancellationToken)
        where TItem : class
        where TId : struct
    {
        var linked = await items.ListForManyAsync([record], cancellationToken).ConfigureAwait(false);
        var count = 0;
        foreach (var item in linked.GetValueOrDefault(record) ?? [])
        {
            if (await items.DeleteAsync(idOf(item), cancellationToken).ConfigureAwait(false))
            {
                count++;
            }
        }

        return count;
    }
}
