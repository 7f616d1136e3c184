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
/// A workspace's enabled assignment rules, loaded once for one unit of work: each filter compiled
/// once (the predicate the in-memory store runs, bound to the workspace's users), the round-robin
/// turns and, for by-load rules, the open leads of their users. Decides lead by lead, in memory;
/// the turns it moved are written back through the same unit of work.
/// </summary>
internal sealed class RuleBook
{
    private const string AssignedToField = AssignmentBatch.Field;

    private readonly List<Entry> _entries;
    private readonly Dictionary<UserId, WorkspaceUser> _users;
    private readonly Dictionary<AssignmentRuleId, UserId> _turns;
    private readonly Dictionary<AssignmentRuleId, UserId> _movedTurns = [];
    private readonly Dictionary<UserId, long> _loads;

    private RuleBook(List<Entry> entries, Dictionary<UserId, WorkspaceUser> users, Dictionary<AssignmentRuleId, UserId> turns, Dictionary<UserId, long> loads)
    {
        _entries = entries;
        _users = users;
        _turns = turns;
        _loads = loads;
    }

    /// <summary>Gets a value indicating whether no enabled rule exists (nothing will be assigned).</summary>
    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Gets the number of turns moved since loading.</summary>
    public int MovedTurns => _movedTurns.Count;

    /// <summary>Reads the rules, users, turns and loads through a unit of work.</summary>
    public static async Task<RuleBook> LoadAsync(IUnitOfWork unit, CancellationToken cancellationToken)
    {
        var rules = await unit.AssignmentRules.ListAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<Entry>();
        var users = new Dictionary<UserId, WorkspaceUser>();
        var loads = new Dictionary<UserId, long>();
        if (!rules.Any(r => r.IsEnabled))
        {
            return new RuleBook(entries, users, [], loads);
        }

        await foreach (var user in unit.Users.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            users[user.Id] = user;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (!rule.IsEnabled)
            {
                continue;
            }

            Filter bound;
            try
            {
                bound = rule.Filter.BindUsers(users.Values);
            }
            catch (FilterException e)
            {
                throw new AssignmentRuleException(AssignmentRuleException.InvalidFilterCode, $"Assignment rule {i + 1} ({rule.Id}) cannot run: {e.Message}", "filter", rule: rule.Id, innerException: e);
            }

            entries.Add(new Entry(rule, i + 1, bound.Compile()));
            if (rule.Mode == AssignmentMode.ByLoad)
            {
                foreach (var user in rule.Users.Where(u => !loads.ContainsKey(u)))
                {
                    var open = RecordField.AssignedTo.EqualTo(FilterValue.FromString(user.ToString())) & RecordField.Converted.EqualTo(FilterValue.FromBoolean(false));
                    loads[user] = await unit.Leads.CountAsync(open, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var turns = new Dictionary<AssignmentRuleId, UserId>(await unit.AssignmentRules.GetTurnsAsync(cancellationToken).ConfigureAwait(false));
        return new RuleBook(entries, users, turns, loads);
    }

    /// <summary>
    /// Finds the first enabled rule the lead matches and the user it chooses (moving the rule's
    /// turn, counting the lead in the user's load); <see langword="null"/> when no rule matches.
    /// </summary>
    public Decision? Decide(ContactRecord lead)
    {
        foreach (var entry in _entries)
        {
            if (!entry.Matches(lead))
            {
                continue;
            }

            var rule = entry.Rule;
            var active = rule.Users.Where(u => _users.TryGetValue(u, out var member) && member.IsActive).ToList();
            if (active.Count == 0)
            {
                var who = string.Join(", ", rule.Users.Select(Name));
                var problem = string.Create(CultureInfo.InvariantCulture, $"Assignment rule {entry.Position} ({rule.Id}) matches, but its {(rule.Users.Count == 1 ? "user" : "users")} ({who}) cannot be given leads: not active members of the workspace.");
                return new Decision(rule, entry.Position, null, problem);
            }

            var chosen = rule.Mode switch
            {
                AssignmentMode.User => active[0],
                AssignmentMode.RoundRobin => NextInTurn(rule, active),
                _ => LeastLoaded(active),
            };
            if (rule.Mode == AssignmentMode.RoundRobin)
            {
                _turns[rule.Id] = chosen;
                _movedTurns[rule.Id] = chosen;
            }

            if (_loads.TryGetValue(chosen, out var load) && lead is Lead { ConvertedTo: null })
            {
                _loads[chosen] = load + 1;
            }

            return new Decision(rule, entry.Position, _users[chosen], null);
        }

        return null;
    }

    /// <summary>Stages the turns moved since loading.</summary>
    public async Task SaveTurnsAsync(IUnitOfWork unit, CancellationToken cancellationToken)
    {
        foreach (var (rule, user) in _movedTurns)
        {
            await unit.AssignmentRules.SetTurnAsync(rule, user, cancellationToken).ConfigureAwait(false);
        }

        _movedTurns.Clear();
    }

    /// <summary>The change, the history entry and the outcome text of an assignment a rule decided.</summary>
    public static (FieldChange Change, ActivityEntry Entry, string Reason) Describe(OperationContext context, ContactRecord lead, Decision decision)
    {
        var user = decision.User!;
        var change = new FieldChange(AssignedToField, null, user.Id.ToString());
        var reason = decision.Describe();
        var body = $"Assignment rule {decision.Rule.Id} (position {decision.Position.ToString(CultureInfo.InvariantCulture)}): {decision.Rule.Filter}";
        var entry = Activities.Create(context, lead.Reference, ActivityKind.Assigned, $"Assigned to {user.DisplayName} {reason}", [change], body);
        return (change, entry, reason);
    }

    private string Name(UserId id) => _users.TryGetValue(id, out var user) ? $"'{user.DisplayName}'" : id.ToString();

    private UserId NextInTurn(AssignmentRule rule, List<UserId> active)
    {
        if (!_turns.TryGetValue(rule.Id, out var last))
        {
            return active[0];
        }

        // The next active user after the last one in the rule's own order (the last may have become inactive).
        var index = IndexOf(rule.Users, last);
        if (index < 0)
        {
            return active[0];
        }

        for (var step = 1; step <= rule.Users.Count; step++)
        {
            var candidate = rule.Users[(index + step) % rule.Users.Count];
            if (active.Contains(candidate))
            {
                return candidate;
            }
        }

        return active[0];
    }

    private UserId LeastLoaded(List<UserId> active)
    {
        var best = active[0];
        foreach (var user in active.Skip(1))
        {
            if (_loads.GetValueOrDefault(user) < _loads.GetValueOrDefault(best))
            {
                best = user;
            }
        }

        return best;
    }

    private static int IndexOf(IReadOnlyList<UserId> users, UserId user)
    {
        for (var i = 0; i < users.Count; i++)
        {
            if (users[i] == user)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What the rules decided for one lead: the rule, its position, and the user, or why it cannot assign.</summary>
    internal sealed record Decision(AssignmentRule Rule, int Position, WorkspaceUser? User, string? Problem)
    {
        /// <summary>Says which rule assigned the lead, e.g. <c>by rule 2 (web leads)</c>.</summary>
        public string Describe() =>
            string.Create(CultureInfo.InvariantCulture, $"by rule {Position}") + (Rule.Description is { } d ? $" ({d})" : $" ({Rule.Id})");
    }

    private sealed record Entry(AssignmentRule Rule, int Position, Func<ContactRecord, bool> Matches);
}
