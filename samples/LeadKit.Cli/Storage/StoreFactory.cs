using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Cli.Storage;

/// <summary>Opens the store of a database (not yet initialised: the caller runs <see cref="ILeadKitStore.InitializeAsync"/>).</summary>
/// <param name="target">The database.</param>
/// <param name="clock">The clock that stamps changes.</param>
/// <returns>The store.</returns>
internal delegate ILeadKitStore StoreFactory(DatabaseTarget target, IClock clock);
