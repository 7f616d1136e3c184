using System.Threading;
using System.Threading.Tasks;
using LeadKit.Scoring;

namespace LeadKit.Storage;

/// <summary>
/// The workspace's scoring profile (one per workspace). A new workspace has none stored:
/// <see cref="GetAsync"/> returns <see langword="null"/>, which scoring treats as
/// <see cref="ScoringProfile.Empty"/> (no criteria, every record 0 stars) — a host stores
/// <see cref="ScoringProfile.Default"/> or its own profile when it sets a workspace up (the console
/// host's <c>init --criteria default</c> does).
/// </summary>
public interface IScoringProfileRepository
{
    /// <summary>Reads the workspace's current profile.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The profile, or <see langword="null"/> when none has been saved.</returns>
    Task<ScoringProfile?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the workspace's profile, provided the stored one is still the one the caller read
    /// (optimistic concurrency on <see cref="ScoringProfile.Version"/>).
    /// </summary>
    /// <param name="profile">The new profile; every rule must be data (<see cref="ScoringProfile.IsSerializable"/>).</param>
    /// <param name="expectedVersion">The version of the stored profile the change was based on, or <see langword="null"/> when none was stored.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored profile is not at <paramref name="expectedVersion"/> (someone saved it since); nothing is written.</exception>
    /// <exception cref="System.ArgumentException">The profile has a C# rule, which cannot be stored.</exception>
    Task SaveAsync(ScoringProfile profile, long? expectedVersion, CancellationToken cancellationToken = default);
}
