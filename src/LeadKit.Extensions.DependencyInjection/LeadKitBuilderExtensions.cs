using System;
using LeadKit.Extensions.DependencyInjection;
using LeadKit.Scoring;
using LeadKit.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Configures LeadKit after <c>services.AddLeadKit(…)</c>.</summary>
public static class LeadKitBuilderExtensions
{
    /// <summary>Sets LeadKit's options in code (after any configuration binding, so these win).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static ILeadKitBuilder Configure(this ILeadKitBuilder builder, Action<LeadKitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Uses the in-memory store (the default): every record lives in the process and is lost when it ends. For tests and demos.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static ILeadKitBuilder UseInMemory(this ILeadKitBuilder builder) =>
        builder.Configure(options =>
        {
            options.Store = LeadKitOptions.InMemoryStore;
            options.ConnectionString = null;
        });

    /// <summary>Replaces the registered NodaTime clock (the system clock by default), for LeadKit and everything else that resolves <see cref="IClock"/>; tests pass a <c>FakeClock</c>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The builder.</returns>
    public static ILeadKitBuilder UseClock(this ILeadKitBuilder builder, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(clock);
        builder.Services.Replace(ServiceDescriptor.Singleton(clock));
        return builder;
    }

    /// <summary>Replaces the scoring engine (<see cref="LeadScorer.Default"/> by default), e.g. a <see cref="LeadScorer"/> with your own aggregation or star mapping.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="scorer">The scorer.</param>
    /// <returns>The builder.</returns>
    public static ILeadKitBuilder UseScorer(this ILeadKitBuilder builder, ILeadScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(scorer);
        builder.Services.Replace(ServiceDescriptor.Singleton(scorer));
        return builder;
    }

    /// <summary>
    /// Registers a store that <see cref="LeadKitOptions.Store"/> can name (a later registration of the same
    /// name replaces an earlier one). The store is opened once, when <see cref="ILeadKitStore"/> is first
    /// resolved, with the validated options, and disposed with the container. LeadKit.EntityFrameworkCore
    /// registers <c>"Sqlite"</c> and <c>"Postgres"</c> this way.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The store's name, compared ignoring case.</param>
    /// <param name="create">Opens the store from the services and the options; must not return <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static ILeadKitBuilder AddStore(this ILeadKitBuilder builder, string name, Func<IServiceProvider, LeadKitOptions, ILeadKitStore> create)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(create);
        builder.Services.AddSingleton(new StoreRegistration(name.Trim(), (provider, options) =>
            create(provider, options) ?? throw new InvalidOperationException($"The LeadKit store '{name}' was registered with a function that returned null.")));
        return builder;
    }
}
