using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Serialization;
using LeadKit.Storage;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.Operations;

/// <summary>
/// The persisted undo of a merge (<see cref="OperationKind.Merge"/>), shared by the merge, which writes
/// it, and by every undo of a recorded operation, which reverts it. A merge's undo entries are the
/// master's (its whole previous document) and then one per merged lead, whose
/// <see cref="OperationUndoEntry.Before"/> is a merge document: the deletion entry it is restored from and
/// the history items and opportunities that moved to the master,
/// <c>{"deletion":"…","history":["…"],"opportunities":["…"]}</c>.
/// </summary>
internal static class MergeUndo
{
    /// <summary>Writes a merged lead's merge document.</summary>
    public static string WriteMerged(HistoryItemId deletion, IEnumerable<HistoryItemId> history, IEnumerable<OpportunityId> opportunities)
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("deletion", deletion.Value);
            writer.WriteStartArray("history");
            foreach (var id in history)
            {
                writer.WriteStringValue(id.Value);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("opportunities");
            foreach (var id in opportunities)
            {
                writer.WriteStringValue(id.Value);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Tells whether a recorded operation is a merge, which <see cref="UndoAsync"/> reverts; refuses the undo
    /// of a merge's undo (<c>LeadKit.Merge.UndoOfUndo</c>): merge the leads again instead.
    /// </summary>
    public static async Task<bool> IsMergeAsync(OperationContext context, OperationId operation, CancellationToken cancellationToken)
    {
        var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var summary = await unit.Operations.FindAsync(operation, cancellationToken).ConfigureAwait(false);
            if (summary is { Kind: OperationKind.Undo, Undoes: { } undone, UndoneBy: null }
                && await unit.Operations.FindAsync(undone, cancellationToken).ConfigureAwait(false) is { Kind: OperationKind.Merge })
            {
                throw Preconditions.Invalid("Operation", operation.ToString(), "LeadKit.Merge.UndoOfUndo",
                    $"Operation {operation} undid merge {undone}; an undone merge is not re-applied by an undo: merge the leads again.");
            }

            return summary?.Kind == OperationKind.Merge;
        }
    }

    /// <summary>Reverts a recorded merge (see <c>LeadMerger.UndoAsync</c>).</summary>
    public static async Task<OperationReport> UndoAsync(OperationContext context, OperationId operation, CancellationToken cancellationToken)
    {
        var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var summary = await unit.Operations.FindAsync(operation, cancellationToken).ConfigureAwait(false)
                ?? throw new RecordNotFoundException("Operation", operation.ToString());
            if (summary.Kind != OperationKind.Merge)
            {
                throw Preconditions.Invalid("Operation", operation.ToString(), "LeadKit.Merge.NotAMerge",
                    $"Operation {operation} is a {summary.Kind}, not a merge: undo it with BulkEditor.UndoOperationAsync.");
            }

            if (summary.UndoneBy is { } undoneBy)
            {
                throw Preconditions.Invalid("Operation", operation.ToString(), "LeadKit.Merge.AlreadyUndone",
                    $"Merge {operation} was already undone by operation {undoneBy}.");
            }

            var entries = await unit.Operations.ReadEntriesAsync(operation, cancellationToken).ConfigureAwait(false);
            var catalog = FieldCatalog.For(await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false));
            var outcomes = new List<RecordOutcome>(entries.Count);
            var failed = false;

            // The master: back to its whole previous document, if nobody changed it since.
            var masterEntry = entries[0];
            var masterId = new LeadId(masterEntry.Record.Id);
            var current = await unit.Leads.FindAsync(masterId, cancellationToken).ConfigureAwait(false);
            var previous = JsonSerializer.Deserialize(masterEntry.Before!, LeadKitJsonTypes.Of<Lead>()) ?? throw new JsonException("A merge's master document is null.");
            var masterConflict = current is null
                ? $"Lead {masterId}, the master of merge {operation}, was deleted after the merge: the merge is not undone."
                : current.Version != masterEntry.Version
                    ? $"Lead {masterId}, the master of merge {operation}, was changed after the merge (the merge saved version {masterEntry.Version}; version {current.Version} is stored now): the merge is not undone, so that the later change is kept."
                    : null;
            var changes = current is null ? [] : catalog.Differences(current, previous).ToList();
            outcomes.Add(masterConflict is null ? RecordOutcome.Changed(masterEntry.Record, changes) : Conflict(masterEntry.Record, masterConflict));
            failed |= masterConflict is not null;

            // The merged leads: rebuilt from their deletion entries, if not restored meanwhile.
            var restored = new List<(Lead Lead, Merged Moved)>();
            foreach (var entry in entries.Skip(1))
            {
                var id = new LeadId(entry.Record.Id);
                var moved = ReadMerged(entry.Before!);
                string? problem;
                Lead? lead = null;
                if (await unit.Leads.FindAsync(id, cancellationToken).ConfigureAwait(false) is not null)
                {
                    problem = $"Lead {id}, merged by merge {operation}, exists again (restored since?): the merge is not undone.";
                }
                else if (await unit.History.FindAsync(moved.Deletion, cancellationToken).ConfigureAwait(false) is not ActivityEntry { Activity: ActivityKind.Deleted, Snapshot: not null } deletion)
                {
                    problem = $"The deletion entry {moved.Deletion} of lead {id}, merged by merge {operation}, is gone: the lead cannot be restored.";
                }
                else
                {
                    (lead, problem) = await LeadDeletion.RebuildAsync(unit, id, deletion, cancellationToken).ConfigureAwait(false);
                }

                outcomes.Add(problem is null ? RecordOutcome.Created(entry.Record) : Conflict(entry.Record, problem));
                failed |= problem is not null;
                if (lead is not null)
                {
                    restored.Add((lead, moved));
                }
            }

            if (failed)
            {
                const string Reason = "Not written: the merge is undone all or nothing.";
                return new OperationReport(outcomes.Select(o => o.IsFailure ? o : o.With(OutcomeStatus.Skipped, Reason)), isCommitted: false);
            }

            previous.RestoreAudit(previous.CreatedAt, previous.CreatedBy, current!.ModifiedAt, current.ModifiedBy, current.Version);
            if (context.Rescorer is { } rescorer)
            {
                await rescorer.RescoreAsync(unit, [previous, .. restored.Select(r => r.Lead)], cancellationToken).ConfigureAwait(false);
            }

            await unit.Leads.UpdateAsync([previous], cancellationToken).ConfigureAwait(false);
            await unit.Leads.AddAsync([.. restored.Select(r => r.Lead)], cancellationToken).ConfigureAwait(false);
            var history = new List<HistoryItem>(restored.Count + 1)
            {
                Activities.Create(context, previous.Reference, ActivityKind.MergeUndone, $"Merge undone: {string.Join(", ", restored.Select(r => r.Lead.Name.FullName))} restored", changes, $"Operation {operation} undone."),
            };
            foreach (var (lead, moved) in restored)
            {
                if (moved.History.Count > 0)
                {
                    await unit.History.RelinkItemsAsync(moved.History, lead.Reference, cancellationToken).ConfigureAwait(false);
                }

                if (moved.Opportunities.Count > 0)
                {
                    await unit.Opportunities.RelinkItemsAsync(moved.Opportunities, lead.Reference, cancellationToken).ConfigureAwait(false);
                }

                history.Add(Activities.Create(context, lead.Reference, ActivityKind.Restored, $"Restored lead {lead.Name.FullName}: its merge into lead {previous.Name.FullName} was undone", related: previous.Reference));
            }

            await unit.History.AddAsync(history, cancellationToken).ConfigureAwait(false);
            var undoId = OperationId.New();
            await unit.Operations.AddAsync(new OperationSummary(undoId, OperationKind.Undo, context.Clock.GetCurrentInstant(), context.ActingUser, entries.Count, summary.Fields, RecordHistory: true, Undoes: operation), cancellationToken).ConfigureAwait(false);
            await unit.Operations.MarkUndoneAsync(operation, undoId, cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new OperationReport(outcomes, isCommitted: true).WithOperation(undoId);
        }
    }

    private static RecordOutcome Conflict(RecordReference record, string reason) =>
        RecordOutcome.Failed(record, reason, [new ValidationError(string.Empty, "LeadKit.Merge.UndoConflict", reason)]);

    private static Merged ReadMerged(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new Merged(
            new HistoryItemId(root.GetProperty("deletion").GetGuid()),
            [.. root.GetProperty("history").EnumerateArray().Select(e => new HistoryItemId(e.GetGuid()))],
            [.. root.GetProperty("opportunities").EnumerateArray().Select(e => new OpportunityId(e.GetGuid()))]);
    }

    /// <summary>A merged lead's merge document.</summary>
    private sealed record Merged(HistoryItemId Deletion, List<HistoryItemId> History, List<OpportunityId> Opportunities);
}
