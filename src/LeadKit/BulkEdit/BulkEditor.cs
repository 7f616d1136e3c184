using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Assignment;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.BulkEdit;

/// <summary>
/// Edits many leads at once: applies <see cref="FieldEdit"/>s to every lead of a selection in one
/// unit of work, streaming the selection batch by batch (never loading it whole) and saving each
/// batch through <see cref="IRecordRepository{TRecord, TId}.UpdateAsync"/>. Every lead is checked
/// first: by default the edit is all or nothing. Each lead gets an outcome (changed with old → new,
/// unchanged, failed with the reason); <see cref="PreviewAsync"/> is the dry run; the
/// <see cref="BulkEditResult.Undo"/> of a committed edit reverts it exactly.
/// </summary>
/// <example>
/// <code>
/// var editor = new BulkEditor(new OperationContext(store, workspace, clock, actingUser));
/// var catalog = await editor.GetCatalogAsync();
/// var request = new BulkEditRequest(LeadSelection.Matching("source = \"Trade Show\""),
///     FieldEdit.Parse(catalog.Get("rating"), EditOperation.Set, "Good"));
/// BulkEditResult preview = await editor.PreviewAsync(request);   // old → new per lead, nothing written
/// BulkEditResult result = await editor.ApplyAsync(request);
/// await editor.UndoAsync(result.Undo!);                          // back to exactly what it was
/// </code>
/// </example>
public sealed class BulkEditor
{
    private readonly OperationContext _context;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom it runs.</param>
    public BulkEditor(OperationContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
    }

    /// <summary>Reads the workspace's catalogue of editable fields: the built-in ones and its user-defined fields of leads.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The catalogue.</returns>
    public async Task<EditableFieldCatalog> GetCatalogAsync(CancellationToken cancellationToken = default)
    {
        var unit = await _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            return EditableFieldCatalog.For(await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>The dry run: checks and applies the edit to every selected lead in memory and reports what would change (old → new); nothing is written.</summary>
    /// <param name="request">The edit.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The report (<see cref="OperationReport.IsDryRun"/>); no undo.</returns>
    /// <exception cref="LeadKitValidationException">A custom field of the request is not (or no longer so) defined for leads in the workspace.</exception>
    /// <exception cref="AssignmentRefusedException">The request assigns to a user who is not an active member of the workspace.</exception>
    /// <exception cref="WorkspaceViolationException">The request sets a referrer that is not in the workspace.</exception>
    public Task<BulkEditResult> PreviewAsync(BulkEditRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return EditAsync(request, dryRun: true, cancellationToken);
    }

    /// <summary>
    /// Applies the edit in one unit of work. Under <see cref="FailurePolicy.AllOrNothing"/> (the
    /// default) a single failing lead means nothing is written: every failure is reported and the
    /// other leads are reported skipped. Refusals of the request itself (see the exceptions) come
    /// before any lead is read.
    /// </summary>
    /// <param name="request">The edit.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The report and, when something was written, the undo.</returns>
    /// <exception cref="LeadKitValidationException">A custom field of the request is not (or no longer so) defined for leads in the workspace.</exception>
    /// <exception cref="AssignmentRefusedException">The request assigns to a user who is not an active member of the workspace.</exception>
    /// <exception cref="WorkspaceViolationException">The request sets a referrer that is not in the workspace.</exception>
    /// <exception cref="ConcurrencyConflictException">A lead was changed by someone else while the edit was saved; nothing was written.</exception>
    public Task<BulkEditResult> ApplyAsync(BulkEditRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return EditAsync(request, dryRun: false, cancellationToken);
    }

    /// <summary>
    /// Reverts a committed bulk edit exactly: every lead it changed gets back the previous values of
    /// the edited fields. A lead changed since the edit (another version) or deleted is refused with
    /// a conflict (<c>LeadKit.BulkEdit.UndoConflict</c>) and never overwritten; by default one
    /// conflict means nothing is reverted.
    /// </summary>
    /// <param name="undo">The undo of the edit (<see cref="BulkEditResult.Undo"/>).</param>
    /// <param name="policy">What to do when some leads conflict: by default nothing is reverted.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The report and an undo that re-applies the edit.</returns>
    /// <exception cref="ConcurrencyConflictException">A lead was changed by someone else while the undo was saved; nothing was written.</exception>
    public async Task<BulkEditResult> UndoAsync(BulkEditUndo undo, FailurePolicy policy = FailurePolicy.AllOrNothing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(undo);
        var fields = undo.Fields;
        var redo = new List<BulkEditUndo.Entry>();
        var report = await OperationRun<Change>.RunAsync(
            _context,
            policy,
            dryRun: false,
            async (unit, run, ct) =>
            {
                var subject = "Bulk edit undone: " + string.Join(", ", fields.Select(f => f.Name));
                foreach (var entry in undo.Entries)
                {
                    var lead = await unit.Leads.FindAsync(entry.Lead, ct).ConfigureAwait(false);
                    var conflict = lead is null
                        ? $"Lead {entry.Lead} was deleted after the bulk edit: it is not undone."
                        : lead.Version != entry.Version
                            ? $"Lead {entry.Lead} was changed after the bulk edit (the edit saved version {entry.Version}; version {lead.Version} is stored now): it is not undone, so that the later change is kept."
                            : null;
                    if (conflict is not null)
                    {
                        run.Report(RecordOutcome.Failed(RecordReference.To(entry.Lead), conflict, [new ValidationError(string.Empty, "LeadKit.BulkEdit.UndoConflict", conflict)]));
                        continue;
                    }

                    var before = fields.Select(f => f.Capture(lead!)).ToArray();
                    for (var i = fields.Count - 1; i >= 0; i--)
                    {
                        fields[i].Restore(lead!, entry.States[i]);
                    }

                    await DecideAsync(run, lead!, fields, before, undo.RecordHistory, ActivityKind.EditUndone, subject, ct).ConfigureAwait(false);
                }
            },
            (unit, batch, ct) => StageAsync(unit, batch, redo, ct),
            cancellationToken).ConfigureAwait(false);
        return new BulkEditResult(report, report.IsCommitted && redo.Count > 0 ? new BulkEditUndo(fields, redo, _context.Clock.GetCurrentInstant(), undo.RecordHistory) : null);
    }

    private async Task<BulkEditResult> EditAsync(BulkEditRequest request, bool dryRun, CancellationToken cancellationToken)
    {
        var fields = request.Edits.Select(e => e.Field).DistinctBy(f => f.StateKey).ToArray();
        var undo = new List<BulkEditUndo.Entry>();
        var now = _context.Clock.GetCurrentInstant();
        var report = await OperationRun<Change>.RunAsync(
            _context,
            request.Policy,
            dryRun,
            async (unit, run, ct) =>
            {
                await CheckRequestAsync(unit, request, ct).ConfigureAwait(false);
                var subject = "Bulk edit: " + string.Join(", ", request.Edits);
                await foreach (var (id, lead) in request.Selection.ReadAsync(unit, ct).ConfigureAwait(false))
                {
                    if (lead is null)
                    {
                        run.Report(RecordOutcome.Failed(RecordReference.To(id), new RecordNotFoundException(nameof(Lead), id.ToString())));
                        continue;
                    }

                    var before = fields.Select(f => f.Capture(lead)).ToArray();
                    try
                    {
                        foreach (var edit in request.Edits)
                        {
                            edit.Field.Apply(lead, edit.Operation, edit.Value, now);
                        }
                    }
                    catch (LeadKitException e)
                    {
                        run.Report(RecordOutcome.Failed(lead.Reference, e));
                        continue;
                    }

                    await DecideAsync(run, lead, fields, before, request.RecordHistory, ActivityKind.Edited, subject, ct).ConfigureAwait(false);
                }
            },
            (unit, batch, ct) => StageAsync(unit, batch, undo, ct),
            cancellationToken).ConfigureAwait(false);
        return new BulkEditResult(report, report.IsCommitted && undo.Count > 0 ? new BulkEditUndo(fields, undo, now, request.RecordHistory) : null);
    }

    /// <summary>Compares a changed lead with its previous states and reports it unchanged or queues the change.</summary>
    private async Task DecideAsync(OperationRun<Change> run, Lead lead, IReadOnlyList<EditableField> fields, object?[] before, bool recordHistory, ActivityKind activity, string subject, CancellationToken cancellationToken)
    {
        var changes = fields.SelectMany((f, i) => f.Describe(before[i], f.Capture(lead))).ToList();
        if (changes.Count == 0)
        {
            run.Report(RecordOutcome.Unchanged(lead.Reference, "the fields already have these values"));
            return;
        }

        var entry = recordHistory ? Activities.Create(_context, lead.Reference, activity, subject, changes) : null;
        await run.ChangeAsync(RecordOutcome.Changed(lead.Reference, changes), new Change(lead, before, entry), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves a batch: rescore, update (the step that may conflict), then the undo entries and the history.</summary>
    private async Task StageAsync(IUnitOfWork unit, IReadOnlyList<Change> batch, List<BulkEditUndo.Entry> undo, CancellationToken cancellationToken)
    {
        var leads = batch.Select(c => c.Lead).ToList();
        if (_context.Rescorer is { } rescorer)
        {
            await rescorer.RescoreAsync(unit, leads, cancellationToken).ConfigureAwait(false);
        }

        // The version each lead is saved at: the objects get it only when the unit of work commits.
        var saved = leads.Select(l => l.Version + 1).ToList();
        await unit.Leads.UpdateAsync(leads, cancellationToken).ConfigureAwait(false);
        undo.AddRange(batch.Select((c, i) => new BulkEditUndo.Entry(c.Lead.Id, saved[i], c.Before)));
        var entries = batch.Where(c => c.Entry is not null).Select(c => (HistoryItem)c.Entry!).ToList();
        if (entries.Count > 0)
        {
            await OperationRun<Change>.ThenAsync(() => unit.History.AddAsync(entries, cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>Refuses a request that cannot apply to any lead: unknown custom fields, users or referrers outside the workspace.</summary>
    private static async Task CheckRequestAsync(IUnitOfWork unit, BulkEditRequest request, CancellationToken cancellationToken)
    {
        var schema = await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false);
        foreach (var edit in request.Edits)
        {
            if (edit.Field.CustomField is { } definition && !Equals(schema.Find(RecordKind.Lead, definition.Name), definition))
            {
                throw Preconditions.Invalid(nameof(FieldEdit), edit.Field.Name, "LeadKit.BulkEdit.FieldNotDefined",
                    $"Custom field '{definition.Name}' is not defined for leads in this workspace as the edit expects (it was removed or changed): read the catalogue again.");
            }

            if (edit.Value is UserId user && edit.Field == EditableField.AssignedTo)
            {
                AssignmentRefusedException.Check(user, await unit.Users.FindAsync(user, cancellationToken).ConfigureAwait(false));
            }

            if (edit.Value is InitiatedBy { User: { } referrer } && await unit.Users.FindAsync(referrer, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new WorkspaceViolationException(nameof(ContactRecord.InitiatedBy), $"User {referrer} does not share this workspace, so leads cannot be initiated by them. Nothing was changed.");
            }

            if (edit.Value is InitiatedBy { Contact: { } contact } && await unit.Contacts.FindAsync(contact, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new WorkspaceViolationException(nameof(ContactRecord.InitiatedBy), $"Business contact {contact} is not in this workspace, so leads cannot be initiated by them. Nothing was changed.");
            }
        }
    }

    /// <summary>A changed lead waiting to be saved: its previous field states (for undo) and its history entry.</summary>
    private sealed record Change(Lead Lead, object?[] Before, ActivityEntry? Entry);
}
