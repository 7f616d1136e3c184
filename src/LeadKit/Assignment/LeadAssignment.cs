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
/// Assigns one or many leads to a user who shares the workspace (or unassigns them), in one unit
/// of work. Each change is recorded in the lead's history as an <see cref="ActivityEntry"/>
/// (<see cref="ActivityKind.Assigned"/>) saying who assigned it, when, and from whom to whom.
/// </summary>
/// <example>
/// <code>
/// var assignment = new LeadAssignment(new OperationContext(store, workspace, clock, actingUser));
/// OperationReport report = await assignment.AssignAsync(LeadSelection.Of(leadId), ann.Id);
/// </code>
/// </example>
public sealed class LeadAssignment
{
    /// <summary>The name of the field an assignment changes, as the field catalogue and history spell it.</summary>
    private const string AssignedToField = AssignmentBatch.Field;

    private readonly OperationContext _context;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom it runs.</param>
    public LeadAssignment(OperationContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
    }

    /// <summary>
    /// Assigns the selected leads to a user. The user must be an active member of the workspace,
    /// otherwise nothing changes. A lead already assigned to the user is reported unchanged; a
    /// missing lead fails.
    /// </summary>
    /// <param name="leads">The leads.</param>
    /// <param name="user">The user to assign them to.</param>
    /// <param name="policy">What to do when some leads fail (by default nothing is written).</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>One outcome per lead; a changed one lists <c>assignedTo</c>, old → new. When something was written, <see cref="OperationReport.Operation"/> names the recorded operation (undo it with <c>BulkEditor.UndoOperationAsync</c>).</returns>
    /// <exception cref="AssignmentRefusedException">The user does not share the workspace or is inactive; nothing was changed.</exception>
    /// <exception cref="ConcurrencyConflictException">A lead was changed by someone else while the assignment was saved; nothing was written.</exception>
    public Task<OperationReport> AssignAsync(LeadSelection leads, UserId user, FailurePolicy policy = FailurePolicy.AllOrNothing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        return RunAsync(leads, user, policy, cancellationToken);
    }

    /// <summary>Removes the assignment of the selected leads (a lead assigned to no one is reported unchanged).</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="policy">What to do when some leads fail (by default nothing is written).</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>One outcome per lead; <see cref="OperationReport.Operation"/> names the recorded operation when something was written.</returns>
    /// <exception cref="ConcurrencyConflictException">A lead was changed by someone else while the change was saved; nothing was written.</exception>
    public Task<OperationReport> UnassignAsync(LeadSelection leads, FailurePolicy policy = FailurePolicy.AllOrNothing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        return RunAsync(leads, null, policy, cancellationToken);
    }

    private async Task<OperationReport> RunAsync(LeadSelection leads, UserId? user, FailurePolicy policy, CancellationToken cancellationToken)
    {
        var id = OperationId.New();
        var count = 0;
        var report = await OperationRun<(Lead Original, Lead Lead, ActivityEntry Entry)>.RunAsync(
            _context,
            policy,
            dryRun: false,
            async (unit, run, ct) =>
            {
                var names = new UserNames(unit);
                var target = user is { } userId ? AssignmentRefusedException.Check(userId, await unit.Users.FindAsync(userId, ct).ConfigureAwait(false)) : null;
                await foreach (var (leadId, lead) in leads.ReadAsync(unit, _context.BatchSize, ct).ConfigureAwait(false))
                {
                    if (lead is null)
                    {
                        run.Report(RecordOutcome.Failed(RecordReference.To(leadId), new RecordNotFoundException(nameof(Lead), leadId.ToString())));
                        continue;
                    }

                    var previous = lead.AssignedTo;
                    if (previous == user)
                    {
                        run.Report(RecordOutcome.Unchanged(lead.Reference, target is null ? "not assigned to anyone" : $"already assigned to {target.DisplayName}"));
                        continue;
                    }

                    var original = lead.Copy();
                    lead.SetAssignedTo(user);
                    var change = new FieldChange(AssignedToField, previous?.ToString(), user?.ToString());
                    var was = previous is { } p ? $" (was {await names.NameAsync(p, ct).ConfigureAwait(false)})" : string.Empty;
                    var subject = target is null ? $"Unassigned{was}" : $"Assigned to {target.DisplayName}{was}";
                    var entry = Activities.Create(_context, lead.Reference, ActivityKind.Assigned, subject, [change]);
                    await run.ChangeAsync(RecordOutcome.Changed(lead.Reference, [change]), (original, lead, entry), ct).ConfigureAwait(false);
                }
            },
            async (unit, batch, ct) =>
            {
                await AssignmentBatch.WriteAsync(_context, unit, id, batch, ct).ConfigureAwait(false);
                count += batch.Count;
            },
            cancellationToken,
            beforeCommit: (unit, ct) => AssignmentBatch.RecordAsync(_context, unit, id, count, ct)).ConfigureAwait(false);
        return report.IsCommitted && count > 0 ? report.WithOperation(id) : report;
    }

    /// <summary>Looks up users' display names once each, for history subjects.</summary>
    private sealed class UserNames(IUnitOfWork unit)
    {
        private readonly Dictionary<UserId, string> _names = [];

        public async Task<string> NameAsync(UserId id, CancellationToken cancellationToken)
        {
            if (!_names.TryGetValue(id, out var name))
            {
                name = (await unit.Users.FindAsync(id, cancellationToken).ConfigureAwait(false))?.DisplayName ?? id.ToString();
                _names[id] = name;
            }

            return name;
        }
    }
}
