using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Serialization;
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
    /// <summary>Fields recorded under a name that now means another field: <c>fileAs</c> was the file-as format before it became the filed-under text.</summary>
    private static readonly Dictionary<string, RecordField> RenamedFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fileAs"] = RecordField.FileAsFormat,
    };

    private readonly OperationContext _context;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom it runs.</param>
    public BulkEditor(OperationContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
    }

    /// <summary>Reads the workspace's catalogue of the fields of leads: the built-in ones and its custom fields of leads (the editable ones are <see cref="RecordField.IsEditable"/>).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The catalogue.</returns>
    public async Task<FieldCatalog> GetCatalogAsync(CancellationToken cancellationToken = default)
    {
        var unit = await _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            return FieldCatalog.For(await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false));
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
    /// <returns>The report (its <see cref="OperationReport.Operation"/> is the undo's own recorded operation) and an undo that re-applies the edit.</returns>
    /// <exception cref="ConcurrencyConflictException">A lead was changed by someone else while the undo was saved; nothing was written.</exception>
    public Task<BulkEditResult> UndoAsync(BulkEditUndo undo, FailurePolicy policy = FailurePolicy.AllOrNothing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(undo);
        var entries = undo.Entries.Select(e => new PendingUndo(e.Lead, e.Version, e.States, null)).ToList();
        return UndoCoreAsync(undo.Operation, policy, (_, _) => Task.FromResult<(IReadOnlyList<RecordField>, bool, IReadOnlyList<PendingUndo>)>((undo.Fields, undo.RecordHistory, entries)), cancellationToken);
    }

    /// <summary>
    /// Reverts a recorded operation (a bulk edit, an assignment, or an undo, which re-applies what it
    /// undid) exactly, rebuilt from what the store persisted (<see cref="IUnitOfWork.Operations"/>), so it
    /// works from another process. The operation's fields are looked up in the workspace's current
    /// catalogue and each previous value is checked against it again: a custom field deleted since
    /// refuses the undo (<c>LeadKit.BulkEdit.FieldNotDefined</c>), a value the field no longer accepts
    /// fails its lead. A lead changed since the operation (another version) or deleted is refused with a
    /// conflict (<c>LeadKit.BulkEdit.UndoConflict</c>) and never overwritten; by default one conflict means
    /// nothing is reverted. A committed undo marks the operation undone (<see cref="OperationSummary.UndoneBy"/>).
    /// A merge (<see cref="OperationKind.Merge"/>) is undone as <c>LeadKit.Merging.LeadMerger.UndoAsync</c>
    /// undoes it, always all or nothing; its result has no in-memory undo.
    /// </summary>
    /// <param name="operation">The recorded operation (<see cref="OperationReport.Operation"/>, <c>leadkit operations list</c>).</param>
    /// <param name="policy">What to do when some leads conflict: by default nothing is reverted.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The report (its <see cref="OperationReport.Operation"/> is the undo's own recorded operation) and an in-memory undo of the undo.</returns>
    /// <exception cref="RecordNotFoundException">The workspace recorded no such operation (<c>Operation</c>).</exception>
    /// <exception cref="LeadKitValidationException">The operation is an erasure (<c>LeadKit.Erasure.NotUndoable</c>), was undone already (<c>LeadKit.BulkEdit.AlreadyUndone</c>, <c>LeadKit.Merge.AlreadyUndone</c>), one of its fields is no longer defined (<c>LeadKit.BulkEdit.FieldNotDefined</c>), or it is the undo of a merge (<c>LeadKit.Merge.UndoOfUndo</c>: merge again).</exception>
    /// <exception cref="ConcurrencyConflictException">A lead was changed by someone else while the undo was saved; nothing was written.</exception>
    public async Task<BulkEditResult> UndoOperationAsync(OperationId operation, FailurePolicy policy = FailurePolicy.AllOrNothing, CancellationToken cancellationToken = default)
    {
        // A merge is undone whole (master, merged leads and their items): its own undo, all or nothing.
        if (await MergeUndo.IsMergeAsync(_context, operation, cancellationToken).ConfigureAwait(false))
        {
            return new BulkEditResult(await MergeUndo.UndoAsync(_context, operation, cancellationToken).ConfigureAwait(false), null);
        }

        return await UndoCoreAsync(operation, policy, (unit, ct) => LoadAsync(unit, operation, ct), cancellationToken).ConfigureAwait(false);
    }

    private async Task<BulkEditResult> UndoCoreAsync(
        OperationId? undoes,
        FailurePolicy policy,
        Func<IUnitOfWork, CancellationToken, Task<(IReadOnlyList<RecordField> Fields, bool RecordHistory, IReadOnlyList<PendingUndo> Entries)>> load,
        CancellationToken cancellationToken)
    {
        var id = OperationId.New();
        var redo = new List<BulkEditUndo.Entry>();
        var memo = UndoDocuments.NewMemo();
        IReadOnlyList<RecordField> fields = [];
        var recordHistory = false;
        var deleted = 0;
        var report = await OperationRun<Change>.RunAsync(
            _context,
            policy,
            dryRun: false,
            async (unit, run, ct) =>
            {
                (fields, recordHistory, var entries) = await load(unit, ct).ConfigureAwait(false);
                var subject = "Bulk edit undone: " + string.Join(", ", fields.Select(f => f.Name));
                foreach (var chunk in entries.Chunk(_context.BatchSize))
                {
                    var found = (await unit.Leads.FindManyAsync([.. chunk.Select(e => e.Lead).Distinct()], ct).ConfigureAwait(false)).ToDictionary(l => l.Id);
                    foreach (var entry in chunk)
                    {
                        var lead = found.GetValueOrDefault(entry.Lead);
                        var conflict = entry.Refusal
                            ?? (lead is null
                                ? $"Lead {entry.Lead} was deleted after the bulk edit: it is not undone."
                                : lead.Version != entry.Version
                                    ? $"Lead {entry.Lead} was changed after the bulk edit (the edit saved version {entry.Version}; version {lead.Version} is stored now): it is not undone, so that the later change is kept."
                                    : null);
                        if (conflict is not null)
                        {
                            var code = entry.Refusal is null ? "LeadKit.BulkEdit.UndoConflict" : "LeadKit.BulkEdit.UndoRefused";
                            run.Report(RecordOutcome.Failed(RecordReference.To(entry.Lead), conflict, [new ValidationError(string.Empty, code, conflict)]));
                            continue;
                        }

                        if (entry.Delete)
                        {
                            var snapshot = JsonSerializer.Serialize(lead!, LeadKitJsonTypes.Of<Lead>());
                            var deletion = Activities.Create(_context, lead!.Reference, ActivityKind.Deleted, Activities.Shorten($"Deleted lead {lead.Name.FullName}: its import was undone"), snapshot: snapshot);
                            deleted++;
                            await run.ChangeAsync(RecordOutcome.Deleted(lead.Reference), new Change(lead, lead, [], deletion, Delete: true), ct).ConfigureAwait(false);
                            continue;
                        }

                        var original = lead!.Copy();
                        var before = Capture(fields, lead);
                        RestoreStates(fields, lead, entry.States!);
                        await DecideAsync(run, original, lead, fields, before, recordHistory, ActivityKind.EditUndone, subject, ct).ConfigureAwait(false);
                    }
                }
            },
            (unit, batch, ct) => StageAsync(unit, batch, id, fields, redo, memo, ct),
            cancellationToken,
            beforeCommit: async (unit, ct) =>
            {
                if (redo.Count + deleted == 0)
                {
                    return;
                }

                await unit.Operations.AddAsync(Summary(id, OperationKind.Undo, fields, redo.Count, recordHistory, undoes), ct).ConfigureAwait(false);
                if (undoes is { } undone && await unit.Operations.FindAsync(undone, ct).ConfigureAwait(false) is not null)
                {
                    await unit.Operations.MarkUndoneAsync(undone, id, ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        var written = report.IsCommitted && redo.Count + deleted > 0;
        return new BulkEditResult(
            written ? report.WithOperation(id) : report,
            written ? new BulkEditUndo(fields, redo, _context.Clock.GetCurrentInstant(), recordHistory, id) : null);
    }

    /// <summary>Rebuilds an operation's undo from the store, checked against the workspace's current fields.</summary>
    private static async Task<(IReadOnlyList<RecordField> Fields, bool RecordHistory, IReadOnlyList<PendingUndo> Entries)> LoadAsync(IUnitOfWork unit, OperationId operation, CancellationToken cancellationToken)
    {
        var summary = await unit.Operations.FindAsync(operation, cancellationToken).ConfigureAwait(false)
            ?? throw new RecordNotFoundException("Operation", operation.ToString());
        if (summary.UndoneBy is { } undoneBy)
        {
            throw Preconditions.Invalid("Operation", operation.ToString(), "LeadKit.BulkEdit.AlreadyUndone",
                $"Operation {operation} was already undone by operation {undoneBy}; undo that one to re-apply it.");
        }

        if (summary.Kind == OperationKind.Erasure)
        {
            throw Preconditions.Invalid("Operation", operation.ToString(), "LeadKit.Erasure.NotUndoable",
                $"Operation {operation} erased a person: an erasure cannot be undone.");
        }

        var catalog = FieldCatalog.For(await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false));
        var fields = summary.Fields.Select(name => (catalog.Find(name) is { IsEditable: true } field ? field : RenamedFields.GetValueOrDefault(name))
            ?? throw Preconditions.Invalid("Operation", name, "LeadKit.BulkEdit.FieldNotDefined",
                $"Operation {operation} changed field '{name}', which this workspace no longer defines (a custom field deleted since?), so it cannot be undone.")).ToArray();
        var entries = new List<PendingUndo>();
        foreach (var entry in await unit.Operations.ReadEntriesAsync(operation, cancellationToken).ConfigureAwait(false))
        {
            var lead = new LeadId(entry.Record.Id);
            if (entry.Record.Kind != RecordKind.Lead || (entry.Before is null && summary.Kind != OperationKind.Import))
            {
                entries.Add(new PendingUndo(lead, entry.Version, null, $"{entry.Record} cannot be undone by a bulk-edit undo: the operation created it or it is not a lead."));
                continue;
            }

            if (entry.Before is null)
            {
                // An import created the lead: undoing the import deletes it (restorable from its history, like any deletion).
                entries.Add(new PendingUndo(lead, entry.Version, null, null, Delete: true));
                continue;
            }

            var holder = UndoDocuments.Read(entry.Before);
            var states = fields.Select(f => f.Editor!.Capture(holder)).ToArray();
            entries.Add(new PendingUndo(lead, entry.Version, states, Recheck(fields, states)));
        }

        return (fields, summary.RecordHistory, entries);
    }

    /// <summary>Checks previous values against the fields as the workspace defines them now: the refusal, or <see langword="null"/>.</summary>
    private static string? Recheck(RecordField[] fields, object?[] states)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (states[i] is { } value && fields[i].ClrType.IsInstanceOfType(value))
            {
                try
                {
                    fields[i].CheckValue(value);
                }
                catch (LeadKitException e)
                {
                    return $"The previous value of '{fields[i].Name}' is no longer valid for the field as it is defined now: {e.Message}";
                }
            }
        }

        return null;
    }

    private async Task<BulkEditResult> EditAsync(BulkEditRequest request, bool dryRun, CancellationToken cancellationToken)
    {
        var fields = request.Edits.Select(e => e.Field).DistinctBy(f => f.Editor!.StateKey).ToArray();
        var undo = new List<BulkEditUndo.Entry>();
        var memo = UndoDocuments.NewMemo();
        var now = _context.Clock.GetCurrentInstant();
        var id = OperationId.New();
        var report = await OperationRun<Change>.RunAsync(
            _context,
            request.Policy,
            dryRun,
            async (unit, run, ct) =>
            {
                var edits = await CheckRequestAsync(unit, request, ct).ConfigureAwait(false);
                var subject = "Bulk edit: " + string.Join(", ", request.Edits);
                await foreach (var (leadId, lead) in request.Selection.ReadAsync(unit, _context.BatchSize, ct).ConfigureAwait(false))
                {
                    if (lead is null)
                    {
                        run.Report(RecordOutcome.Failed(RecordReference.To(leadId), new RecordNotFoundException(nameof(Lead), leadId.ToString())));
                        continue;
                    }

                    var original = lead.Copy();
                    var before = Capture(fields, lead);
                    try
                    {
                        foreach (var edit in edits)
                        {
                            edit.Field.Editor!.Apply(lead, FieldEdit.Capability(edit.Operation), edit.Value, now);
                        }
                    }
                    catch (LeadKitException e)
                    {
                        run.Report(RecordOutcome.Failed(lead.Reference, e));
                        continue;
                    }

                    await DecideAsync(run, original, lead, fields, before, request.RecordHistory, ActivityKind.Edited, subject, ct).ConfigureAwait(false);
                }
            },
            (unit, batch, ct) => StageAsync(unit, batch, id, fields, undo, memo, ct),
            cancellationToken,
            beforeCommit: async (unit, ct) =>
            {
                if (undo.Count > 0)
                {
                    await unit.Operations.AddAsync(Summary(id, OperationKind.BulkEdit, fields, undo.Count, request.RecordHistory, null), ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        var written = report.IsCommitted && undo.Count > 0;
        return new BulkEditResult(written ? report.WithOperation(id) : report, written ? new BulkEditUndo(fields, undo, now, request.RecordHistory, id) : null);
    }

    private OperationSummary Summary(OperationId id, OperationKind kind, IReadOnlyList<RecordField> fields, int count, bool recordHistory, OperationId? undoes) =>
        new(id, kind, _context.Clock.GetCurrentInstant(), _context.ActingUser, count, [.. fields.Select(f => f.Name)], recordHistory, undoes);

    /// <summary>Reads the state of each field from a lead, in order (what undo restores and changes compare).</summary>
    private static object?[] Capture(IReadOnlyList<RecordField> fields, Lead lead)
    {
        var states = new object?[fields.Count];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = fields[i].Editor!.Capture(lead);
        }

        return states;
    }

    /// <summary>Puts previous states back, last field first (as they were captured in order).</summary>
    private static void RestoreStates(IReadOnlyList<RecordField> fields, ContactRecord record, object?[] states)
    {
        for (var i = fields.Count - 1; i >= 0; i--)
        {
            fields[i].Editor!.Restore(record, states[i]);
        }
    }

    /// <summary>Compares a changed lead with its previous states and reports it unchanged or queues the change.</summary>
    private async Task DecideAsync(OperationRun<Change> run, Lead original, Lead lead, IReadOnlyList<RecordField> fields, object?[] before, bool recordHistory, ActivityKind activity, string subject, CancellationToken cancellationToken)
    {
        var changes = new List<FieldChange>(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            changes.AddRange(fields[i].Editor!.Describe(before[i], fields[i].Editor!.Capture(lead)));
        }

        if (changes.Count == 0)
        {
            run.Report(RecordOutcome.Unchanged(lead.Reference, "the fields already have these values"));
            return;
        }

        var entry = recordHistory ? Activities.Create(_context, lead.Reference, activity, subject, changes) : null;
        await run.ChangeAsync(RecordOutcome.Changed(lead.Reference, changes), new Change(original, lead, before, entry), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves a batch: rescore, the field-aware update (the step that may conflict), then the persisted
    /// undo entries and the history. The leads are not marked saved: the store keeps copies, and each
    /// is stored at its version + 1 once the unit of work commits.
    /// </summary>
    private async Task StageAsync(IUnitOfWork unit, IReadOnlyList<Change> batch, OperationId operation, IReadOnlyList<RecordField> fields, List<BulkEditUndo.Entry> undo, Dictionary<UndoDocuments.StatesKey, string> memo, CancellationToken cancellationToken)
    {
        if (batch.Any(c => c.Delete))
        {
            await StageDeletionsAsync(unit, [.. batch.Where(c => c.Delete)], cancellationToken).ConfigureAwait(false);
            batch = [.. batch.Where(c => !c.Delete)];
            if (batch.Count == 0)
            {
                return;
            }
        }

        var leads = batch.Select(c => c.Lead).ToList();
        if (_context.Rescorer is { } rescorer)
        {
            await rescorer.RescoreAsync(unit, leads, cancellationToken).ConfigureAwait(false);
        }

        await unit.Leads.UpdateChangedAsync([.. batch.Select(c => new RecordUpdate<Lead>(c.Original, c.Lead))], cancellationToken).ConfigureAwait(false);
        var persisted = batch.Select(c => new OperationUndoEntry(c.Lead.Reference, c.Lead.Version + 1, UndoDocuments.Write(memo, c.Before, holder => RestoreStates(fields, holder, c.Before)))).ToList();
        var entries = batch.Where(c => c.Entry is not null).Select(c => (HistoryItem)c.Entry!).ToList();
        await OperationRun<Change>.ThenAsync(async () =>
        {
            await unit.Operations.AddEntriesAsync(operation, persisted, cancellationToken).ConfigureAwait(false);
            if (entries.Count > 0)
            {
                await unit.History.AddAsync(entries, cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        undo.AddRange(batch.Select(c => new BulkEditUndo.Entry(c.Lead.Id, c.Lead.Version + 1, c.Before)));
    }

    /// <summary>
    /// Stages the deletions of an import's undo: each lead's deletion entry (with its snapshot, so
    /// <see cref="LeadDeletion.RestoreAsync"/> can bring it back), then the deletions, which are
    /// version-checked. A conflict leaves the batch's entries staged, so it aborts the undo: with the
    /// default all-or-nothing policy nothing is written anyway.
    /// </summary>
    private static async Task StageDeletionsAsync(IUnitOfWork unit, IReadOnlyList<Change> deletions, CancellationToken cancellationToken)
    {
        await unit.History.AddAsync([.. deletions.Select(d => (HistoryItem)d.Entry!)], cancellationToken).ConfigureAwait(false);
        await OperationRun<Change>.ThenAsync(async () =>
        {
            foreach (var deletion in deletions)
            {
                await unit.Leads.DeleteAsync(deletion.Lead.Id, deletion.Lead.Version, cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Refuses a request that cannot apply to any lead (unknown custom fields, users or referrers
    /// outside the workspace) and resolves the users it names by display name: the edits to apply.
    /// </summary>
    private static async Task<IReadOnlyList<FieldEdit>> CheckRequestAsync(IUnitOfWork unit, BulkEditRequest request, CancellationToken cancellationToken)
    {
        var schema = await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false);
        List<WorkspaceUser>? users = null;
        var edits = new List<FieldEdit>(request.Edits.Count);
        foreach (var named in request.Edits)
        {
            var edit = named;
            if (edit.Field.CustomField is { } definition && !Equals(schema.Find(RecordKind.Lead, definition.Name), definition))
            {
                throw Preconditions.Invalid(nameof(FieldEdit), edit.Field.Name, "LeadKit.BulkEdit.FieldNotDefined",
                    $"Custom field '{definition.Name}' is not defined for leads in this workspace as the edit expects (it was removed or changed): read the catalogue again.");
            }

            if (edit.NamesUser)
            {
                users ??= await ListUsersAsync(unit, cancellationToken).ConfigureAwait(false);
                edit = edit.BindUsers(users);
            }

            if (edit.Value is UserId user && edit.Field == RecordField.AssignedTo)
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

            edits.Add(edit);
        }

        return edits;
    }

    private static async Task<List<WorkspaceUser>> ListUsersAsync(IUnitOfWork unit, CancellationToken cancellationToken)
    {
        var users = new List<WorkspaceUser>();
        await foreach (var user in unit.Users.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            users.Add(user);
        }

        return users;
    }

    /// <summary>A changed lead waiting to be saved: the lead as read, its previous field states (for undo) and its history entry.</summary>
    private sealed record Change(Lead Original, Lead Lead, object?[] Before, ActivityEntry? Entry, bool Delete = false);

    /// <summary>One lead an undo reverts: the version it must still have and the previous states, or why it is refused.</summary>
    private sealed record PendingUndo(LeadId Lead, long Version, object?[]? States, string? Refusal, bool Delete = false);
}
