using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.AssignmentRules;
using LeadKit.Leads;

namespace LeadKit.Storage.InMemory;

/// <summary>
/// The workspace's assignment rules in memory. Changes are staged as the operations themselves
/// (add, replace, move, remove, a turn) and replayed on the committed list at commit, so that rules
/// added by concurrent units of work all end up in the list.
/// </summary>
internal sealed class InMemoryAssignmentRuleRepository(InMemoryUnitOfWork unitOfWork) : IAssignmentRuleRepository, IStagedChanges
{
    private readonly List<Change> _pending = [];

    public Task<IReadOnlyList<AssignmentRule>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var committed = unitOfWork.Store.Read(unitOfWork.Workspace, s => s.AssignmentRules.ToList());
        var turns = new Dictionary<AssignmentRuleId, UserId>();
        Replay(committed, turns);
        return Task.FromResult<IReadOnlyList<AssignmentRule>>(committed);
    }

    public async Task AddAsync(AssignmentRule rule, int? position = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        CheckPosition(position);
        var current = await ListAsync(cancellationToken).ConfigureAwait(false);
        if (current.Any(r => r.Id == rule.Id))
        {
            throw new ConcurrencyConflictException(nameof(AssignmentRule), rule.Id.ToString(), 0, 1);
        }

        Stage(new Change(ChangeKind.Add, rule.Id, rule, position, null));
    }

    public async Task ReplaceAsync(AssignmentRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var current = await ListAsync(cancellationToken).ConfigureAwait(false);
        if (!current.Any(r => r.Id == rule.Id))
        {
            throw new RecordNotFoundException(nameof(AssignmentRule), rule.Id.ToString());
        }

        Stage(new Change(ChangeKind.Replace, rule.Id, rule, null, null));
    }

    public async Task<bool> MoveAsync(AssignmentRuleId id, int position, CancellationToken cancellationToken = default)
    {
        CheckPosition(position);
        var current = await ListAsync(cancellationToken).ConfigureAwait(false);
        if (!current.Any(r => r.Id == id))
        {
            return false;
        }

        Stage(new Change(ChangeKind.Move, id, null, position, null));
        return true;
    }

    public async Task<bool> RemoveAsync(AssignmentRuleId id, CancellationToken cancellationToken = default)
    {
        var current = await ListAsync(cancellationToken).ConfigureAwait(false);
        if (!current.Any(r => r.Id == id))
        {
            return false;
        }

        Stage(new Change(ChangeKind.Remove, id, null, null, null));
        return true;
    }

    public Task<IReadOnlyDictionary<AssignmentRuleId, UserId>> GetTurnsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (rules, turns) = unitOfWork.Store.Read(unitOfWork.Workspace, s => (s.AssignmentRules.ToList(), new Dictionary<AssignmentRuleId, UserId>(s.AssignmentRuleTurns)));
        Replay(rules, turns);
        return Task.FromResult<IReadOnlyDictionary<AssignmentRuleId, UserId>>(turns);
    }

    public Task SetTurnAsync(AssignmentRuleId id, UserId lastAssigned, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Stage(new Change(ChangeKind.Turn, id, null, null, lastAssigned));
        return Task.CompletedTask;
    }

    void IStagedChanges.Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces)
    {
        foreach (var change in _pending)
        {
            var exists = state.AssignmentRules.Exists(r => r.Id == change.Id);
            var addedHere = _pending.TakeWhile(c => c != change).Any(c => c.Kind == ChangeKind.Add && c.Id == change.Id);
            if (change.Kind == ChangeKind.Add && exists)
            {
                throw new ConcurrencyConflictException(nameof(AssignmentRule), change.Id.ToString(), 0, 1);
            }

            if (change.Kind == ChangeKind.Replace && !exists && !addedHere)
            {
                throw new ConcurrencyConflictException(nameof(AssignmentRule), change.Id.ToString(), 1, null);
            }
        }
    }

    void IStagedChanges.Apply(InMemoryWorkspaceState state)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        Replay(state.AssignmentRules, state.AssignmentRuleTurns);
    }

    private static void CheckPosition(int? position)
    {
        if (position is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Rule positions start at 1.");
        }
    }

    private void Stage(Change change)
    {
        unitOfWork.EnsureOpen();
        _pending.Add(change);
    }

    /// <summary>Replays the staged changes on a list of rules and their turns; a change whose rule is gone is ignored.</summary>
    private void Replay(List<AssignmentRule> rules, Dictionary<AssignmentRuleId, UserId> turns)
    {
        foreach (var change in _pending)
        {
            var index = rules.FindIndex(r => r.Id == change.Id);
            switch (change.Kind)
            {
                case ChangeKind.Add when index < 0:
                    rules.Insert(Math.Min(change.Position ?? int.MaxValue, rules.Count + 1) - 1, change.Rule!);
                    break;
                case ChangeKind.Replace when index >= 0:
                    rules[index] = change.Rule!;
                    break;
                case ChangeKind.Move when index >= 0:
                    var moved = rules[index];
                    rules.RemoveAt(index);
                    rules.Insert(Math.Min(change.Position!.Value, rules.Count + 1) - 1, moved);
                    break;
                case ChangeKind.Remove when index >= 0:
                    rules.RemoveAt(index);
                    turns.Remove(change.Id);
                    break;
                case ChangeKind.Turn when index >= 0:
                    turns[change.Id] = change.User!.Value;
                    break;
                default:
                    break;
            }
        }
    }

    private enum ChangeKind
    {
        Add,
        Replace,
        Move,
        Remove,
        Turn,
    }

    private sealed record Change(ChangeKind Kind, AssignmentRuleId Id, AssignmentRule? Rule, int? Position, UserId? User);
}
