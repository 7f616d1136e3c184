using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;

namespace LeadKit.Assignment;

/// <summary>
/// How an assignment, by hand or by rules, writes one batch of reassigned leads and records
/// itself: the leads re-scored and saved, an undo entry per lead holding its previous assignee,
/// an <see cref="ActivityKind.Assigned"/> history entry per lead, and one operation summary.
/// </summary>
internal static class AssignmentBatch
{
    /// <summary>The field an assignment changes, as the field catalogue names it.</summary>
    public const string Field = "assignedTo";

    /// <summary>Writes one batch: re-scores the leads, saves them, and stages their undo and history entries.</summary>
    /// <param name="context">The operation's context.</param>
    /// <param name="unit">The unit of work.</param>
    /// <param name="operation">The operation the undo entries belong to.</param>
    /// <param name="batch">Each lead as read, as reassigned, and its history entry.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the batch is staged.</returns>
    public static async Task WriteAsync(
        OperationContext context,
        IUnitOfWork unit,
        OperationId operation,
        IReadOnlyList<(Lead Original, Lead Lead, ActivityEntry Entry)> batch,
        CancellationToken cancellationToken)
    {
        if (context.Rescorer is { } rescorer)
        {
            await rescorer.RescoreAsync(unit, [.. batch.Select(b => b.Lead)], cancellationToken).ConfigureAwait(false);
        }

        await unit.Leads.UpdateChangedAsync([.. batch.Select(b => new RecordUpdate<Lead>(b.Original, b.Lead))], cancellationToken).ConfigureAwait(false);

        // The undo entry: the previous assignee, in the same form a bulk edit of assignedTo persists.
        var undo = batch.Select(b => new OperationUndoEntry(b.Lead.Reference, b.Lead.Version + 1, UndoDocuments.Write(holder => holder.SetAssignedTo(b.Original.AssignedTo)))).ToList();
        await OperationRun<(Lead, Lead, ActivityEntry)>.ThenAsync(async () =>
        {
            await unit.Operations.AddEntriesAsync(operation, undo, cancellationToken).ConfigureAwait(false);
            await unit.History.AddAsync([.. batch.Select(b => (HistoryItem)b.Entry)], cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>Stages the operation's summary when it changed at least one lead.</summary>
    /// <param name="context">The operation's context.</param>
    /// <param name="unit">The unit of work.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="count">How many leads it changed.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the summary is staged.</returns>
    public static async Task RecordAsync(OperationContext context, IUnitOfWork unit, OperationId operation, int count, CancellationToken cancellationToken)
    {
        if (count > 0)
        {
            var summary = new OperationSummary(operation, OperationKind.Assignment, context.Clock.GetCurrentInstant(), context.ActingUser, count, [Field], RecordHistory: true);
            await unit.Operations.AddAsync(summary, cancellationToken).ConfigureAwait(false);
        }
    }
}
