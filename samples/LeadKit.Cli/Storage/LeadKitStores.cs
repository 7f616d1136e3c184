using System.Collections.Concurrent;
using LeadKit.Storage;
using LeadKit.Storage.InMemory;
using NodaTime;

namespace LeadKit.Cli.Storage;

/// <summary>The one place that decides which <see cref="ILeadKitStore"/> implementation backs a database.</summary>
internal static class LeadKitStores
{
    // INTERIM: until LeadKit.EntityFrameworkCore builds, a database is an in-memory store that lives
    // as long as the process (one per target, so commands run in one process share it).
    private static readonly ConcurrentDictionary<DatabaseTarget, ILeadKitStore> InMemory = new();

    /// <summary>Opens the store of a database.</summary>
    /// <param name="target">The database.</param>
    /// <param name="clock">The clock that stamps changes.</param>
    /// <returns>The store.</returns>
    public static ILeadKitStore Open(DatabaseTarget target, IClock clock) =>
        InMemory.GetOrAdd(target, _ => new InMemoryLeadKitStore(clock));
}
