using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Commands;
using LeadKit.Cli.Hosting;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Cli.Storage;

/// <summary>
/// The CLI's view of a database: its store, its one workspace (the oldest; <c>leadkit init</c>
/// creates it), the workspace's users and the acting user. Commands open one, then begin units
/// of work through it.
/// </summary>
internal sealed class WorkspaceSession : IAsyncDisposable
{
    private readonly Dictionary<UserId, WorkspaceUser> _usersById;

    private WorkspaceSession(DatabaseTarget target, ILeadKitStore store, Workspace workspace, IReadOnlyList<WorkspaceUser> users, WorkspaceUser actingUser)
    {
        Target = target;
        Store = store;
        Workspace = workspace;
        Users = users;
        ActingUser = actingUser;
        _usersById = users.ToDictionary(u => u.Id);
    }

    /// <summary>Gets the database.</summary>
    public DatabaseTarget Target { get; }

    /// <summary>Gets the store.</summary>
    public ILeadKitStore Store { get; }

    /// <summary>Gets the CLI's workspace.</summary>
    public Workspace Workspace { get; }

    /// <summary>Gets the workspace's users.</summary>
    public IReadOnlyList<WorkspaceUser> Users { get; }

    /// <summary>Gets the user the command acts as (<c>--as</c>, or the owner).</summary>
    public WorkspaceUser ActingUser { get; }

    /// <summary>Opens and initialises (creates, migrates) the store of a database.</summary>
    /// <param name="host">The host.</param>
    /// <param name="target">The database.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ready store.</returns>
    public static async Task<ILeadKitStore> OpenStoreAsync(CliHost host, DatabaseTarget target, CancellationToken cancellationToken)
    {
        var store = host.Stores(target, host.Clock);
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await DisposeStoreAsync(store);
            throw;
        }
    }

    /// <summary>Finds the CLI's workspace: the oldest one in the database.</summary>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The workspace, or <see langword="null"/> when <c>init</c> has not run.</returns>
    public static async Task<Workspace?> FindWorkspaceAsync(ILeadKitStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await foreach (var workspace in store.ListWorkspacesAsync(cancellationToken))
        {
            return workspace;
        }

        return null;
    }

    /// <summary>Opens the database named by the global options, finds its workspace and the acting user.</summary>
    /// <param name="host">The host.</param>
    /// <param name="settings">The global options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The session; dispose it.</returns>
    /// <exception cref="CliException">The database has no workspace yet, or <c>--as</c> names no user.</exception>
    public static Task<WorkspaceSession> OpenAsync(CliHost host, GlobalSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        return OpenAsync(host, settings.ChooseDatabase(host), settings.ActingUser, cancellationToken);
    }

    /// <summary>Opens a database, finds its workspace and the acting user.</summary>
    /// <param name="host">The host.</param>
    /// <param name="target">The database.</param>
    /// <param name="actingUser">The acting user's id or name (<c>--as</c>), or <see langword="null"/> for the owner.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The session; dispose it.</returns>
    /// <exception cref="CliException">The database has no workspace yet, or <paramref name="actingUser"/> names no user.</exception>
    public static async Task<WorkspaceSession> OpenAsync(CliHost host, DatabaseTarget target, string? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(target);
        var store = await OpenStoreAsync(host, target, cancellationToken);
        try
        {
            var workspace = await FindWorkspaceAsync(store, cancellationToken)
                ?? throw new CliException($"{target} has no LeadKit workspace yet: run `leadkit init` first (or `leadkit demo` for sample data).");
            var users = new List<WorkspaceUser>();
            await using (var reading = await store.BeginAsync(workspace.Id, cancellationToken: cancellationToken))
            {
                await foreach (var user in reading.Users.ListAsync(cancellationToken))
                {
                    users.Add(user);
                }
            }

            var owner = WorkspaceSetup.FindOwner(users)
                ?? throw new CliException($"Workspace '{workspace.Name}' in {target} has no users: it was not made by `leadkit init`.");
            var acting = actingUser is null ? owner : ResolveUser(users, actingUser, "--as");
            return new WorkspaceSession(target, store, workspace, users, acting);
        }
        catch
        {
            await DisposeStoreAsync(store);
            throw;
        }
    }

    /// <summary>Creates the workspace and its users in a database that has none (<c>init</c>, <c>demo</c>); the owner acts.</summary>
    /// <param name="target">The database.</param>
    /// <param name="store">The initialised store; the session owns it from now on, and disposes it on failure too.</param>
    /// <param name="users">The users from <see cref="WorkspaceSetup.PlanUsers"/>, owner first.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="profile">The scoring profile to store; <see cref="LeadKit.Scoring.ScoringProfile.Default"/> when <see langword="null"/>.</param>
    /// <returns>The session; dispose it.</returns>
    /// <exception cref="CliException">The database already has a workspace.</exception>
    public static async Task<WorkspaceSession> CreateAsync(DatabaseTarget target, ILeadKitStore store, IReadOnlyList<WorkspaceUser> users, CancellationToken cancellationToken, LeadKit.Scoring.ScoringProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(users);
        try
        {
            var workspace = await WorkspaceSetup.CreateAsync(store, target, users, cancellationToken, profile);
            return new WorkspaceSession(target, store, workspace, users, users[0]);
        }
        catch
        {
            await DisposeStoreAsync(store);
            throw;
        }
    }

    /// <summary>Begins a unit of work on the workspace as the acting user.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The unit of work; dispose it.</returns>
    public Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken) =>
        Store.BeginAsync(Workspace.Id, ActingUser.Id, cancellationToken);

    /// <summary>Finds a user of the workspace by id or display name (case-insensitive).</summary>
    /// <param name="text">The id or the display name.</param>
    /// <param name="option">The option the text came from, for the message.</param>
    /// <returns>The user.</returns>
    /// <exception cref="CliException">No user, or several, match.</exception>
    public WorkspaceUser ResolveUser(string text, string option) => ResolveUser(Users, text, option);

    /// <summary>Gets a user's display name, or the id when the workspace no longer has the user.</summary>
    /// <param name="id">The user's id.</param>
    /// <returns>The name, or <see langword="null"/> for no user.</returns>
    public string? DisplayName(UserId? id) =>
        id is { } value ? _usersById.TryGetValue(value, out var user) ? user.DisplayName : value.ToString() : null;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => DisposeStoreAsync(Store);

    /// <summary>Disposes a store, if its implementation needs it (the EF Core stores do).</summary>
    /// <param name="store">The store.</param>
    /// <returns>A task that completes when it is disposed.</returns>
    public static async ValueTask DisposeStoreAsync(ILeadKitStore store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    private static WorkspaceUser ResolveUser(IReadOnlyList<WorkspaceUser> users, string text, string option)
    {
        var wanted = text.Trim();
        if (UserId.TryParse(wanted, out var id))
        {
            return users.FirstOrDefault(u => u.Id == id)
                ?? throw new CliException($"{option} {wanted}: this workspace has no user with that id.");
        }

        var matches = users.Where(u => string.Equals(u.DisplayName, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new CliException($"{option} '{wanted}': this workspace has no such user; its users are {string.Join(", ", users.Select(u => u.DisplayName))}."),
            _ => throw new CliException($"{option} '{wanted}': several users have that name; give an id instead ({string.Join(", ", matches.Select(u => u.Id))})."),
        };
    }
}
