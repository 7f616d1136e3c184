using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Reports;

namespace LeadKit.Storage;

/// <summary>The reports users saved in one workspace, keyed by name (case-insensitively).</summary>
public interface ISavedReportRepository
{
    /// <summary>Saves a report, replacing the one with the same name (ignoring case).</summary>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is staged.</returns>
    Task SaveAsync(SavedReport report, CancellationToken cancellationToken = default);

    /// <summary>Finds a report by name (ignoring case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, or <see langword="null"/>.</returns>
    Task<SavedReport?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Reads every saved report, by name (ordinal, ignoring case).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reports.</returns>
    Task<IReadOnlyList<SavedReport>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes a report by name (ignoring case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether a report was deleted.</returns>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default);
}
