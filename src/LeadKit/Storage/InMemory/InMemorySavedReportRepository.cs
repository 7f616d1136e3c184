using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Reports;

namespace LeadKit.Storage.InMemory;

/// <summary>Saved reports in memory, keyed by name ignoring case; the last write wins.</summary>
internal sealed class InMemorySavedReportRepository(InMemoryUnitOfWork unitOfWork) : ISavedReportRepository, IStagedChanges
{
    private readonly InMemoryEntityChanges<string, SavedReport> _changes = new(s => s.SavedReports, nameof(SavedReport), StringComparer.OrdinalIgnoreCase);

    public Task SaveAsync(SavedReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        _changes.StageReplace(report.Name, report);
        return Task.CompletedTask;
    }

    public async Task<SavedReport?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(r => string.Equals(r.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    public Task<IReadOnlyList<SavedReport>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var all = _changes.Merge(unitOfWork.Store.Read(unitOfWork.Workspace, s => s.SavedReports.ToList()));
        return Task.FromResult<IReadOnlyList<SavedReport>>([.. all.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.Ordinal)]);
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var existing = await FindAsync(name, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return false;
        }

        unitOfWork.EnsureOpen();
        _changes.StageRemove(existing.Name);
        return true;
    }

    void IStagedChanges.Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces)
    {
    }

    void IStagedChanges.Apply(InMemoryWorkspaceState state) => _changes.Apply(state);
}
