using LeadKit.Extensions.DependencyInjection;
using LeadKit.Extensions.DependencyInjection.Tests;
using LeadKit.Storage;
using LeadKit.Testing.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary><c>UseSqlite</c>, <c>UsePostgres</c> and <c>AddEntityFrameworkCoreStores</c>: the EF Core stores in the container.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public void UseSqlite_ResolvesOneEfStoreOnTheFile_WithTheContainersClockAndTheOptions()
    {
        using var database = new SqliteDatabase();
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 27, 9, 0));
        var services = new ServiceCollection();
        services.AddLeadKit(options => (options.StoreBatchSize, options.BusyTimeout) = (200, TimeSpan.FromSeconds(3))).UseClock(clock).UseSqlite(database.Path);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var store = Assert.IsType<EfLeadKitStore>(provider.GetRequiredService<ILeadKitStore>());

        Assert.Same(store, provider.GetRequiredService<ILeadKitStore>());
        Assert.Equal(LeadKitDatabaseProvider.Sqlite, store.Provider);
        Assert.Same(clock, store.Clock);
        Assert.Equal(200, store.Options.BatchSize);
        Assert.Equal(TimeSpan.FromSeconds(3), store.Options.BusyTimeout);
        Assert.Equal("Data Source=" + database.Path, store.Options.ConnectionString);
    }

    [Fact]
    public void Configuration_NamingSqlite_ResolvesTheEfStore()
    {
        using var database = new SqliteDatabase();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LeadKit:Store"] = "sqlite",
            ["LeadKit:ConnectionString"] = $"Data Source={database.Path}",
        }).Build();
        var services = new ServiceCollection();
        services.AddLeadKit(configuration.GetSection(LeadKitOptions.SectionName)).AddEntityFrameworkCoreStores();
        using var provider = services.BuildServiceProvider();

        var store = Assert.IsType<EfLeadKitStore>(provider.GetRequiredService<ILeadKitStore>());

        Assert.Equal(LeadKitDatabaseProvider.Sqlite, store.Provider);
    }

    [Fact]
    public void UsePostgres_ConfiguresThePostgresStore()
    {
        var services = new ServiceCollection();
        services.AddLeadKit().UsePostgres("Host=db.example;Username=leadkit;Database=leadkit");
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LeadKitOptions>>().Value;

        Assert.Equal(("Postgres", "Host=db.example;Username=leadkit;Database=leadkit"), (options.Store, options.ConnectionString));
    }

    [Fact]
    public async Task Container_WhenDisposed_DisposesTheStore()
    {
        using var database = new SqliteDatabase();
        var services = new ServiceCollection();
        services.AddLeadKit().UseSqlite(database.Path);
        EfLeadKitStore store;
        await using (var provider = services.BuildServiceProvider())
        {
            store = (EfLeadKitStore)provider.GetRequiredService<ILeadKitStore>();
            await store.InitializeAsync();
        }

        Assert.Throws<ObjectDisposedException>(() => store.CreateDbContext());
    }

    [Theory]
    [InlineData("Sqlite", null, "LeadKit:ConnectionString is required for the Sqlite store")]
    [InlineData("Postgres", " ", "LeadKit:ConnectionString is required for the Postgres store")]
    [InlineData("Sqlite", "Data Source=leads.db;Colour=blue", "LeadKit:ConnectionString is not a valid Sqlite connection string:")]
    [InlineData("Postgres", "Hots=db;Username=leadkit;Password=secret", "LeadKit:ConnectionString is not a valid Postgres connection string:")]
    [InlineData("Postgres", "Username=leadkit;Database=leadkit", "LeadKit:ConnectionString names no Host for the Postgres store")]
    public async Task Host_WithABadConnectionString_FailsToStartNamingIt(string store, string? connectionString, string expected)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["LeadKit:Store"] = store, ["LeadKit:ConnectionString"] = connectionString });
        builder.Services.AddLeadKit(builder.Configuration.GetSection(LeadKitOptions.SectionName)).AddEntityFrameworkCoreStores();
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_NamingSqliteWithoutTheEfStores_FailsToStartSayingWhatToCall()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["LeadKit:Store"] = "Sqlite", ["LeadKit:ConnectionString"] = "leads.db" });
        builder.Services.AddLeadKit(builder.Configuration.GetSection(LeadKitOptions.SectionName));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("LeadKit:Store is 'Sqlite', which is not a registered store; the registered stores are InMemory.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AddEntityFrameworkCoreStores()", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_WithASqliteFile_Starts()
    {
        using var database = new SqliteDatabase();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLeadKit().UseSqlite(database.Path);
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();
    }
}

/// <summary>The container scenario (add, score, read, a scoped operation) on a real SQLite file.</summary>
public sealed class SqliteScenarioTests : LeadKitScenario, IDisposable
{
    private readonly SqliteDatabase _database = new();

    [Fact]
    public Task Store_ResolvedFromTheContainer_AddsScoresAndReadsLeads() => AddScoreAndReadAsync();

    public void Dispose() => _database.Dispose();

    protected override void UseStore(ILeadKitBuilder builder) => builder.UseSqlite(_database.Path);

    protected override void AssertStore(ILeadKitStore store) =>
        Assert.Equal(LeadKitDatabaseProvider.Sqlite, Assert.IsType<EfLeadKitStore>(store).Provider);
}

/// <summary>The container scenario on PostgreSQL (a fresh database, dropped afterwards); skipped without <c>LEADKIT_TEST_POSTGRES</c>.</summary>
[PostgresAvailable]
public sealed class PostgresScenarioTests(PostgresDatabase database) : LeadKitScenario, IClassFixture<PostgresDatabase>
{
    [StoreFact]
    public Task Store_ResolvedFromTheContainer_AddsScoresAndReadsLeads() => AddScoreAndReadAsync();

    protected override void UseStore(ILeadKitBuilder builder) => builder.UsePostgres(database.ConnectionString);

    protected override void AssertStore(ILeadKitStore store) =>
        Assert.Equal(LeadKitDatabaseProvider.Postgres, Assert.IsType<EfLeadKitStore>(store).Provider);
}
