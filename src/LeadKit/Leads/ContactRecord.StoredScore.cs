using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Leads;

/// <content>The stored score: the last automatic result, kept on the record so stores can filter, sort and report by it.</content>
public abstract partial class ContactRecord
{
    /// <summary>
    /// Gets the automatic score last computed for the record (by a re-score or by an operation's
    /// rescorer, see <c>ProfileRescorer</c>), or <see langword="null"/> when it has never been scored.
    /// It is a snapshot: checking a criterion does not change it until the record is re-scored; whether
    /// it still holds is <see cref="IsScoreStale"/>.
    /// </summary>
    public StoredScore? Score { get; private set; }

    /// <summary>
    /// Gets the displayed stars, as the filter language's <c>stars</c> field sees them and as
    /// <see cref="LeadScore.Stars"/> gives them: the manual stars (capped at the stored score's most
    /// stars, 5 when never scored) for a manual score, the stored automatic stars otherwise (0 when
    /// never scored). Stores write this value; they never compute it themselves.
    /// </summary>
    public int Stars => DisplayedStars.Of(ScoreType, ManualStars, Score?.AutomaticStars ?? 0, Score?.MaxStars ?? ScoringProfile.DefaultMaxStars);

    /// <summary>
    /// Stores the automatic score computed for the record (what a re-score does). It does not touch the
    /// score type or the manual stars. Stores in other assemblies reach it through
    /// <see cref="Storage.StoreRecords.SetStoredScore"/>.
    /// </summary>
    /// <param name="score">The score, or <see langword="null"/> to forget it.</param>
    /// <returns>Whether the stored score changed (a re-score saves only the records for which it did).</returns>
    internal bool SetStoredScore(StoredScore? score)
    {
        if (Equals(Score, score))
        {
            return false;
        }

        Score = score;
        return true;
    }

    /// <summary>
    /// Returns whether the stored score no longer describes the record: never scored, scored with
    /// another profile version, the record saved since (its <see cref="Version"/> is not the score's
    /// <see cref="StoredScore.RecordVersion"/>), or a check it counts has lapsed by <paramref name="asOf"/>.
    /// Stores answer the same question in their stale-score queries
    /// (<see cref="Storage.IRecordRepository{TRecord, TId}.ListStaleScoresAsync"/>).
    /// </summary>
    /// <param name="profileVersion">The version of the workspace's profile.</param>
    /// <param name="asOf">The instant to judge lapsed checks at.</param>
    /// <returns>Whether the record needs a re-score.</returns>
    public bool IsScoreStale(long profileVersion, Instant asOf) =>
        Score is not { ProfileVersion: { } scoredWith, RecordVersion: { } scoredVersion } score
        || scoredWith != profileVersion
        || scoredVersion != Version
        || (score.ExpiresAt is { } expires && expires < asOf);
}
