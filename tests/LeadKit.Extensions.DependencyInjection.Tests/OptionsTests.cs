using LeadKit.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LeadKit.Extensions.DependencyInjection.Tests;

/// <summary>LeadKit's options: bound from configuration, overridden in code, and checked when the host starts.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void Options_BoundFromConfiguration_ReachTheServices()
    {
        var configuration = Configuration(new()
        {
            ["LeadKit:Store"] = "inmemory",
            ["LeadKit:BatchSize"] = "50",
            ["LeadKit:RescorePageSize"] = "20",
            ["LeadKit:StoreBatchSize"] = "250",
            ["LeadKit:BusyTimeout"] = "00:00:05",
        });
        using var provider = new ServiceCollection().AddLeadKit(configuration.GetSection(LeadKitOptions.SectionName)).Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LeadKitOptions>>().Value;
        var factory = provider.GetRequiredService<OperationContextFactory>();

        Assert.Equal(("inmemory", 50, 20, 250, TimeSpan.FromSeconds(5)), (options.Store, options.BatchSize, options.RescorePageSize, options.StoreBatchSize, options.BusyTimeout));
        Assert.Equal(50, factory.Create(Storage.WorkspaceId.New()).BatchSize);
        Assert.Equal(20, factory.CreateScoringProfiles(Storage.WorkspaceId.New()).PageSize);
    }

    [Fact]
    public void Options_WithoutConfiguration_HaveTheLibrarysDefaults()
    {
        using var provider = new ServiceCollection().AddLeadKit().Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LeadKitOptions>>().Value;

        Assert.Equal(LeadKitOptions.InMemoryStore, options.Store);
        Assert.Null(options.ConnectionString);
        Assert.Equal(OperationContext.DefaultBatchSize, options.BatchSize);
        Assert.Equal(ScoringProfiles.DefaultPageSize, options.RescorePageSize);
        Assert.Equal(1_000, options.StoreBatchSize);
        Assert.Equal(TimeSpan.FromSeconds(30), options.BusyTimeout);
    }

    [Fact]
    public void Options_SetInCodeAfterBinding_WinOverConfiguration()
    {
        var configuration = Configuration(new() { ["LeadKit:BatchSize"] = "50" });
        using var provider = new ServiceCollection()
            .AddLeadKit(configuration.GetSection(LeadKitOptions.SectionName))
            .Configure(options => options.BatchSize = 75)
            .Services.BuildServiceProvider();

        Assert.Equal(75, provider.GetRequiredService<IOptions<LeadKitOptions>>().Value.BatchSize);
    }

    [Theory]
    [InlineData("Store", "Sqlte", "LeadKit:Store is 'Sqlte', which is not a registered store; the registered stores are InMemory. Sqlite and Postgres come with LeadKit.EntityFrameworkCore")]
    [InlineData("Store", " ", "LeadKit:Store is empty; name a registered store: InMemory.")]
    [InlineData("BatchSize", "0", "LeadKit:BatchSize is 0; it must be 1 to 10000.")]
    [InlineData("RescorePageSize", "10001", "LeadKit:RescorePageSize is 10001; it must be 1 to 10000.")]
    [InlineData("StoreBatchSize", "-1", "LeadKit:StoreBatchSize is -1; it must be at least 1.")]
    [InlineData("BusyTimeout", "00:00:00", "LeadKit:BusyTimeout is 00:00:00; it must be more than zero")]
    public async Task Host_WithABadSetting_FailsToStartNamingIt(string key, string value, string expected)
    {
        using var host = Host(new() { ["LeadKit:" + key] = value });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_WithSeveralBadSettings_ReportsThemAll()
    {
        using var host = Host(new() { ["LeadKit:Store"] = "Oracle", ["LeadKit:BatchSize"] = "0" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(2, ex.Failures.Count());
        Assert.Equal(typeof(LeadKitOptions), ex.OptionsType);
    }

    [Fact]
    public async Task Host_WithAKeyLeadKitDoesNotHave_FailsToStartNamingIt()
    {
        using var host = Host(new() { ["LeadKit:Stor"] = "Sqlite" });

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("'Stor'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_WithGoodSettings_Starts()
    {
        using var host = Host(new() { ["LeadKit:Store"] = "InMemory", ["LeadKit:BatchSize"] = "100" });

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public void ServiceProvider_WithoutAHost_ValidatesOnFirstUse()
    {
        using var provider = new ServiceCollection().AddLeadKit(options => options.Store = "Nowhere").Services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<Storage.ILeadKitStore>());

        Assert.Contains("LeadKit:Store is 'Nowhere'", ex.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static IHost Host(Dictionary<string, string?> values)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddLeadKit(builder.Configuration.GetSection(LeadKitOptions.SectionName));
        return builder.Build();
    }
}
