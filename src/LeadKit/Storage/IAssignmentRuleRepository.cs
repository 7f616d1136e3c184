using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.AssignmentRules;
using LeadKit.Leads;

namespace LeadKit.Storage;

/// <summary>
/// The workspace's assignment rules, in order (the first enabled rule a lead matches assigns it),
/// and the round-robin turn of each rule: the user it assigned last, so that the next lead goes to
/// the next user even from another process. Positions are 1-based and always 1..n without gaps.
/// </summary>
public interface IAssignmentRuleRepository
{
    /// <summary>Reads the rules in order; a rule's position is its index plus one.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rules.</returns>
    Task<IReadOnlyList<AssignmentRule>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a rule at a position, moving the rules from that position down one.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="position">The 1-based position; <see langword="null"/> or past the end adds it last.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    /// <exception cref="ConcurrencyConflictException">A rule with that identifier exists.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="position"/> is less than 1.</exception>
    Task AddAsync(AssignmentRule rule, int? position = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces a rule (same identifier), keeping its position and its turn.</summary>
    /// <param name="rule">The edited rule.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    /// <exception cref="RecordNotFoundException">The workspace has no rule with that identifier.</exception>
    Task ReplaceAsync(AssignmentRule rule, CancellationToken cancellationToken = default);

    /// <summary>Moves a rule to another position, shifting the rules in between.</summary>
    /// <param name="id">The rule.</param>
    /// <param name="position">The new 1-based position; past the end moves it last.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether the rule exists.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="position"/> is less than 1.</exception>
    Task<bool> MoveAsync(AssignmentRuleId id, int position, CancellationToken cancellationToken = default);

    /// <summary>Removes a rule (and its turn); the rules after it move up one.</summary>
    /// <param name="id">The rule.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether a rule was removed.</returns>
    Task<bool> RemoveAsync(AssignmentRuleId id, CancellationToken cancellationToken = default);

    /// <summary>Reads the round-robin turns: for each rule that has assigned a lead in turn, the user it assigned last.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The last user per rule.</returns>
    Task<IReadOnlyDictionary<AssignmentRuleId, UserId>> GetTurnsAsync(CancellationToken cancellationToken = default);

    /// <summary>Records the user a rule assigned last (ignored when the rule no longer exists at commit).</summary>
    /// <param name="id">The rule.</param>
    /// <param name="lastAssigned">The user it assigned last.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SetTurnAsync(AssignmentRuleId id, UserId lastAssigned, CancellationToken cancellationToken = default);
}
