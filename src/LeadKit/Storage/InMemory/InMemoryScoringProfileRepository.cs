using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Scoring;

namespace LeadKit.Storage.InMemory;

/// <summary>The workspace's profile in memory: a save is checked against the stored version when staged and again at commit.</summary>
internal sealed class InMemoryScoringProfileRepository(InMemoryUnitOfWork unitOfWork) : IScoringProfileRepository, IStagedChanges
{
    private (ScoringProfile Profile, long? Expected)? _pending;

    public Task<ScoringProfile?> GetAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_pending?.Profile ?? Committed());
    }

    public Task SaveAsync(ScoringProfile profile, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        cancellationToken.ThrowIfCancellationRequested();
        unitOfWork.EnsureOpen();
        if (!profile.IsSerializable)
        {
            throw new ArgumentException("The profile has a C# rule; only rules that are data can be stored.", nameof(profile));
        }

        Check(_pending?.Profile ?? Committed(), expectedVersion);
        _pending = (profile, _pending is { } staged ? staged.Expected : expectedVersion);
        return Task.CompletedTask;
    }

    void IStagedChanges.Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces)
    {
        if (_pending is { } pending)
        {
            Check(state.ScoringProfile, pending.Expected);
        }
    }

    void IStagedChanges.Apply(InMemoryWorkspaceState state)
    {
        if (_pending is { } pending)
        {
            state.ScoringProfile = pending.Profile;
        }
    }

    private ScoringProfile? Committed() => unitOfWork.Store.Read(unitOfWork.Workspace, s => s.ScoringProfile);

    private void Check(ScoringProfile? stored, long? expected)
    {
        if (stored?.Version != expected)
        {
            throw new ConcurrencyConflictException(nameof(ScoringProfile), unitOfWork.Workspace.ToString(), expected ?? 0, stored?.Version);
        }
    }
}
