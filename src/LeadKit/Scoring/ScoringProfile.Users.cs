using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Querying;

namespace LeadKit.Scoring;

/// <content>Binding the users that rules name by display name.</content>
public sealed partial class ScoringProfile
{
    /// <summary>Gets a value indicating whether a criterion's rule names a user by display name (<see cref="ScoringRule.NamesUsers"/>), so the profile needs <see cref="BindUsers"/> before it scores.</summary>
    internal bool NamesUsers => Criteria.Any(c => c.Rule is ScoringRule { NamesUsers: true });

    /// <summary>
    /// Binds the users that criteria's rules name by display name (<c>assignedTo = "Priya Raman"</c>) to
    /// their ids (<see cref="ScoringRule.BindUsers"/> on every rule), keeping the version: binding is part of
    /// saving an edit, not an edit of its own. The <c>ScoringProfiles</c> service does it before every save; a host
    /// that scores in memory with a profile whose rules name users, or saves a profile through
    /// <c>IScoringProfileRepository</c> itself, calls it with the workspace's users first.
    /// </summary>
    /// <param name="users">The workspace's users (active or not).</param>
    /// <returns>The bound profile (this profile when no rule names a user).</returns>
    /// <exception cref="FilterException">A rule names a user who does not exist, or a name several users share; the message starts with the criterion and then gives the filter language's own message (<see cref="FilterException.Field"/> is <c>assignedTo</c>).</exception>
    public ScoringProfile BindUsers(IEnumerable<WorkspaceUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (!NamesUsers)
        {
            return this;
        }

        var byName = Filter.ByName(users);
        return new ScoringProfile(Criteria.Select(c => c.Rule is ScoringRule { NamesUsers: true } rule ? c.WithRule(Bind(c, rule, byName)) : c), Scale, MaxStars, Version);
    }

    private static ScoringRule Bind(ScoringCriterion criterion, ScoringRule rule, ILookup<string, WorkspaceUser> byName)
    {
        try
        {
            return rule.BindUsersByName(byName);
        }
        catch (FilterException ex)
        {
            throw new FilterException($"Criterion '{criterion.Id}' ({rule}): {ex.Message}", ex.Field);
        }
    }
}
