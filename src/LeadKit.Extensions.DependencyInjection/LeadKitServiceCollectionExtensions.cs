using System;
using System.Linq;
using LeadKit.Assignment;
using LeadKit.BulkEdit;
using LeadKit.Conversion;
using LeadKit.Export;
using LeadKit.Extensions.DependencyInjection;
using LeadKit.Import;
using LeadKit.Operations;
using LeadKit.Scoring;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// <c>services.AddLeadKit(…)</c>: registers LeadKit in a Microsoft.Extensions.DependencyInjection container.
/// </summary>
/// <remarks>
/// <para>Singletons (thread-safe, shared by every request):</para>
/// <list type="bullet">
/// <item><see cref="ILeadKitStore"/>: the store <see cref="LeadKitOptions.Store"/> names (the in-memory store by default); the container disposes it.</item>
/// <item>NodaTime's <see cref="IClock"/>: <see cref="SystemClock.Instance"/> unless one is registered (<c>UseClock</c> replaces it).</item>
/// <item><see cref="ILeadScorer"/>: <see cref="LeadScorer.Default"/> unless one is registered (<c>UseScorer</c> replaces it).</item>
/// <item><see cref="ProfileRescorer"/>, and <see cref="IRecordRescorer"/>: the chain the operations use, <see cref="PicklistRules"/> then <see cref="ProfileRescorer"/>.</item>
/// <item><see cref="OperationContextFactory"/>: operation contexts and <see cref="ScoringProfiles"/> for any workspace.</item>
/// </list>
/// <para>
/// Scoped (one per request): <see cref="CurrentWorkspace"/>, the <see cref="OperationContext"/> built
/// for it, and the operations on that context — <see cref="LeadAssignment"/>, <see cref="BulkEditor"/>,
/// <see cref="LeadConverter"/>, <see cref="LeadDeletion"/>, <see cref="LeadComments"/>,
/// <see cref="LeadImport"/>, <see cref="LeadExport"/> — and <see cref="ScoringProfiles"/>.
/// </para>
/// <para>
/// The options are validated when the host starts (<c>ValidateOnStart</c>); without a host, on first use.
/// Registrations already present (a clock, a scorer, a store) are kept: call <c>AddLeadKit</c> after
/// your own, or use the builder's <c>Use…</c> methods to replace them. The store's schema is not
/// created here: call <c>ILeadKitStore.InitializeAsync</c> once at start.
/// </para>
/// </remarks>
public static class LeadKitServiceCollectionExtensions
{
    /// <summary>Registers LeadKit with its default options: the in-memory store, the system clock, the standard scorer.</summary>
    /// <param name="services">The services.</param>
    /// <returns>A builder to go on configuring LeadKit.</returns>
    public static ILeadKitBuilder AddLeadKit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new LeadKitBuilder(services);
        if (services.Any(d => d.ServiceType == typeof(LeadKitMarker)))
        {
            return builder;
        }

        services.AddSingleton<LeadKitMarker>();
        services.AddOptions<LeadKitOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LeadKitOptions>, LeadKitOptionsValidator>());
        builder.AddStore(LeadKitOptions.InMemoryStore, (provider, _) => new InMemoryLeadKitStore(provider.GetRequiredService<IClock>()));

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<ILeadScorer>(LeadScorer.Default);
        services.TryAddSingleton(provider => new ProfileRescorer(provider.GetRequiredService<IClock>(), provider.GetRequiredService<ILeadScorer>()));
        services.TryAddSingleton<IRecordRescorer>(provider => new PicklistRules(provider.GetRequiredService<ProfileRescorer>()));
        services.TryAddSingleton(OpenStore);
        services.TryAddSingleton(provider => new OperationContextFactory(
            provider.GetRequiredService<ILeadKitStore>(),
            provider.GetRequiredService<IClock>(),
            provider.GetRequiredService<IRecordRescorer>(),
            provider.GetRequiredService<ILeadScorer>(),
            provider.GetRequiredService<IOptions<LeadKitOptions>>().Value));

        services.TryAddScoped(_ => new CurrentWorkspace());
        services.TryAddScoped(provider => Contexts(provider).Create(provider.GetRequiredService<CurrentWorkspace>(), nameof(OperationContext)));
        services.TryAddScoped(provider => new LeadAssignment(provider.GetRequiredService<OperationContext>()));
        services.TryAddScoped(provider => new BulkEditor(provider.GetRequiredService<OperationContext>()));
        services.TryAddScoped(provider => new LeadConverter(provider.GetRequiredService<OperationContext>()));
        services.TryAddScoped(provider => new LeadDeletion(provider.GetRequiredService<OperationContext>()));
        services.TryAddScoped(provider => new LeadComments(provider.GetRequiredService<OperationContext>()));
        services.TryAddScoped(provider => new LeadImport(provider.GetRequiredService<OperationContext>()));
        services.TryAddScoped(provider => new LeadExport(provider.GetRequiredService<OperationContext>()));
        services.TryAddScoped(provider =>
        {
            var current = provider.GetRequiredService<CurrentWorkspace>();
            return Contexts(provider).CreateScoringProfiles(current.Require(nameof(ScoringProfiles)), current.ActingUser);
        });
        return builder;
    }

    /// <summary>Registers LeadKit and sets its options in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to go on configuring LeadKit.</returns>
    public static ILeadKitBuilder AddLeadKit(this IServiceCollection services, Action<LeadKitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddLeadKit().Configure(configure);
    }

    /// <summary>
    /// Registers LeadKit with its options bound from a configuration section, conventionally
    /// <c>configuration.GetSection(LeadKitOptions.SectionName)</c>. A key the options do not have (a typo
    /// such as <c>"Stor"</c>) fails the start as a bad value does.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding LeadKit's settings.</param>
    /// <returns>A builder to go on configuring LeadKit.</returns>
    public static ILeadKitBuilder AddLeadKit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddLeadKit();
        services.AddOptions<LeadKitOptions>().Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true);
        return builder;
    }

    private static OperationContextFactory Contexts(IServiceProvider provider) => provider.GetRequiredService<OperationContextFactory>();

    private static ILeadKitStore OpenStore(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<LeadKitOptions>>().Value;
        var store = provider.GetServices<StoreRegistration>().LastOrDefault(s => string.Equals(s.Name, options.Store, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"LeadKit:Store is '{options.Store}', which is not a registered store.");
        return store.Create(provider, options);
    }

    /// <summary>Marks a collection LeadKit is registered in, so a second <c>AddLeadKit</c> adds nothing twice.</summary>
    private sealed class LeadKitMarker;
}
