using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Operations;

/// <summary>
/// Stores on each record the score the workspace's profile gives it now
/// (<see cref="ContactRecord.SetStoredScore"/>): the <see cref="IRecordRescorer"/> that operations
/// call after changing records, and the per-record step of <see cref="ScoringProfiles.RescoreAsync"/> (<see cref="ScoreRecordsAsync"/>).
/// The profile is read through the unit of work (<see cref="ScoringProfile.Empty"/> when none is
/// stored); a record's history is read only when a criterion's rule may need it.
/// </summary>
public sealed class ProfileRescorer : IRecordRescorer
{
    /// <summary>Creates a rescorer.</summary>
    /// <param name="clock">The clock that gives the <c>asOf</c> instant.</param>
    /// <param name="scorer">The engine; <see cref="LeadScorer.Default"/> when <see langword="null"/>.</param>
    public ProfileRescorer(IClock clock, ILeadScorer? scorer = null)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Scorer = scorer ?? LeadScorer.Default;
    }

    /// <summary>Gets the clock that gives the <c>asOf</c> instant.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the engine.</summary>
    public ILeadScorer Scorer { get; }

    /// <summary>Returns whether scoring with a profile may read records' history (a criterion has a rule that is not a plain field condition).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Whether history must be loaded.</returns>
    public static bool NeedsHistory(ScoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Criteria.Any(c => c.Rule is not null and not FilterRule);
    }

    /// <inheritdoc />
    public async Task RescoreAsync(IUnitOfWork unitOfWork, IReadOnlyList<ContactRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(records);
        var profile = await unitOfWork.ScoringProfiles.GetAsync(cancellationToken).ConfigureAwait(false) ?? ScoringProfile.Empty;
        await ScoreRecordsAsync(unitOfWork, profile, Clock.GetCurrentInstant(), records, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Scores records with a given profile and stores each result on its record.</summary>
    /// <param name="unitOfWork">The unit of work to read history through.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="asOf">The instant to score for.</param>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The records whose stored score changed.</returns>
    public async Task<IReadOnlyList<ContactRecord>> ScoreRecordsAsync(IUnitOfWork unitOfWork, ScoringProfile profile, Instant asOf, IReadOnlyList<ContactRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(records);

        // One history read for the whole batch, not one per record.
        var history = NeedsHistory(profile)
            ? await unitOfWork.History.ListForManyAsync([.. records.Select(r => r.Reference)], cancellationToken).ConfigureAwait(false)
            : null;
        var changed = new List<ContactRecord>();
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = history?[record.Reference];
            if (record.SetStoredScore(StoredScore.From(Scorer.Score(record, profile, asOf, items))))
            {
                changed.Add(record);
            }
        }

        return changed;
    }
}
