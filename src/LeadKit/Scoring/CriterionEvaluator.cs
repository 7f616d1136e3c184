using System;
using System.Collections.Generic;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>One criterion ready to evaluate: its points, and the one place "is it met?" is decided (engine, explanations and fast path alike).</summary>
internal sealed class CriterionEvaluator(ScoringCriterion criterion, int points)
{
    /// <summary>Gets the criterion.</summary>
    public ScoringCriterion Criterion { get; } = criterion;

    /// <summary>Gets the points its weight is worth.</summary>
    public int Points { get; } = points;

    /// <summary>
    /// Decides whether the criterion is met — by its rule, or by a check still valid at <c>asOf</c> — creating the rules' context only when a rule needs it
    /// (so check boxes are decided without allocating).
    /// </summary>
    public bool IsMet(IScorableRecord record, Instant asOf, IReadOnlyList<IHistoryEntry>? history, ref ScoringContext? context) =>
        Criterion.Rule is { } rule
            ? RuleHolds(rule, context ??= new ScoringContext(record, asOf, history))
            : IsValidCheck(record, asOf, out _);

    /// <summary>Whether the record has a check of the criterion that counts at <paramref name="asOf"/> (a check-box criterion).</summary>
    public bool IsValidCheck(IScorableRecord record, Instant asOf, out Instant? checkedAt)
    {
        if (!record.CriterionChecks.TryGetValue(Criterion.Id, out var at))
        {
            checkedAt = null;
            return false;
        }

        checkedAt = at;

        // "A check older than the validity period no longer counts": exactly that old still counts.
        return Criterion.Validity is not { } validity || asOf - at <= validity;
    }

    /// <summary>Explains the criterion: met or not, why, and its contribution.</summary>
    public CriterionExplanation Explain(ScoringContext context, IScoreAggregation aggregation)
    {
        if (Criterion.Rule is { } rule)
        {
            var outcome = Guard(rule, () => rule.Evaluate(context));
            return Line(outcome.Holds, outcome.Holds ? CriterionReason.RuleMatched : CriterionReason.RuleNotMatched, aggregation, evidence: outcome.Evidence);
        }

        if (IsValidCheck(context.Record, context.AsOf, out var checkedAt))
        {
            return Line(true, CriterionReason.Checked, aggregation, checkedAt);
        }

        return checkedAt is { } at
            ? Line(false, CriterionReason.Expired, aggregation, at, at + Criterion.Validity!.Value)
            : Line(false, CriterionReason.Unchecked, aggregation);
    }

    private bool RuleHolds(IScoringRule rule, ScoringContext context) => Guard(rule, () => rule.IsSatisfiedBy(context));

    private CriterionExplanation Line(bool met, CriterionReason reason, IScoreAggregation aggregation, Instant? checkedAt = null, Instant? expiredAt = null, string? evidence = null) =>
        new(Criterion.Id, Criterion.Description, Criterion.Weight, Points, met, reason, aggregation.Contribution(Criterion.Weight, Points, met), checkedAt, expiredAt, evidence);

    private T Guard<T>(IScoringRule rule, Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (ScoringException ex) when (ex.Criterion is null)
        {
            throw new ScoringException($"Criterion '{Criterion.Id}' ({rule}): {ex.Message}", Criterion.Id, ex);
        }
        catch (Exception ex) when (ex is not ScoringException and not OutOfMemoryException)
        {
            throw new ScoringException($"Criterion '{Criterion.Id}': its rule {rule} failed: {ex.Message}", Criterion.Id, ex);
        }
    }
}
