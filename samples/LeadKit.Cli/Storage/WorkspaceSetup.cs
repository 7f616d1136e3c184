using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime.Text;

namespace LeadKit.Cli.Storage;

/// <summary>
/// Creates the CLI's workspace and its users (<c>leadkit init</c>, <c>leadkit demo</c>). The owner
/// is the user with the smallest id: ids are time-ordered, and the owner's is drawn first.
/// </summary>
internal static class WorkspaceSetup
{
    /// <summary>The name of the workspace the CLI creates.</summary>
    public const string WorkspaceName = "default";

    /// <summary>The owner's display name when <c>--owner</c> is not given.</summary>
    public const string DefaultOwnerName = "Owner";

    /// <summary>
    /// Builds the users to create, owner first, checking every name before anything is written.
    /// </summary>
    /// <param name="owner">The owner's display name.</param>
    /// <param name="others">The other users' display names.</param>
    /// <returns>The users, owner first; the owner has the smallest id.</returns>
    /// <exception cref="CliException">Two users would have the same name.</exception>
    /// <exception cref="Validation.LeadKitValidationException">A name is empty or too long.</exception>
    public static IReadOnlyList<WorkspaceUser> PlanUsers(string owner, IEnumerable<string> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var names = new[] { owner }.Concat(others).Select(n => n?.Trim() ?? string.Empty).ToList();
        var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CliException($"The user name '{duplicate.Key}' is given twice: users are found by name (--as, --assign), so each needs its own.");
        }

        // Version 7 ids drawn in one millisecond need not come out in order; sorting them lets the
        // owner (first name) take the smallest, which is how every later command finds the owner.
        var ids = names.Select(_ => UserId.New()).Order().ToList();
        return [.. names.Select((name, i) => new WorkspaceUser(ids[i], name))];
    }

    /// <summary>Finds the owner among a workspace's users: the one with the smallest id.</summary>
    /// <param name="users">The users.</param>
    /// <returns>The owner, or <see langword="null"/> when there are no users.</returns>
    public static WorkspaceUser? FindOwner(IEnumerable<WorkspaceUser> users) => users.MinBy(u => u.Id);

    /// <summary>Creates the workspace and its users in a database that has none.</summary>
    /// <param name="store">The initialised store.</param>
    /// <param name="target">The database, for messages.</param>
    /// <param name="users">The users from <see cref="PlanUsers"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="profile">The scoring profile to store (<c>init --criteria</c>); <see cref="ScoringProfile.Default"/> when <see langword="null"/>.</param>
    /// <returns>The new workspace.</returns>
    /// <exception cref="CliException">The database already has a workspace.</exception>
    public static async Task<Workspace> CreateAsync(ILeadKitStore store, DatabaseTarget target, IReadOnlyList<WorkspaceUser> users, CancellationToken cancellationToken, ScoringProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(users);
        if (await WorkspaceSession.FindWorkspaceAsync(store, cancellationToken) is { } existing)
        {
            var created = InstantPattern.General.Format(existing.CreatedAt);
            throw new CliException($"{target} already has a LeadKit workspace ('{existing.Name}', created {created}); init changes nothing. Use another --db, or delete the file to start over.");
        }

        var workspace = await store.CreateWorkspaceAsync(WorkspaceName, cancellationToken);
        await using var work = await store.BeginAsync(workspace.Id, cancellationToken: cancellationToken);
        foreach (var user in users)
        {
            await work.Users.AddAsync(user, cancellationToken);
        }

        await work.ScoringProfiles.SaveAsync(profile ?? ScoringProfile.Default, null, cancellationToken);

        await work.CommitAsync(cancellationToken);
        return workspace;
    }
}
