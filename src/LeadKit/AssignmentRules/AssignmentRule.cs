using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Querying;

namespace LeadKit.AssignmentRules;

/// <summary>
/// One assignment rule of a workspace: leads matching <see cref="Filter"/> (LeadKit's filter
/// language) go to <see cref="Users"/>, chosen by <see cref="Mode"/> — always the one user, the
/// users in turn, or the least loaded. A workspace's rules are ordered; the first enabled rule a
/// lead matches assigns it. Immutable; every change returns a new rule with the same
/// <see cref="Id"/>.
/// </summary>
/// <example>
/// <code>
/// var web = AssignmentRule.ToUser(Filter.Parse("source = \"Web\""), priya.Id, "web leads");
/// var fair = AssignmentRule.RoundRobin(Filter.All, [ann.Id, bob.Id], AssignmentMode.ByLoad);
/// </code>
/// </example>
public sealed class AssignmentRule : IEquatable<AssignmentRule>
{
    /// <summary>The longest description, in characters.</summary>
    public const int MaxDescriptionLength = 200;

    /// <summary>The most users one rule can name.</summary>
    public const int MaxUsers = 100;

    private readonly UserId[] _users;

    private AssignmentRule(AssignmentRuleId id, Filter filter, AssignmentMode mode, UserId[] users, string? description, bool isEnabled)
    {
        Id = id;
        Filter = filter;
        Mode = mode;
        _users = users;
        Description = description;
        IsEnabled = isEnabled;
    }

    /// <summary>Gets the identifier.</summary>
    public AssignmentRuleId Id { get; }

    /// <summary>Gets the filter a lead must match.</summary>
    public Filter Filter { get; }

    /// <summary>Gets how the user is chosen.</summary>
    public AssignmentMode Mode { get; }

    /// <summary>Gets the users, in order: one for <see cref="AssignmentMode.User"/>, one or more otherwise.</summary>
    public IReadOnlyList<UserId> Users => _users;

    /// <summary>Gets the description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Gets a value indicating whether the rule takes part in assignments (a disabled rule is kept in its place but skipped).</summary>
    public bool IsEnabled { get; }

    /// <summary>Creates a rule that assigns every matching lead to one user.</summary>
    /// <param name="filter">The leads the rule takes.</param>
    /// <param name="user">The user.</param>
    /// <param name="description">A description, if any.</param>
    /// <returns>The rule, with a new identifier, enabled.</returns>
    /// <exception cref="AssignmentRuleException">The description is too long.</exception>
    public static AssignmentRule ToUser(Filter filter, UserId user, string? description = null) =>
        Create(AssignmentRuleId.New(), filter, AssignmentMode.User, [user], description);

    /// <summary>Creates a rule that shares matching leads among users, in turn or by load.</summary>
    /// <param name="filter">The leads the rule takes.</param>
    /// <param name="users">The users, in order (the order decides turns and ties).</param>
    /// <param name="mode"><see cref="AssignmentMode.RoundRobin"/> or <see cref="AssignmentMode.ByLoad"/>.</param>
    /// <param name="description">A description, if any.</param>
    /// <returns>The rule, with a new identifier, enabled.</returns>
    /// <exception cref="AssignmentRuleException">No users, a user listed twice, too many users, or the description is too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a round-robin mode.</exception>
    public static AssignmentRule RoundRobin(Filter filter, IEnumerable<UserId> users, AssignmentMode mode = AssignmentMode.RoundRobin, string? description = null)
    {
        if (mode is not (AssignmentMode.RoundRobin or AssignmentMode.ByLoad))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "A round-robin rule shares leads in turn (RoundRobin) or by load (ByLoad).");
        }

        return Create(AssignmentRuleId.New(), filter, mode, users, description);
    }

    /// <summary>Creates a rule from all its parts (how stores read rules back).</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="filter">The leads the rule takes.</param>
    /// <param name="mode">How the user is chosen.</param>
    /// <param name="users">The users, in order.</param>
    /// <param name="description">A description, if any (trimmed; blank is none).</param>
    /// <param name="isEnabled">Whether the rule takes part in assignments.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="AssignmentRuleException">No users, several users for <see cref="AssignmentMode.User"/>, a user listed twice, too many users, or the description is too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public static AssignmentRule Create(AssignmentRuleId id, Filter filter, AssignmentMode mode, IEnumerable<UserId> users, string? description = null, bool isEnabled = true)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(users);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown assignment mode.");
        }

        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("The default AssignmentRuleId identifies no rule.", nameof(id));
        }

        var list = users.ToArray();
        if (list.Length == 0)
        {
            throw new AssignmentRuleException(AssignmentRuleException.NoUsersCode, mode == AssignmentMode.User ? "The rule names no user: give the user its leads are assigned to." : "The round-robin list is empty: give at least one user to share the leads among.", "users", rule: id);
        }

        if (mode == AssignmentMode.User && list.Length > 1)
        {
            throw new AssignmentRuleException(AssignmentRuleException.OneUserCode, $"A rule that assigns to one user names exactly one user, not {list.Length}; share leads among several with a round-robin rule.", "users", rule: id);
        }

        if (list.Length > MaxUsers)
        {
            throw new AssignmentRuleException(AssignmentRuleException.TooManyUsersCode, $"A rule names at most {MaxUsers} users, not {list.Length}.", "users", rule: id);
        }

        if (list.GroupBy(u => u).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new AssignmentRuleException(AssignmentRuleException.DuplicateUserCode, $"User {twice.Key} is listed twice in the round-robin list: list each user once.", "users", twice.Key.ToString(), rule: id);
        }

        var trimmed = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (trimmed is { Length: > MaxDescriptionLength })
        {
            throw new AssignmentRuleException(AssignmentRuleException.DescriptionCode, $"The description has {trimmed.Length} characters; at most {MaxDescriptionLength} are allowed.", "description", rule: id);
        }

        return new AssignmentRule(id, filter, mode, list, trimmed, isEnabled);
    }

    /// <summary>
    /// Creates a rule from text as a person writes it: filter text in LeadKit's filter language and
    /// users named by display name or id, resolved against the workspace's users the way
    /// <c>assignedTo = "Priya Raman"</c> filters and edits are (names trimmed, ignoring case). User
    /// names in the filter's <c>assignedTo</c> conditions are bound to ids too, so renaming a user
    /// does not change what the rule matches.
    /// </summary>
    /// <param name="filterText">The filter text; blank text matches every lead.</param>
    /// <param name="mode">How the user is chosen.</param>
    /// <param name="users">The users, by display name or id, in order.</param>
    /// <param name="workspaceUsers">The workspace's users (active or not).</param>
    /// <param name="description">A description, if any.</param>
    /// <returns>The rule, with a new identifier, enabled.</returns>
    /// <exception cref="AssignmentRuleException">
    /// The filter does not parse (<see cref="AssignmentRuleException.Column"/> says where) or names an
    /// unknown user; a user is unknown, ambiguous or inactive (<see cref="AssignmentRuleException.User"/>
    /// says which); or the users break a rule of <see cref="Create"/>.
    /// </exception>
    public static AssignmentRule FromText(string filterText, AssignmentMode mode, IEnumerable<string> users, IEnumerable<WorkspaceUser> workspaceUsers, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(filterText);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(workspaceUsers);
        var members = workspaceUsers.ToList();
        var filter = ParseFilter(filterText, members);
        var resolved = users.Select(u => ResolveUser(u, members)).ToList();
        return mode == AssignmentMode.User
            ? Create(AssignmentRuleId.New(), filter, mode, resolved.Select(u => u.Id), description)
            : RoundRobin(filter, resolved.Select(u => u.Id), mode, description);
    }

    /// <summary>Returns this rule enabled or disabled.</summary>
    /// <param name="isEnabled">Whether the rule takes part in assignments.</param>
    /// <returns>The rule.</returns>
    public AssignmentRule WithEnabled(bool isEnabled) => new(Id, Filter, Mode, _users, Description, isEnabled);

    /// <summary>Returns this rule with another description.</summary>
    /// <param name="description">The description, or <see langword="null"/> for none.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="AssignmentRuleException">The description is too long.</exception>
    public AssignmentRule WithDescription(string? description) => Create(Id, Filter, Mode, _users, description, IsEnabled);

    /// <inheritdoc />
    public bool Equals(AssignmentRule? other) =>
        other is not null
        && Id == other.Id
        && Filter.Equals(other.Filter)
        && Mode == other.Mode
        && _users.AsSpan().SequenceEqual(other._users)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && IsEnabled == other.IsEnabled;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssignmentRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Filter, Mode, _users.Length, IsEnabled);

    /// <summary>Returns the rule as text, e.g. <c>source = "Web" → round-robin among 3 users</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var target = Mode switch
        {
            AssignmentMode.User => $"user {_users[0]}",
            AssignmentMode.RoundRobin => $"round-robin among {_users.Length} users",
            _ => $"the least loaded of {_users.Length} users",
        };
        return $"{Filter} → {target}{(IsEnabled ? string.Empty : " (disabled)")}";
    }

    /// <summary>Resolves a user named by display name or id, and checks they can be given leads.</summary>
    internal static WorkspaceUser ResolveUser(string text, IReadOnlyCollection<WorkspaceUser> members)
    {
        ArgumentNullException.ThrowIfNull(text);
        WorkspaceUser user;
        if (UserId.TryParse(text.Trim(), out var id))
        {
            user = members.FirstOrDefault(m => m.Id == id)
                ?? throw new AssignmentRuleException(AssignmentRuleException.UnknownUserCode, $"User {id} does not share this workspace: rules assign leads to its members only.", "users", text);
        }
        else
        {
            var match = UserNames.Resolve(text, Filter.ByName(members));
            if (match.Problem is { } problem)
            {
                throw new AssignmentRuleException(match.IsAmbiguous ? AssignmentRuleException.AmbiguousUserCode : AssignmentRuleException.UnknownUserCode, problem, "users", text);
            }

            user = match.User!;
        }

        return user.IsActive
            ? user
            : throw new AssignmentRuleException(AssignmentRuleException.InactiveUserCode, $"User '{user.DisplayName}' ({user.Id}) is inactive: rules assign leads to active members only.", "users", text);
    }

    /// <summary>Parses and binds filter text, turning the filter language's errors into the rule's.</summary>
    internal static Filter ParseFilter(string text, IEnumerable<WorkspaceUser> members)
    {
        Filter filter;
        try
        {
            filter = Filter.Parse(text);
        }
        catch (FilterSyntaxException e)
        {
            throw new AssignmentRuleException(AssignmentRuleException.InvalidFilterCode, $"The rule's filter is not valid: {e.Message}", "filter", column: e.Column, innerException: e);
        }

        return BindFilter(filter, members);
    }

    /// <summary>Binds the users a filter names by display name to their ids, turning the filter language's errors into the rule's.</summary>
    internal static Filter BindFilter(Filter filter, IEnumerable<WorkspaceUser> members)
    {
        try
        {
            return filter.BindUsers(members);
        }
        catch (FilterException e)
        {
            throw new AssignmentRuleException(AssignmentRuleException.InvalidFilterCode, $"The rule's filter is not valid: {e.Message}", "filter", innerException: e);
        }
    }
}
