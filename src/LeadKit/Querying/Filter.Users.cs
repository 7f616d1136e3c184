using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;

namespace LeadKit.Querying;

/// <content>Naming users by display name in <c>assignedTo</c> conditions (filters and scoring rules alike).</content>
public abstract partial record Filter
{
    /// <summary>
    /// Gets a value indicating whether an <c>assignedTo</c> condition (<c>=</c>, <c>!=</c>, <c>in</c>)
    /// names a user by something other than an id, so the filter needs <see cref="BindUsers"/> before
    /// it runs. Stores check it and bind against the workspace's users themselves.
    /// </summary>
    public bool NamesUsers => this switch
    {
        AndFilter and => and.Operands.Any(o => o.NamesUsers),
        OrFilter or => or.Operands.Any(o => o.NamesUsers),
        NotFilter not => not.Operand.NamesUsers,
        ComparisonFilter c => c.Field == RecordField.AssignedTo && c.Operator is ComparisonOperator.Equal or ComparisonOperator.NotEqual && IsName(c.Value),
        InFilter i => i.Field == RecordField.AssignedTo && i.Values.Any(IsName),
        _ => false,
    };

    /// <summary>
    /// Replaces the users named by display name in <c>assignedTo</c> conditions
    /// (<c>assignedTo = "Priya Raman"</c>, <c>assignedTo in ("alice", "bob")</c>) by their ids, so the
    /// filter compares ids wherever it runs (in memory or in SQL). Names compare trimmed and ignoring
    /// case; a literal that is already a user id stays as it is. Other conditions are unchanged.
    /// </summary>
    /// <param name="users">The workspace's users (active or not).</param>
    /// <returns>The bound filter (this filter when nothing names a user).</returns>
    /// <exception cref="FilterException">A name matches no user, or several users (the message lists them).</exception>
    public Filter BindUsers(IEnumerable<WorkspaceUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (!NamesUsers)
        {
            return this;
        }

        return BindUsersByName(ByName(users));
    }

    /// <summary>The users by trimmed display name, ignoring case: what <see cref="UserNames.Resolve"/> looks names up in.</summary>
    internal static ILookup<string, WorkspaceUser> ByName(IEnumerable<WorkspaceUser> users) =>
        users.ToLookup(u => u.DisplayName.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary><see cref="BindUsers"/> with the users already looked up by name (a scoring profile binds all its rules with one look-up).</summary>
    internal Filter BindUsersByName(ILookup<string, WorkspaceUser> byName) => NamesUsers ? Bind(this, byName) : this;

    /// <summary>Gets the users this filter names by display name (as written, trimmed), in order: what <see cref="BindUsers"/> would resolve.</summary>
    internal IEnumerable<string> NamedUsers => this switch
    {
        AndFilter and => and.Operands.SelectMany(o => o.NamedUsers),
        OrFilter or => or.Operands.SelectMany(o => o.NamedUsers),
        NotFilter not => not.Operand.NamedUsers,
        ComparisonFilter c when c.NamesUsers => [c.Value.AsText.Trim()],
        InFilter i when i.NamesUsers => i.Values.Where(IsName).Select(v => v.AsText.Trim()),
        _ => [],
    };

    /// <summary>
    /// The reverse of <see cref="BindUsers"/>, for showing a filter to a person: user ids in
    /// <c>assignedTo</c> conditions (<c>=</c>, <c>!=</c>, <c>in</c>) become the users' current display names, where
    /// binding the name again gives the same user (a name shared by several users, a blank name or a name
    /// that reads as an id, and ids of users not in <paramref name="users"/> stay ids).
    /// </summary>
    internal Filter ShowUserNames(IEnumerable<WorkspaceUser> users)
    {
        var list = users.ToList();
        var byName = ByName(list);
        var byId = list.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First());
        return Show(this);

        Filter Show(Filter filter) => filter switch
        {
            AndFilter and => new AndFilter(and.Operands.Select(Show)),
            OrFilter or => new OrFilter(or.Operands.Select(Show)),
            NotFilter not => new NotFilter(Show(not.Operand)),
            ComparisonFilter c when c.Field == RecordField.AssignedTo && c.Operator is ComparisonOperator.Equal or ComparisonOperator.NotEqual
                => new ComparisonFilter(c.Field, c.Operator, Name(c.Value)),
            InFilter i when i.Field == RecordField.AssignedTo => new InFilter(i.Field, i.Values.Select(Name)),
            _ => filter,
        };

        FilterValue Name(FilterValue value)
        {
            if (value.Kind != FilterValueKind.Text || !UserId.TryParse(value.AsText, out var id) || !byId.TryGetValue(id, out var user))
            {
                return value;
            }

            var name = user.DisplayName.Trim();
            return name.Length > 0 && !UserId.TryParse(name, out _) && byName[name].Count() == 1 ? FilterValue.FromString(name) : value;
        }
    }

    private static Filter Bind(Filter filter, ILookup<string, WorkspaceUser> byName) => filter switch
    {
        AndFilter and => new AndFilter(and.Operands.Select(o => Bind(o, byName))),
        OrFilter or => new OrFilter(or.Operands.Select(o => Bind(o, byName))),
        NotFilter not => new NotFilter(Bind(not.Operand, byName)),
        ComparisonFilter c when c.NamesUsers => new ComparisonFilter(c.Field, c.Operator, Resolve(c.Value, byName)),
        InFilter i when i.NamesUsers => new InFilter(i.Field, i.Values.Select(v => Resolve(v, byName))),
        _ => filter,
    };

    private static FilterValue Resolve(FilterValue value, ILookup<string, WorkspaceUser> byName)
    {
        if (!IsName(value))
        {
            return value;
        }

        var match = UserNames.Resolve(value.AsText, byName);
        return match.User is { } user
            ? FilterValue.FromString(user.Id.ToString())
            : throw new FilterException(match.Problem!, RecordField.AssignedTo.Name);
    }

    private static bool IsName(FilterValue value) => value.Kind == FilterValueKind.Text && !UserId.TryParse(value.AsText, out _);
}
