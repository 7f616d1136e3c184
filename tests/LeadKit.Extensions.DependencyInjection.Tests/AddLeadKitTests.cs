using LeadKit.Assignment;
using LeadKit.BulkEdit;
using LeadKit.Conversion;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Scoring;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Extensions.DependencyInjection.Tests;

/// <summary>What <c>AddLeadKit</c> registers, with which lifetime, and how a host replaces it.</summary>
public sealed class AddLeadKitTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateScopes = true, ValidateOnBuild = true };

    [Fact]
    public void AddLeadKit_Default_ResolvesTheInMemoryStoreTheSystemClockAndTheStandardScorer()
    {
        using var provider = new ServiceCollection().AddLeadKit().Services.BuildServiceProvider(Strict);

        Assert.IsType<InMemoryLeadKitStore>(provider.GetRequiredService<ILeadKitStore>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(LeadScorer.Default, provider.GetRequiredService<ILeadScorer>());
    }

    [Fact]
    public void AddLeadKit_RescorerChain_IsPicklistRulesThenTheRegisteredProfileRescorer()
    {
        using var provider = new ServiceCollection().AddLeadKit().Services.BuildServiceProvider(Strict);

        var rules = Assert.IsType<PicklistRules>(provider.GetRequiredService<IRecordRescorer>());
        var rescorer = provider.GetRequiredService<ProfileRescorer>();
        Assert.Same(rescorer, rules.Next);
        Assert.Same(provider.GetRequiredService<IClock>(), rescorer.Clock);
        Assert.Same(provider.GetRequiredService<ILeadScorer>(), rescorer.Scorer);
    }

    [Fact]
    public void Singletons_AreSharedByEveryScope()
    {
        using var provider = new ServiceCollection().AddLeadKit().Services.BuildServiceProvider(Strict);
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        foreach (var type in new[] { typeof(ILeadKitStore), typeof(IClock), typeof(ILeadScorer), typeof(IRecordRescorer), typeof(ProfileRescorer), typeof(OperationContextFactory) })
        {
            Assert.Same(first.ServiceProvider.GetRequiredService(type), second.ServiceProvider.GetRequiredService(type));
        }
    }

    [Theory]
    [InlineData(typeof(OperationContext))]
    [InlineData(typeof(LeadAssignment))]
    [InlineData(typeof(BulkEditor))]
    [InlineData(typeof(LeadConverter))]
    [InlineData(typeof(LeadDeletion))]
    [InlineData(typeof(LeadComments))]
    [InlineData(typeof(LeadImport))]
    [InlineData(typeof(LeadExport))]
    [InlineData(typeof(ScoringProfiles))]
    public void ScopedServices_AreOnePerScope_ForTheScopesWorkspace(Type type)
    {
        using var provider = new ServiceCollection().AddLeadKit().Services.BuildServiceProvider(Strict);
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();
        first.ServiceProvider.GetRequiredService<CurrentWorkspace>().Set(WorkspaceId.New());
        second.ServiceProvider.GetRequiredService<CurrentWorkspace>().Set(WorkspaceId.New());

        var one = first.ServiceProvider.GetRequiredService(type);

        Assert.Same(one, first.ServiceProvider.GetRequiredService(type));
        Assert.NotSame(one, second.ServiceProvider.GetRequiredService(type));
    }

    [Fact]
    public void OperationContext_OfAScope_CarriesItsWorkspaceUserStoreClockRescorerAndBatchSize()
    {
        var user = UserId.New();
        var workspace = WorkspaceId.New();
        using var provider = new ServiceCollection().AddLeadKit(options => options.BatchSize = 42).Services.BuildServiceProvider(Strict);
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentWorkspace>().Set(workspace, user);

        var context = scope.ServiceProvider.GetRequiredService<OperationContext>();

        Assert.Equal(workspace, context.Workspace);
        Assert.Equal(user, context.ActingUser);
        Assert.Same(provider.GetRequiredService<ILeadKitStore>(), context.Store);
        Assert.Same(provider.GetRequiredService<IClock>(), context.Clock);
        Assert.Same(provider.GetRequiredService<IRecordRescorer>(), context.Rescorer);
        Assert.Equal(42, context.BatchSize);
    }

    [Theory]
    [InlineData(typeof(OperationContext), "OperationContext needs the scope's workspace")]
    [InlineData(typeof(BulkEditor), "OperationContext needs the scope's workspace")]
    [InlineData(typeof(ScoringProfiles), "ScoringProfiles needs the scope's workspace")]
    public void ScopedServices_WithoutAWorkspace_FailSayingHowToSetIt(Type type, string expected)
    {
        using var provider = new ServiceCollection().AddLeadKit().Services.BuildServiceProvider(Strict);
        using var scope = provider.CreateScope();

        var ex = Assert.Throws<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService(type));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("CurrentWorkspace.Set(workspace, actingUser)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CurrentWorkspace_SetAgainDifferently_ThrowsAndKeepsTheFirst()
    {
        using var provider = new ServiceCollection().AddLeadKit().Services.BuildServiceProvider(Strict);
        using var scope = provider.CreateScope();
        var current = scope.ServiceProvider.GetRequiredService<CurrentWorkspace>();
        var workspace = WorkspaceId.New();
        current.Set(workspace);
        current.Set(workspace);

        var ex = Assert.Throws<InvalidOperationException>(() => current.Set(WorkspaceId.New()));

        Assert.Contains("Open a new scope", ex.Message, StringComparison.Ordinal);
        Assert.Equal(workspace, current.Workspace);
        Assert.Null(current.ActingUser);
    }

    [Fact]
    public void OperationContextFactory_GivesContextsAndProfileServicesForAnyWorkspace()
    {
        var scorer = new LeadScorer(starMapping: new RoundDown());
        using var provider = new ServiceCollection().AddLeadKit(options => options.RescorePageSize = 7).UseScorer(scorer).Services.BuildServiceProvider(Strict);
        var factory = provider.GetRequiredService<OperationContextFactory>();
        var workspace = WorkspaceId.New();

        var context = factory.Create(workspace);
        var profiles = factory.CreateScoringProfiles(workspace);

        Assert.Equal(workspace, context.Workspace);
        Assert.Equal(OperationContext.DefaultBatchSize, context.BatchSize);
        Assert.Equal(7, profiles.PageSize);
        Assert.Same(scorer, profiles.Rescorer.Scorer);
        Assert.Same(scorer, provider.GetRequiredService<ProfileRescorer>().Scorer);
    }

    [Fact]
    public void AddLeadKit_Twice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();
        services.AddLeadKit();
        services.AddLeadKit();

        Assert.Single(services, d => d.ServiceType == typeof(ILeadKitStore));
        Assert.Single(services, d => d.ServiceType == typeof(OperationContext));
        Assert.Single(services, d => d.ServiceType == typeof(Microsoft.Extensions.Options.IValidateOptions<LeadKitOptions>));
    }

    [Fact]
    public void AddLeadKit_KeepsAClockTheHostRegisteredFirst_AndUseClockReplacesIt()
    {
        var hosts = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var tests = new FakeClock(Instant.FromUtc(2030, 1, 1, 0, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(hosts);

        using (var provider = services.AddLeadKit().Services.BuildServiceProvider(Strict))
        {
            Assert.Same(hosts, provider.GetRequiredService<IClock>());
            Assert.Same(hosts, ((InMemoryLeadKitStore)provider.GetRequiredService<ILeadKitStore>()).Clock);
        }

        using (var provider = services.AddLeadKit().UseClock(tests).Services.BuildServiceProvider(Strict))
        {
            Assert.Same(tests, provider.GetRequiredService<IClock>());
            Assert.Same(tests, provider.GetRequiredService<ProfileRescorer>().Clock);
        }
    }

    [Fact]
    public void AddStore_ANamedStore_IsOpenedWithTheServicesAndTheOptions()
    {
        LeadKitOptions? seen = null;
        using var provider = new ServiceCollection()
            .AddLeadKit(options => (options.Store, options.ConnectionString) = ("custom", "somewhere"))
            .AddStore("Custom", (services, options) =>
            {
                seen = options;
                return new InMemoryLeadKitStore(services.GetRequiredService<IClock>());
            })
            .Services.BuildServiceProvider(Strict);

        Assert.IsType<InMemoryLeadKitStore>(provider.GetRequiredService<ILeadKitStore>());
        Assert.Equal("somewhere", seen?.ConnectionString);
    }

    [Fact]
    public void AddStore_ReturningNull_FailsNamingTheStore()
    {
        using var provider = new ServiceCollection()
            .AddLeadKit(options => options.Store = "Broken")
            .AddStore("Broken", (_, _) => null!)
            .Services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ILeadKitStore>());

        Assert.Contains("The LeadKit store 'Broken' was registered with a function that returned null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_WithNullArguments_Throws()
    {
        var builder = new ServiceCollection().AddLeadKit();

        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddLeadKit());
        Assert.Throws<ArgumentNullException>(() => builder.UseClock(null!));
        Assert.Throws<ArgumentNullException>(() => builder.UseScorer(null!));
        Assert.Throws<ArgumentNullException>(() => builder.Configure(null!));
        Assert.ThrowsAny<ArgumentException>(() => builder.AddStore(" ", (_, _) => null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddStore("x", null!));
    }

    private sealed class RoundDown : IStarMapping
    {
        public int ToStars(int met, int total, int maxStars) => total == 0 ? 0 : maxStars * met / total;
    }
}
