using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores.Faults;

/// <summary>
/// Wraps any <see cref="ILeadKitStore"/> and fails as a <see cref="FaultPlan"/> says: at the N-th
/// repository write or commit of the units of work opened through it. Reads pass through. Every
/// repository of <see cref="IUnitOfWork"/> is wrapped by <see cref="FaultyProxy"/>, which needs no
/// code per repository: a repository added to <see cref="IUnitOfWork"/> is covered as long as its
/// read methods start with one of <see cref="FaultyProxy.ReadVerbs"/>.
/// </summary>
/// <param name="inner">The real store.</param>
/// <param name="plan">When to fail.</param>
public sealed class FaultyStore(ILeadKitStore inner, FaultPlan plan) : ILeadKitStore
{
    /// <summary>Gets the plan (and how many calls it counted).</summary>
    public FaultPlan Plan { get; } = plan;

    /// <inheritdoc/>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    /// <inheritdoc/>
    public Task<Workspace> CreateWorkspaceAsync(string name, CancellationToken cancellationToken = default) => inner.CreateWorkspaceAsync(name, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<Workspace> ListWorkspacesAsync(CancellationToken cancellationToken = default) => inner.ListWorkspacesAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<IUnitOfWork> BeginAsync(WorkspaceId workspace, UserId? actingUser = null, CancellationToken cancellationToken = default) =>
        FaultyProxy.Wrap(await inner.BeginAsync(workspace, actingUser, cancellationToken), Plan);
}
