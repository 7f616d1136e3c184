using System;
using System.Linq;
using LeadKit.Leads;

namespace LeadKit.Querying;

/// <summary>
/// Resolves a user named by display name against a workspace's users: the one mechanism behind
/// <see cref="Filter.BindUsers"/> and the user names a bulk edit takes. Names compare trimmed and
/// ignoring case; each caller turns a problem into its own typed error.
/// </summary>
internal static class UserNames
{
    /// <summary>Finds the one user with a display name, or says why there is none.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="byName">The workspace's users (active or not) by trimmed display name, ignoring case.</param>
    internal static Match Resolve(string name, ILookup<string, WorkspaceUser> byName)
    {
        var trimmed = name.Trim();
        var matches = byName[trimmed].ToList();
        return matches.Count switch
        {
            1 => new Match(matches[0], null, false),
            0 => new Match(
                null,
                $"No user is named \"{trimmed}\" in this workspace; use a user's display name or id"
                + (byName.Count == 0 ? " (the workspace has no users)." : $" (users: {string.Join(", ", byName.Select(g => g.Key).Order(StringComparer.OrdinalIgnoreCase).Select(n => $"\"{n}\""))})."),
                false),
            _ => new Match(null, $"Several users are named \"{trimmed}\" ({string.Join(", ", matches.Select(m => m.Id))}); name one by its id.", true),
        };
    }

    /// <summary>The user found, or the problem (and whether it is an ambiguity).</summary>
    internal sealed record Match(WorkspaceUser? User, string? Problem, bool IsAmbiguous);
}
