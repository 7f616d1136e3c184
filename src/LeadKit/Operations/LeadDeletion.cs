using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Serialization;
using LeadKit.Storage;

namespace LeadKit.Operations;

/// <summary>
/// Deletes leads that will not become sales, and restores them. Each deletion is recorded in the
/// lead's history as an <see cref="ActivityEntry"/> (<see cref="ActivityKind.Deleted"/>) holding
/// the lead as it was, in LeadKit's JSON format; the lead's history and opportunities stay where
/// they are. <see cref="RestoreAsync"/> rebuilds a deleted lead from that entry, with the same
/// identifier, so its history and opportunities are attached again.
/// </summary>
/// <remarks>
/// This works within the storage contract (no soft-delete flag on records): a deleted lead is
/// really gone from queries and counts, and a restored one is added anew, so its
/// <see cref="ContactRecord.Version"/> starts again at 1 (its creation stamp is kept). It needs the
/// store to keep the history of a deleted record, as the in-memory and EF Core stores do.
/// </remarks>
/// <example>
/// <code>
/// var deletion = new LeadDeletion(new OperationContext(store, workspace, clock, actingUser));
/// await deletion.DeleteAsync(LeadSelection.Of(leadId), "Not interested");
/// await deletion.RestoreAsync([leadId]);
/// </code>
/// </example>
public sealed class LeadDeletion
{
    private readonly OperationContext _context;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom it runs.</param>
    public LeadDeletion(OperationContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
    }

    /// <summary>Deletes the selected leads, recording each deletion (and the lead as it was) in its history.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="reason">Why they are deleted (kept in the history entry), if given.</param>
    /// <param name="policy">What to do when some leads fail (missing, changed meanwhile): by default nothing is deleted.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>One outcome per lead: deleted, failed or skipped.</returns>
    public Task<OperationReport> DeleteAsync(LeadSelection leads, string? reason = null, FailurePolicy policy = FailurePolicy.AllOrNothing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return OperationRun<(Lead Lead, ActivityEntry Entry)>.RunAsync(
            _context,
            policy,
            dryRun: false,
            async (unit, run, ct) =>
            {
                await foreach (var (id, lead) in leads.ReadAsync(unit, ct).ConfigureAwait(false))
                {
                    if (lead is null)
                    {
                        run.Report(RecordOutcome.Failed(RecordReference.To(id), new RecordNotFoundException(nameof(Lead), id.ToString())));
                        continue;
                    }

                    var subject = $"Deleted lead {lead.Name.FullName}" + (reason is null ? string.Empty : $": {reason}");
                    var entry = DeletionEntry(_context, lead, subject, reason);
                    await run.ChangeAsync(RecordOutcome.Deleted(lead.Reference), (lead, entry), ct).ConfigureAwait(false);
                }
            },
            // One lead at a time (batch size 1): see StageDeletionAsync.
            (unit, batch, ct) => StageDeletionAsync(unit, batch[0].Lead, batch[0].Entry, ct),
            cancellationToken,
            batchSize: 1);
    }

    /// <summary>
    /// Restores deleted leads from their latest deletion entry: the same identifier, every field and
    /// the creation stamp as they were; the history and opportunities left behind are attached again.
    /// A lead that exists is reported unchanged; one without a recorded deletion, or whose assigned
    /// user or referrer has left the workspace, fails.
    /// </summary>
    /// <param name="leads">The identifiers of the deleted leads.</param>
    /// <param name="policy">What to do when some leads fail: by default nothing is restored.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>One outcome per lead: created, unchanged, failed or skipped.</returns>
    public Task<OperationReport> RestoreAsync(IEnumerable<LeadId> leads, FailurePolicy policy = FailurePolicy.AllOrNothing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        var ids = leads.Distinct().ToList();
        return OperationRun<(Lead Lead, ActivityEntry Entry)>.RunAsync(
            _context,
            policy,
            dryRun: false,
            async (unit, run, ct) =>
            {
                foreach (var id in ids)
                {
                    var reference = RecordReference.To(id);
                    if (await unit.Leads.FindAsync(id, ct).ConfigureAwait(false) is not null)
                    {
                        run.Report(RecordOutcome.Unchanged(reference, "the lead is not deleted"));
                        continue;
                    }

                    var deletion = await FindDeletionAsync(unit, reference, ct).ConfigureAwait(false);
                    if (deletion is null)
                    {
                        run.Report(RecordOutcome.Failed(reference, $"No deletion of lead {id} is recorded in this workspace, so it cannot be restored."));
                        continue;
                    }

                    var (lead, problem) = await RebuildAsync(unit, id, deletion, ct).ConfigureAwait(false);
                    if (lead is null)
                    {
                        run.Report(RecordOutcome.Failed(reference, problem!));
                        continue;
                    }

                    var entry = Activities.Create(_context, reference, ActivityKind.Restored, $"Restored lead {lead.Name.FullName}", related: null);
                    await run.ChangeAsync(RecordOutcome.Created(reference), (lead, entry), ct).ConfigureAwait(false);
                }
            },
            async (unit, batch, ct) =>
            {
                var restored = batch.Select(b => b.Lead).ToList();
                if (_context.Rescorer is { } rescorer)
                {
                    await rescorer.RescoreAsync(unit, restored, ct).ConfigureAwait(false);
                }

                await unit.Leads.AddAsync(restored, ct).ConfigureAwait(false);
                await OperationRun<(Lead, ActivityEntry)>.ThenAsync(() => unit.History.AddAsync([.. batch.Select(b => (HistoryItem)b.Entry)], ct)).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>Reads the latest deletion entry of a lead (what <see cref="RestoreAsync"/> rebuilds it from), if any.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entry, or <see langword="null"/> when no deletion is recorded.</returns>
    public async Task<ActivityEntry?> FindDeletionAsync(LeadId lead, CancellationToken cancellationToken = default)
    {
        var unit = await _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            return await FindDeletionAsync(unit, RecordReference.To(lead), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Creates the <see cref="ActivityKind.Deleted"/> entry of a lead about to be deleted: the lead as it is now, in LeadKit's JSON format.</summary>
    internal static ActivityEntry DeletionEntry(OperationContext context, Lead lead, string subject, string? body, RecordReference? related = null) =>
        Activities.Create(context, lead.Reference, ActivityKind.Deleted, subject, body: body, related: related, snapshot: JsonSerializer.Serialize(lead, LeadKitJsonTypes.Of<Lead>()));

    /// <summary>
    /// Stages one lead's deletion: its entry is added while the lead exists, then the lead is deleted at
    /// the version it was read at; the entry is taken back when the deletion conflicts, so a failure
    /// leaves nothing staged.
    /// </summary>
    internal static async Task StageDeletionAsync(IUnitOfWork unit, Lead lead, ActivityEntry entry, CancellationToken cancellationToken)
    {
        await unit.History.AddAsync([entry], cancellationToken).ConfigureAwait(false);
        try
        {
            await unit.Leads.DeleteAsync(lead.Id, lead.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (LeadKitException)
        {
            await unit.History.DeleteAsync(entry.Id, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Rebuilds a deleted lead from its deletion entry, as a new record for the store (version 0) with
    /// its creation stamp kept; or says why it cannot be restored as it was.
    /// </summary>
    internal static async Task<(Lead? Lead, string? Problem)> RebuildAsync(IUnitOfWork unit, LeadId id, ActivityEntry deletion, CancellationToken cancellationToken)
    {
        Lead lead;
        try
        {
            lead = JsonSerializer.Deserialize(deletion.Snapshot ?? "null", LeadKitJsonTypes.Of<Lead>()) ?? throw new JsonException("The snapshot is null.");
        }
        catch (JsonException e)
        {
            return (null, $"The deletion entry of lead {id} holds no readable lead: {e.Message}");
        }

        if (await MissingReferenceAsync(unit, lead, cancellationToken).ConfigureAwait(false) is { } missing)
        {
            return (null, missing);
        }

        lead.RestoreAudit(lead.CreatedAt, lead.CreatedBy, lead.ModifiedAt, lead.ModifiedBy, 0);
        return (lead, null);
    }

    private static async Task<ActivityEntry?> FindDeletionAsync(IUnitOfWork unit, RecordReference lead, CancellationToken cancellationToken)
    {
        ActivityEntry? latest = null;
        await foreach (var item in unit.History.ListForAsync(lead, cancellationToken).ConfigureAwait(false))
        {
            if (item is ActivityEntry { Activity: ActivityKind.Deleted, Snapshot: not null } entry)
            {
                latest = entry;
            }
        }

        return latest;
    }

    private static async Task<string?> MissingReferenceAsync(IUnitOfWork unit, Lead lead, CancellationToken cancellationToken)
    {
        if (lead.AssignedTo is { } user && await unit.Users.FindAsync(user, cancellationToken).ConfigureAwait(false) is null)
        {
            return $"Lead {lead.Id} was assigned to user {user}, who no longer shares this workspace: it cannot be restored as it was.";
        }

        if (lead.InitiatedBy?.User is { } referrer && await unit.Users.FindAsync(referrer, cancellationToken).ConfigureAwait(false) is null)
        {
            return $"Lead {lead.Id} was initiated by user {referrer}, who no longer shares this workspace: it cannot be restored as it was.";
        }

        if (lead.InitiatedBy?.Contact is { } contact && await unit.Contacts.FindAsync(contact, cancellationToken).ConfigureAwait(false) is null)
        {
            return $"Lead {lead.Id} was initiated by business contact {contact}, who is no longer in this workspace: it cannot be restored as it was.";
        }

        return null;
    }
}
