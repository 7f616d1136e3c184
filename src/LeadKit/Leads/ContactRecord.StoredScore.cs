using System;
using LeadKit.Scoring;

namespace LeadKit.Leads;

/// <content>The stored score: the last automatic result, kept on the record so stores can filter, sort and report by it.</content>
public abstract partial class ContactRecord
{
    /// <summary>
    /// Gets the automatic score last computed for the record (by a re-score, see
    /// <c>ProfileRescorer</c>), or <see langword="null"/> when it has never been scored. It is a
    /// snapshot: checking a criterion does not change it until the record is re-scored.
    /// </summary>
    public StoredScore? Score { get; private set; }

    /// <summary>
    /// Gets the displayed stars, as the filter language's <c>stars</c> field sees them: the manual
    /// stars (capped at the stored score's most stars, 5 when never scored) for a manual score, the
    /// stored automatic stars otherwise (0 when never scored).
    /// </summary>
    public int Stars => DisplayedStars.Of(ScoreType, ManualStars, Score?.AutomaticStars ?? 0, Score?.MaxStars ?? ScoringProfile.DefaultMaxStars);

    /// <summary>
    /// Stores the automatic score computed for the record (what a re-score does). It does not touch the
    /// score type or the manual stars.
    /// </summary>
    /// <param name="score">The score, or <see langword="null"/> to forget it.</param>
    /// <returns>Whether the stored score changed (a re-score saves only the records for which it did).</returns>
    public bool SetStoredScore(StoredScore? score)
    {
        if (Equals(Score, score))
        {
            return false;
        }

        Score = score;
        return true;
    }
}
