using System;
using System.Collections.Generic;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// LeadKit's scoring engine: a pure function of (record, profile, <c>asOf</c>, history) that follows
/// docs/scoring.md — M is the points of the met criteria (checked and still valid, or whose rule holds),
/// W the points of all criteria, the points are the sum of the contributions
/// (<see cref="IScoreAggregation"/>, by default M − (W − M)), the percent is 100·M/W exactly, and the
/// stars come from the <see cref="IStarMapping"/> (by default MaxStars·M/W rounded half up). A manual
/// score shows the manual stars, and the automatic result is still computed. Immutable and
/// thread-safe; <see cref="Compile"/> gives the allocation-free fast path for many records.
/// </summary>
public sealed class LeadScorer : ILeadScorer
{
    /// <summary>Creates an engine.</summary>
    /// <param name="aggregation">How criteria contribute to the points; <see cref="StandardAggregation"/> when <see langword="null"/>.</param>
    /// <param name="starMapping">How the result becomes stars; <see cref="StandardStarMapping"/> when <see langword="null"/>.</param>
    public LeadScorer(IScoreAggregation? aggregation = null, IStarMapping? starMapping = null)
    {
        Aggregation = aggregation ?? StandardAggregation.Instance;
        StarMapping = starMapping ?? StandardStarMapping.Instance;
    }

    /// <summary>Gets the engine with the standard formula (docs/scoring.md).</summary>
    public static LeadScorer Default { get; } = new();

    /// <summary>Gets how criteria contribute to the points.</summary>
    public IScoreAggregation Aggregation { get; }

    /// <summary>Gets how the result becomes stars.</summary>
    public IStarMapping StarMapping { get; }

    /// <inheritdoc />
    /// <exception cref="ScoringException">A rule failed, or a manual score has no star count.</exception>
    public LeadScore Score(IScorableRecord record, ScoringProfile profile, Instant asOf, IReadOnlyList<IHistoryEntry>? history = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(profile);
        ScoringContext? context = null;
        int met = 0, total = 0, points = 0;
        foreach (var evaluator in profile.Evaluators)
        {
            var isMet = evaluator.IsMet(record, asOf, history, ref context);
            total += evaluator.Points;
            met += isMet ? evaluator.Points : 0;
            points += Aggregation.Contribution(evaluator.Criterion.Weight, evaluator.Points, isMet);
        }

        return Result(record, profile, met, total, points);
    }

    /// <inheritdoc />
    /// <exception cref="ScoringException">A rule failed, or a manual score has no star count.</exception>
    public ScoreExplanation Explain(IScorableRecord record, ScoringProfile profile, Instant asOf, IReadOnlyList<IHistoryEntry>? history = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var context = new ScoringContext(record, asOf, history);
        var lines = new CriterionExplanation[profile.Criteria.Length];
        int met = 0, total = 0, points = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = profile.Evaluators[i].Explain(context, Aggregation);
            lines[i] = line;
            total += line.Points;
            met += line.Met ? line.Points : 0;
            points += line.Contribution;
        }

        return new ScoreExplanation(Result(record, profile, met, total, points), lines, profile.Version, asOf);
    }

    /// <summary>
    /// Compiles a profile for the fast path: criterion states as bit masks (bit <c>i</c> = criterion
    /// <c>i</c> of the profile is met) and scores computed from precomputed tables, without allocating.
    /// Compile once per profile version and reuse it (it is immutable and thread-safe).
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The compiled profile.</returns>
    /// <exception cref="ScoringException">The star mapping returns stars outside 0..MaxStars.</exception>
    public CompiledProfile Compile(ScoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new CompiledProfile(this, profile);
    }

    /// <summary>Returns <c>LeadScorer (aggregation; star mapping)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"LeadScorer ({Aggregation}; {StarMapping})";

    /// <summary>Builds the score of a record from its automatic totals.</summary>
    internal LeadScore Result(IScorableRecord record, ScoringProfile profile, int met, int total, int points)
    {
        if (record.ScoreType == ScoreType.Manual && record.ManualStars is null)
        {
            throw new ScoringException($"The record ({record.GetType().Name}) has a manual score without a star count.");
        }

        return new LeadScore(StarMapping.ToStars(met, total, profile.MaxStars), points, met, total, profile.MaxStars, record.ScoreType, record.ManualStars);
    }
}
