using LeadKit.Extensions.DependencyInjection;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Scoring;
using LeadKit.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Extensions.DependencyInjection.Tests;

/// <summary>
/// One host's life with LeadKit resolved from the container, on any store: set up a workspace and its
/// criteria, add leads in one request, score them, read them back in another, and run a scoped operation.
/// The in-memory store runs it here; LeadKit.EntityFrameworkCore.Tests runs it on a SQLite file and on PostgreSQL
/// (each subclass declares the test, so a store that needs a server can be skipped without one).
/// </summary>
public abstract class LeadKitScenario
{
    protected static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 9, 0);

    /// <summary>Chooses the store on the builder.</summary>
    protected abstract void UseStore(ILeadKitBuilder builder);

    /// <summary>Checks the store that was resolved.</summary>
    protected abstract void AssertStore(ILeadKitStore store);

    /// <summary>Runs the scenario.</summary>
    protected async Task AddScoreAndReadAsync()
    {
        var clock = new FakeClock(Now);
        var services = new ServiceCollection();
        var builder = services.AddLeadKit(options => options.RescorePageSize = 50).UseClock(clock);
        UseStore(builder);
        LeadId ann, bob;
        Workspace workspace;
        await using (var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }))
        {
            var store = provider.GetRequiredService<ILeadKitStore>();
            AssertStore(store);
            await store.InitializeAsync();
            workspace = await store.CreateWorkspaceAsync("Sales");

            // Setting up: the workspace's criteria, through the scoped profile service.
            await using (var scope = provider.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<CurrentWorkspace>().Set(workspace.Id);
                var profiles = scope.ServiceProvider.GetRequiredService<ScoringProfiles>();
                Assert.Equal(50, profiles.PageSize);
                await profiles.AddCriterionAsync("Budget confirmed", Weight.High);
                await profiles.AddCriterionAsync("Reachable", Weight.Low, ScoringRule.Parse("email is not empty"));
            }

            // One request adds two leads; the registered rescorer chain scores them and lists the new source.
            await using (var scope = provider.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<CurrentWorkspace>().Set(workspace.Id);
                var context = scope.ServiceProvider.GetRequiredService<OperationContext>();
                var hot = Lead.Create(PersonName.Parse("Ann Lee"), clock);
                hot.CheckCriterion(new CriterionId("budget-confirmed"), Now);
                hot.AddEmail(EmailEntry.Business("ann@contoso.example"));
                hot.SetSource(new LeadSource("Web"));
                var cold = Lead.Create(PersonName.Parse("Bob Ortiz"), clock);
                await using var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser);
                await context.Rescorer!.RescoreAsync(unit, [hot, cold]);
                await unit.Leads.AddAsync([hot, cold]);
                await unit.CommitAsync();
                (ann, bob) = (hot.Id, cold.Id);
            }

            // A scoped operation in another request: it saves through the same rescorer.
            await using (var scope = provider.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<CurrentWorkspace>().Set(workspace.Id);
                await scope.ServiceProvider.GetRequiredService<LeadComments>().AddCommentAsync(bob, "Called, no answer.");
            }

            // Reading back.
            await using (var unit = await store.BeginAsync(workspace.Id))
            {
                var hot = await unit.Leads.GetAsync(ann);
                var cold = await unit.Leads.GetAsync(bob);
                Assert.Equal(5, hot.Stars);
                Assert.Equal(4, hot.Score!.Met);
                Assert.Equal(2, hot.Score.ProfileVersion);
                Assert.Equal(0, cold.Stars);
                Assert.Contains("Called, no answer.", cold.Comments, StringComparison.Ordinal);
                Assert.False(cold.IsScoreStale(2, Now));
                Assert.Contains("Web", await unit.Picklists.GetAsync(PicklistKind.LeadSources));
            }
        }
    }
}
