using System;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Extensions.DependencyInjection;

/// <summary>
/// Builds the contexts LeadKit's operations run in from the registered services — the store, the
/// clock, the rescorer (<see cref="PicklistRules"/> then <see cref="ProfileRescorer"/>), the scorer —
/// and the configured batch sizes, for any workspace. A singleton: use it where a scope has no single
/// workspace (background jobs, a workspace chosen per call); within a scope, <see cref="CurrentWorkspace"/>
/// gives the scoped <see cref="OperationContext"/>.
/// </summary>
public sealed class OperationContextFactory
{
    private readonly IRecordRescorer _rescorer;
    private readonly ILeadScorer _scorer;
    private readonly LeadKitOptions _options;

    internal OperationContextFactory(ILeadKitStore store, IClock clock, IRecordRescorer rescorer, ILeadScorer scorer, LeadKitOptions options)
    {
        Store = store;
        Clock = clock;
        _rescorer = rescorer;
        _scorer = scorer;
        _options = options;
    }

    /// <summary>Gets the registered store.</summary>
    public ILeadKitStore Store { get; }

    /// <summary>Gets the registered clock.</summary>
    public IClock Clock { get; }

    /// <summary>Creates the context operations (assign, bulk edit, convert, delete, comment, import, export) run in.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="actingUser">The user making the changes, if known.</param>
    /// <returns>A context with the registered store, clock and rescorer and the configured <see cref="LeadKitOptions.BatchSize"/>.</returns>
    public OperationContext Create(WorkspaceId workspace, UserId? actingUser = null) =>
        new(Store, workspace, Clock, actingUser) { Rescorer = _rescorer, BatchSize = _options.BatchSize };

    /// <summary>Creates the scoring-profile service of a workspace (edit criteria, re-score).</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="actingUser">The user making the changes, if known.</param>
    /// <returns>The service, with the registered scorer and the configured <see cref="LeadKitOptions.RescorePageSize"/>.</returns>
    public ScoringProfiles CreateScoringProfiles(WorkspaceId workspace, UserId? actingUser = null) =>
        new(Store, workspace, Clock, _scorer, actingUser) { PageSize = _options.RescorePageSize };

    /// <summary>The scope's context, for the scoped registration.</summary>
    internal OperationContext Create(CurrentWorkspace current, string service) =>
        Create(current.Require(service), current.ActingUser);
}
