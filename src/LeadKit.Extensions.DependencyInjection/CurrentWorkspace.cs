using System;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;

namespace LeadKit.Extensions.DependencyInjection;

/// <summary>
/// The workspace and the acting user of one scope (in a web host, one request): set it once, early
/// (in middleware, from the route or the signed-in user), and the scope's <see cref="OperationContext"/>
/// and operations (<c>BulkEditor</c>, <c>LeadAssignment</c>, <c>ScoringProfiles</c>, …) resolve for them.
/// Registered as a scoped service by <c>AddLeadKit</c>.
/// </summary>
public sealed class CurrentWorkspace
{
    internal CurrentWorkspace()
    {
    }

    /// <summary>Gets the scope's workspace, or <see langword="null"/> before <see cref="Set"/>.</summary>
    public WorkspaceId? Workspace { get; private set; }

    /// <summary>Gets the scope's acting user, if known.</summary>
    public UserId? ActingUser { get; private set; }

    /// <summary>Sets the scope's workspace and acting user; setting the same values again does nothing.</summary>
    /// <param name="workspace">The workspace the scope works in.</param>
    /// <param name="actingUser">The user making the changes (recorded as modified-by and in history), if known.</param>
    /// <exception cref="InvalidOperationException">The scope already works in another workspace or as another user: open a new scope for that.</exception>
    public void Set(WorkspaceId workspace, UserId? actingUser = null)
    {
        if (Workspace is { } current && (current != workspace || ActingUser != actingUser))
        {
            throw new InvalidOperationException(
                $"This scope already works in workspace {current} as {Describe(ActingUser)}; it cannot switch to workspace {workspace} as {Describe(actingUser)}. Open a new scope (IServiceScopeFactory.CreateScope) for that.");
        }

        Workspace = workspace;
        ActingUser = actingUser;
    }

    /// <summary>The workspace, or a clear error naming what the scope was asked for.</summary>
    internal WorkspaceId Require(string service) =>
        Workspace ?? throw new InvalidOperationException(
            $"{service} needs the scope's workspace, and none is set: call CurrentWorkspace.Set(workspace, actingUser) in this scope first (in a web host, from middleware), or use OperationContextFactory.Create(workspace, actingUser).");

    private static string Describe(UserId? user) => user is { } id ? $"user {id}" : "no user";
}
