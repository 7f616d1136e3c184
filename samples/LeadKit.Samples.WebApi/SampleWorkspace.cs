using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LeadKit.Samples.WebApi;

/// <summary>
/// At start, creates or migrates the database, then opens the configured workspace — creating it, its
/// owner and LeadKit's default criteria the first time.
/// </summary>
internal sealed class SampleWorkspace(ILeadKitStore store, IOptions<SampleOptions> options) : IHostedService
{
    private WorkspaceId? _id;
    private UserId? _owner;

    /// <summary>Gets the workspace every request works in.</summary>
    public WorkspaceId Id => _id ?? throw new System.InvalidOperationException("The sample workspace is not open yet.");

    /// <summary>Gets the workspace's owner, the acting user of every request.</summary>
    public UserId Owner => _owner ?? throw new System.InvalidOperationException("The sample workspace is not open yet.");

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        var name = options.Value.Workspace;
        await foreach (var workspace in store.ListWorkspacesAsync(cancellationToken))
        {
            if (workspace.Name == name)
            {
                _id = workspace.Id;
            }
        }

        if (_id is null)
        {
            _id = (await store.CreateWorkspaceAsync(name, cancellationToken)).Id;
            await using var unit = await store.BeginAsync(_id.Value, cancellationToken: cancellationToken);
            await unit.Users.AddAsync(new WorkspaceUser(UserId.New(), options.Value.Owner), cancellationToken);
            await unit.ScoringProfiles.SaveAsync(ScoringProfile.Default, null, cancellationToken);
            await unit.CommitAsync(cancellationToken);
        }

        await using (var unit = await store.BeginAsync(_id.Value, cancellationToken: cancellationToken))
        {
            await foreach (var user in unit.Users.ListAsync(cancellationToken))
            {
                if (user.DisplayName == options.Value.Owner)
                {
                    _owner = user.Id;
                }
            }
        }

        _owner ??= await AddOwnerAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<UserId> AddOwnerAsync(CancellationToken cancellationToken)
    {
        var owner = new WorkspaceUser(UserId.New(), options.Value.Owner);
        await using var unit = await store.BeginAsync(Id, cancellationToken: cancellationToken);
        await unit.Users.AddAsync(owner, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return owner.Id;
    }
}
