using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.AssignmentRules;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;

namespace LeadKit.Assignment;

/// <summary>
/// Assignment rules as data: keeps a workspace's ordered <see cref="AssignmentRule"/>s and applies
/// them — on demand to unassigned leads (<see cref="ApplyAsync"/>), to new leads as they are added
/// (<see cref="AddLeadsAsync"/>), and on import
/// (<c>ImportOptions.AssignByRules</c>). The first enabled rule a lead matches assigns it; a lead
/// matching no rule stays unassigned. Every assignment names its rule in the lead's history
/// (<see cref="ActivityKind.Assigned"/>) and in its <see cref="RecordOutcome.Rule"/>.
/// </summary>
/// <example>
/// <code>
/// var rules = new RuleAssignment(context);
/// await rules.AddRuleFromTextAsync("source = \"Web\"", AssignmentMode.RoundRobin, ["Ann Lee", "Bob Roe"]);
/// OperationReport report = await rules.ApplyAsync();
/// </code>
/// </example>
public sealed class RuleAssignment
{
    private readonly OperationContext _context;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom it runs; its rescorer (if any) scores every assigned lead.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public RuleAssignment(OperationContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
    }

    /// <summary>Reads the workspace's rules in order (a rule's position is its index plus one).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rules.</returns>
    public async Task<IReadOnlyList<AssignmentRule>> ListRulesAsync(CancellationToken cancellationToken = default)
    {
        var unit = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            return await unit.AssignmentRules.ListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Adds a rule written as text: filter text in LeadKit's filter language and users by display
    /// name or id (see <see cref="AssignmentRule.FromText"/>).
    /// </summary>
    /// <param name="filterText">The filter text; blank text matches every lead.</param>
    /// <param name="mode">How the user is chosen.</param>
    /// <param name="users">The users, by display name or id, in order.</param>
    /// <param name="description">A description, if any.</param>
    /// <param name="position">The 1-based position; <see langword="null"/> adds it last.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The rule as saved.</returns>
    /// <exception cref="AssignmentRuleException">The filter, a user or the position is refused (the exception says which and where); nothing was written.</exception>
    public async Task<AssignmentRule> AddRuleFromTextAsync(string filterText, AssignmentMode mode, IEnumerable<string> users, string? description = null, int? position = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filterText);
        ArgumentNullException.ThrowIfNull(users);
        var unit = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var members = await MembersAsync(unit, cancellationToken).ConfigureAwait(false);
            var rule = AssignmentRule.FromText(filterText, mode, users, members, description);
            return await SaveAsync(unit, rule, members, position, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Adds a rule. Users named by display name in its filter are bound to their ids.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="position">The 1-based position; <see langword="null"/> adds it last.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The rule as saved.</returns>
    /// <exception cref="AssignmentRuleException">A user of the rule is not an active member of the workspace, its filter names an unknown user, or the position is less than 1; nothing was written.</exception>
    /// <exception cref="ConcurrencyConflictException">A rule with that identifier exists.</exception>
    public async Task<AssignmentRule> AddRuleAsync(AssignmentRule rule, int? position = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var unit = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var members = await MembersAsync(unit, cancellationToken).ConfigureAwait(false);
            foreach (var user in rule.Users)
            {
                AssignmentRule.ResolveUser(user.ToString(), members);
            }

            return await SaveAsync(unit, rule, members, position, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Enables or disables a rule (a disabled rule keeps its place and its turn but assigns nothing).</summary>
    /// <param name="id">The rule.</param>
    /// <param name="isEnabled">Whether it takes part in assignments.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The rule as saved.</returns>
    /// <exception cref="AssignmentRuleException">The workspace has no such rule (<c>LeadKit.AssignmentRule.NotFound</c>).</exception>
    public async Task<AssignmentRule> SetEnabledAsync(AssignmentRuleId id, bool isEnabled, CancellationToken cancellationToken = default)
    {
        var unit = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var rules = await unit.AssignmentRules.ListAsync(cancellationToken).ConfigureAwait(false);
            var rule = rules.FirstOrDefault(r => r.Id == id) ?? throw NotFound(id);
            var changed = rule.WithEnabled(isEnabled);
            await unit.AssignmentRules.ReplaceAsync(changed, cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            return changed;
        }
    }

    /// <summary>Removes a rule; the rules after it move up one. Leads it assigned stay assigned.</summary>
    /// <param name="id">The rule.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>A task that completes when the rule is removed.</returns>
    /// <exception cref="AssignmentRuleException">The workspace has no such rule (<c>LeadKit.AssignmentRule.NotFound</c>).</exception>
    public async Task RemoveRuleAsync(AssignmentRuleId id, CancellationToken cancellationToken = default)
    {
        var unit = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            if (!await unit.AssignmentRules.RemoveAsync(id, cancellationToken).ConfigureAwait(false))
            {
                throw NotFound(id);
            }

            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Applies the rules to unassigned leads: every unassigned, unconverted lead of the workspace, or
    /// the selected ones (a selected lead that is assigned or converted is reported unchanged). The
    /// first enabled rule a lead matches assigns it; a lead matching no rule is reported unchanged
    /// (<c>no assignment rule matches</c>). The assignments, their history entries and the moved
    /// round-robin turns are written in one unit of work, recorded as one
    /// <see cref="OperationKind.Assignment"/> operation that <c>BulkEditor.UndoOperationAsync</c> undoes.
    /// </summary>
    /// <param name="leads">The leads; <see langword="null"/> for every unassigned lead.</param>
    /// <param name="policy">What to do when some leads fail (a missing lead, a rule whose users are all inactive); by default nothing is written.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>One outcome per lead; an assigned one lists <c>assignedTo</c> (empty → user) and names its <see cref="RecordOutcome.Rule"/>.</returns>
    /// <exception cref="AssignmentRuleException">A stored rule's filter names a user the workspace no longer has; nothing was written.</exception>
    /// <exception cref="ConcurrencyConflictException">A lead was changed by someone else while the assignment was saved; nothing was written.</exception>
    public async Task<OperationReport> ApplyAsync(LeadSelection? leads = null, FailurePolicy policy = FailurePolicy.AllOrNothing, CancellationToken cancellationToken = default)
    {
        var selection = leads ?? LeadSelection.Matching(RecordField.AssignedTo.IsEmpty() & RecordField.Converted.EqualTo(FilterValue.FromBoolean(false)));
        var id = OperationId.New();
        var count = 0;
        RuleBook? book = null;
        var report = await OperationRun<(Lead Original, Lead Lead, ActivityEntry Entry)>.RunAsync(
            _context,
            policy,
            dryRun: false,
            async (unit, run, ct) =>
            {
                book = await RuleBook.LoadAsync(unit, ct).ConfigureAwait(false);
                await foreach (var (leadId, lead) in selection.ReadAsync(unit, _context.BatchSize, ct).ConfigureAwait(false))
                {
                    if (lead is null)
                    {
                        run.Report(RecordOutcome.Failed(RecordReference.To(leadId), new RecordNotFoundException(nameof(Lead), leadId.ToString())));
                        continue;
                    }

                    if (lead.AssignedTo is not null || lead.ConvertedTo is not null)
                    {
                        run.Report(RecordOutcome.Unchanged(lead.Reference, lead.AssignedTo is null ? "converted: rules assign open leads only" : "already assigned: rules assign unassigned leads only"));
                        continue;
                    }

                    var decision = book.Decide(lead);
                    if (decision is null)
                    {
                        run.Report(RecordOutcome.Unchanged(lead.Reference, NoRuleMatches));
                        continue;
                    }

                    if (decision.Problem is { } problem)
                    {
                        run.Report(RecordOutcome.Failed(lead.Reference, problem));
                        continue;
                    }

                    var original = lead.Copy();
                    lead.SetAssignedTo(decision.User!.Id);
                    var (change, entry, reason) = RuleBook.Describe(_context, lead, decision);
                    await run.ChangeAsync(RecordOutcome.Changed(lead.Reference, [change]).ByRule(decision.Rule.Id, "assigned " + reason), (original, lead, entry), ct).ConfigureAwait(false);
                }
            },
            async (unit, batch, ct) =>
            {
                await AssignmentBatch.WriteAsync(_context, unit, id, batch, ct).ConfigureAwait(false);
                count += batch.Count;
            },
            cancellationToken,
            beforeCommit: async (unit, ct) =>
            {
                if (count > 0)
                {
                    await book!.SaveTurnsAsync(unit, ct).ConfigureAwait(false);
                }

                await AssignmentBatch.RecordAsync(_context, unit, id, count, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return report.IsCommitted && count > 0 ? report.WithOperation(id) : report;
    }

    /// <summary>
    /// Adds new leads in a unit of work of its own, first assigning each unassigned one by the rules
    /// (see <see cref="StageLeadsAsync"/>), and commits.
    /// </summary>
    /// <param name="leads">The new leads (version 0).</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>One <see cref="OutcomeStatus.Created"/> outcome per lead, in order.</returns>
    /// <exception cref="AssignmentRuleException">A matching rule's users are all inactive, or a stored rule's filter names a user the workspace no longer has; nothing was written.</exception>
    public async Task<OperationReport> AddLeadsAsync(IReadOnlyCollection<Lead> leads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        var unit = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var report = await StageLeadsAsync(unit, leads, cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new OperationReport(report.Outcomes, isCommitted: true);
        }
    }

    /// <summary>
    /// Adds new leads through the caller's unit of work (which the caller commits), first assigning
    /// each unassigned one by the rules: what "rules apply on create" means. A lead that already
    /// has a user keeps it. The assignments are in the leads as added (no extra version), each
    /// with an <see cref="ActivityKind.Assigned"/> history entry naming its rule; the moved
    /// round-robin turns are staged in the same unit of work. Adding leads straight through
    /// <see cref="IUnitOfWork.Leads"/> applies no rules.
    /// </summary>
    /// <param name="unit">The caller's unit of work on the context's workspace.</param>
    /// <param name="leads">The new leads (version 0).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One <see cref="OutcomeStatus.Created"/> outcome per lead, in order, not committed: an assigned one lists <c>assignedTo</c> and names its rule; one no rule matched says so.</returns>
    /// <exception cref="AssignmentRuleException">A matching rule's users are all inactive, or a stored rule's filter names a user the workspace no longer has; nothing was staged.</exception>
    public async Task<OperationReport> StageLeadsAsync(IUnitOfWork unit, IReadOnlyCollection<Lead> leads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(leads);
        var book = await RuleBook.LoadAsync(unit, cancellationToken).ConfigureAwait(false);
        var (outcomes, entries) = Assign(_context, book, leads);
        if (_context.Rescorer is { } rescorer)
        {
            await rescorer.RescoreAsync(unit, [.. leads], cancellationToken).ConfigureAwait(false);
        }

        await unit.Leads.AddAsync(leads, cancellationToken).ConfigureAwait(false);
        if (entries.Count > 0)
        {
            await unit.History.AddAsync(entries, cancellationToken).ConfigureAwait(false);
            await book.SaveTurnsAsync(unit, cancellationToken).ConfigureAwait(false);
        }

        return new OperationReport(outcomes, isCommitted: false);
    }

    /// <summary>The reason of a lead that no rule matches.</summary>
    internal const string NoRuleMatches = "no assignment rule matches";

    /// <summary>
    /// Assigns new leads in memory by the rules: sets <see cref="ContactRecord.AssignedTo"/> on the
    /// unassigned ones a rule matches and returns a Created outcome per lead and the history entries.
    /// </summary>
    /// <exception cref="AssignmentRuleException">A matching rule's users are all inactive.</exception>
    internal static (List<RecordOutcome> Outcomes, List<HistoryItem> Entries) Assign(OperationContext context, RuleBook book, IEnumerable<Lead> leads)
    {
        var outcomes = new List<RecordOutcome>();
        var entries = new List<HistoryItem>();
        foreach (var lead in leads)
        {
            if (lead.AssignedTo is not null || book.IsEmpty)
            {
                outcomes.Add(RecordOutcome.Created(lead.Reference));
                continue;
            }

            var decision = book.Decide(lead);
            if (decision is null)
            {
                outcomes.Add(RecordOutcome.Created(lead.Reference).With(OutcomeStatus.Created, NoRuleMatches));
                continue;
            }

            if (decision.Problem is { } problem)
            {
                throw new AssignmentRuleException(AssignmentRuleException.InactiveUserCode, $"Lead {lead.Id} cannot be assigned: {problem}", "users", rule: decision.Rule.Id);
            }

            lead.SetAssignedTo(decision.User!.Id);
            var (change, entry, reason) = RuleBook.Describe(context, lead, decision);
            entries.Add(entry);
            outcomes.Add(RecordOutcome.Created(lead.Reference, [change]).ByRule(decision.Rule.Id, "assigned " + reason));
        }

        return (outcomes, entries);
    }

    private static AssignmentRuleException NotFound(AssignmentRuleId id) =>
        new(AssignmentRuleException.NotFoundCode, $"No assignment rule {id} in this workspace.", rule: id);

    private static async Task<List<WorkspaceUser>> MembersAsync(IUnitOfWork unit, CancellationToken cancellationToken)
    {
        var members = new List<WorkspaceUser>();
        await foreach (var user in unit.Users.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            members.Add(user);
        }

        return members;
    }

    private static async Task<AssignmentRule> SaveAsync(IUnitOfWork unit, AssignmentRule rule, List<WorkspaceUser> members, int? position, CancellationToken cancellationToken)
    {
        if (position is < 1)
        {
            throw new AssignmentRuleException(AssignmentRuleException.PositionCode, string.Create(CultureInfo.InvariantCulture, $"Rule positions start at 1, not {position}."), "position");
        }

        var bound = AssignmentRule.Create(rule.Id, AssignmentRule.BindFilter(rule.Filter, members), rule.Mode, rule.Users, rule.Description, rule.IsEnabled);
        await unit.AssignmentRules.AddAsync(bound, position, cancellationToken).ConfigureAwait(false);
        await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
        return bound;
    }

    private Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken) =>
        _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken);
}
