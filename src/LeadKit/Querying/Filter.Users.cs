using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;

namespace LeadKit.Querying;

/// <content>Naming users by display name in <c>assignedTo</c> conditions.</content>
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

        var byName = users.ToLookup(u => u.DisplayName.Trim(), StringComparer.OrdinalIgnoreCase);
        return Bind(this, byName);
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
