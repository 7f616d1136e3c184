using System.Collections.Generic;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// Scores records against a profile: a pure function of (record, profile, <c>asOf</c>, history).
/// <see cref="LeadScorer"/> is LeadKit's implementation; <c>LeadKit.Testing</c>'s law kit checks any
/// implementation against the scoring laws.
/// </summary>
public interface ILeadScorer
{
    /// <summary>Scores a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="profile">The criteria.</param>
    /// <param name="asOf">The instant to score for (validity periods and history windows end here).</param>
    /// <param name="history">The record's history entries, for history conditions: a list of <see cref="History.HistoryItem"/>s or of your own <see cref="IHistoryEntry"/>s; none when <see langword="null"/>.</param>
    /// <returns>The score.</returns>
    LeadScore Score(IScorableRecord record, ScoringProfile profile, Instant asOf, IReadOnlyList<IHistoryEntry>? history = null);

    /// <summary>Scores a record and explains every criterion.</summary>
    /// <param name="record">The record.</param>
    /// <param name="profile">The criteria.</param>
    /// <param name="asOf">The instant to score for.</param>
    /// <param name="history">The record's history entries (<see cref="History.HistoryItem"/>s or your own <see cref="IHistoryEntry"/>s); none when <see langword="null"/>.</param>
    /// <returns>The score and its explanation.</returns>
    ScoreExplanation Explain(IScorableRecord record, ScoringProfile profile, Instant asOf, IReadOnlyList<IHistoryEntry>? history = null);
}
