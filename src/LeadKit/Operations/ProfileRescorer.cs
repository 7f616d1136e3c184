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
/// (<see cref="ContactRecord.Score"/>), with its provenance (profile version, <c>asOf</c>,
/// record version, expiry): the <see cref="IRecordRescorer"/> that operations call after changing
/// records and before saving them, and the per-page step of <see cref="ScoringProfiles.RescoreAsync"/>
/// (<see cref="ScoreRecordsAsync"/>). Every record is scored, Manual ones too (their displayed stars
/// follow the profile's most stars). With <see cref="LeadScorer"/> the records go through the
/// profile compiled once per profile (<see cref="CompiledProfile"/>), and the history of a whole batch
/// is read in one query, only when a criterion's rule may need it.
/// </summary>
public sealed class ProfileRescorer : IRecordRescorer
{
    // The last profile compiled: re-scores score page after page with the same profile.
    private CompiledProfile? _compiled;

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
    /// <remarks>
    /// The records are about to be saved, so each score is stamped with the version the save gives the
    /// record (its version + 1): a record saved this way is not stale afterwards.
    /// </remarks>
    public async Task RescoreAsync(IUnitOfWork unitOfWork, IReadOnlyList<ContactRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(records);
        var profile = await unitOfWork.ScoringProfiles.GetAsync(cancellationToken).ConfigureAwait(false) ?? ScoringProfile.Empty;
        await ScoreAsync(unitOfWork, profile, Clock.GetCurrentInstant(), records, beforeSave: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Scores records with a given profile and stores each result on its record, stamped with the
    /// record's current version (for a score-only write, which keeps the version). A record whose
    /// stored score is current (<see cref="ContactRecord.IsScoreStale"/> is false) and gives the same
    /// result keeps it untouched.
    /// </summary>
    /// <param name="unitOfWork">The unit of work to read history through (one query for all the records).</param>
    /// <param name="profile">The profile.</param>
    /// <param name="asOf">The instant to score for.</param>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The records whose stored score changed.</returns>
    public Task<IReadOnlyList<ContactRecord>> ScoreRecordsAsync(IUnitOfWork unitOfWork, ScoringProfile profile, Instant asOf, IReadOnlyList<ContactRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(records);
        return ScoreAsync(unitOfWork, profile, asOf, records, beforeSave: false, cancellationToken);
    }

    private async Task<IReadOnlyList<ContactRecord>> ScoreAsync(IUnitOfWork unitOfWork, ScoringProfile profile, Instant asOf, IReadOnlyList<ContactRecord> records, bool beforeSave, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<RecordReference, IReadOnlyList<HistoryItem>>? history = null;
        if (records.Count > 0 && NeedsHistory(profile))
        {
            history = await unitOfWork.History.ListForManyAsync([.. records.Select(r => r.Reference)], cancellationToken).ConfigureAwait(false);
        }

        var compiled = Compiled(profile);
        var changed = new List<ContactRecord>();
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = history is not null && history.TryGetValue(record.Reference, out var list) ? list : null;
            var result = Result(compiled, profile, record, asOf, items, out var expiresAt);
            if (!beforeSave && !record.IsScoreStale(profile.Version, asOf) && record.Score!.HasSameResult(result))
            {
                // Current and unchanged: no write (a re-score of an unchanged workspace writes nothing).
                continue;
            }

            var score = new StoredScore(result.AutomaticStars, result.Points, result.Met, result.Total, result.MaxStars, profile.Version, asOf, beforeSave ? record.Version + 1 : record.Version, expiresAt);
            if (record.SetStoredScore(score))
            {
                changed.Add(record);
            }
        }

        return changed;
    }

    private CompiledProfile? Compiled(ScoringProfile profile)
    {
        if (Scorer is not LeadScorer engine)
        {
            return null;
        }

        var compiled = _compiled;
        if (compiled is null || !ReferenceEquals(compiled.Profile, profile))
        {
            compiled = engine.Compile(profile);
            _compiled = compiled;
        }

        return compiled;
    }

    /// <summary>The automatic result of one record, and the instant the first check it counts lapses.</summary>
    private StoredScore Result(CompiledProfile? compiled, ScoringProfile profile, ContactRecord record, Instant asOf, IReadOnlyList<HistoryItem>? history, out Instant? expiresAt)
    {
        if (compiled is not null)
        {
            var mask = compiled.Mask(record, asOf, history, out expiresAt);
            return new StoredScore(compiled.Stars(mask), compiled.Points(mask), compiled.Met(mask), compiled.Total, compiled.MaxStars);
        }

        var result = StoredScore.From(Scorer.Score(record, profile, asOf, history));
        expiresAt = null;
        var checks = ((IScorableRecord)record).CriterionChecks;
        foreach (var criterion in profile.Criteria)
        {
            if (criterion.Rule is null && criterion.Validity is { } validity && checks.TryGetValue(criterion.Id, out var at) && asOf - at <= validity)
            {
                var lapses = at + validity;
                if (expiresAt is not { } soonest || lapses < soonest)
                {
                    expiresAt = lapses;
                }
            }
        }

        return result;
    }
}
