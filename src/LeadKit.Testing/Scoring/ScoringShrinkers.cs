using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Querying;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Testing;

/// <summary>Shrinkers of the scoring types: every candidate is valid and simpler (fewer criteria, lighter weights, plainer rules, fewer checks).</summary>
internal static class ScoringShrinkers
{
    internal static IEnumerable<Weight> Weight(Weight weight) => weight switch
    {
        Scoring.Weight.High => [Scoring.Weight.Low, Scoring.Weight.Normal],
        Scoring.Weight.Normal => [Scoring.Weight.Low],
        _ => [],
    };

    internal static IEnumerable<WeightScale> WeightScale(WeightScale scale)
    {
        if (scale.Equals(Scoring.WeightScale.Default))
        {
            yield break;
        }

        yield return Scoring.WeightScale.Default;
        if (scale.Low != 1 || scale.Normal != 1 || scale.High != 1)
        {
            yield return new WeightScale(1, 1, 1);
        }

        if (scale.High > 3)
        {
            yield return new WeightScale(Math.Max(1, scale.Low / 2), Math.Max(1, scale.Normal / 2), Math.Max(1, scale.High / 2));
        }
    }

    internal static IEnumerable<ScoringRule> Rule(ScoringRule rule)
    {
        switch (rule)
        {
            case AndRule and:
                foreach (var operand in and.Operands)
                {
                    yield return operand;
                }

                break;
            case OrRule or:
                foreach (var operand in or.Operands)
                {
                    yield return operand;
                }

                break;
            case FilterRule { Filter: AndFilter filters }:
                foreach (var operand in filters.Operands)
                {
                    yield return ScoringRule.FromFilter(operand);
                }

                break;
            case FilterRule { Filter: OrFilter filters }:
                foreach (var operand in filters.Operands)
                {
                    yield return ScoringRule.FromFilter(operand);
                }

                break;
            case FilterRule { Filter: NotFilter not }:
                yield return ScoringRule.FromFilter(not.Operand);
                break;
            case HistoryRule { Window: { } window } history when window > Duration.FromDays(1):
                yield return ScoringRule.HistoryIsNotEmpty(history.Kind);
                break;
        }
    }

    internal static IEnumerable<ScoringCriterion> Criterion(ScoringCriterion criterion)
    {
        // Descriptions are left alone: no law depends on them, and a counterexample reads better with yours.
        var candidates = new List<Func<ScoringCriterion>>();
        if (criterion.Rule is not null)
        {
            candidates.Add(() => criterion.WithRule(null));
            if (criterion.Rule is ScoringRule rule)
            {
                candidates.AddRange(Rule(rule).Select(simpler => (Func<ScoringCriterion>)(() => criterion.WithRule(simpler))));
            }
        }

        if (criterion.Validity is not null)
        {
            candidates.Add(() => criterion.WithValidity(null));
        }

        candidates.AddRange(Weight(criterion.Weight).Select(w => (Func<ScoringCriterion>)(() => criterion.WithWeight(w))));
        return Shrinking.Valid(candidates);
    }

    internal static IEnumerable<ScoringProfile> Profile(ScoringProfile profile)
    {
        var criteria = profile.Criteria;
        var candidates = new List<Func<ScoringProfile>>();
        if (criteria.Length > 1)
        {
            candidates.Add(() => new ScoringProfile(criteria.Take(criteria.Length / 2), profile.Scale, profile.MaxStars, profile.Version));
        }

        for (var i = 0; i < criteria.Length; i++)
        {
            var index = i;
            candidates.Add(() => new ScoringProfile(criteria.RemoveAt(index), profile.Scale, profile.MaxStars, profile.Version));
        }

        for (var i = 0; i < criteria.Length; i++)
        {
            var index = i;
            candidates.AddRange(Criterion(criteria[i]).Select(simpler =>
                (Func<ScoringProfile>)(() => new ScoringProfile(criteria.SetItem(index, simpler), profile.Scale, profile.MaxStars, profile.Version))));
        }

        candidates.AddRange(WeightScale(profile.Scale).Select(scale => (Func<ScoringProfile>)(() => new ScoringProfile(criteria, scale, profile.MaxStars, profile.Version))));
        if (profile.MaxStars != ScoringProfile.DefaultMaxStars)
        {
            candidates.Add(() => new ScoringProfile(criteria, profile.Scale, ScoringProfile.DefaultMaxStars, profile.Version));
        }

        if (profile.Version != 1)
        {
            candidates.Add(() => new ScoringProfile(criteria, profile.Scale, profile.MaxStars, 1));
        }

        return Shrinking.Valid(candidates);
    }

    internal static IEnumerable<CriterionStates> States(CriterionStates states)
    {
        if (states.Count == 0)
        {
            yield break;
        }

        yield return CriterionStates.Empty;
        if (states.Count > 1)
        {
            foreach (var id in states.Keys)
            {
                yield return states.Uncheck(id);
            }
        }
    }

    internal static IEnumerable<ScoringCase> Case(ScoringCase scoringCase)
    {
        var lead = scoringCase.Sketch;
        foreach (var profile in Profile(scoringCase.Profile))
        {
            // Checks of removed criteria would be ignored anyway; dropping them keeps the counterexample short.
            var stale = lead.Checks.Keys.Where(id => scoringCase.Profile.Contains(id) && !profile.Contains(id)).ToList();
            var checks = stale.Aggregate(lead.Checks, (states, id) => states.Uncheck(id));
            yield return scoringCase.With(profile: profile, lead: lead with { Checks = checks });
        }

        // A host record has its own fields: the lead's would change nothing, so only its state shrinks.
        foreach (var simpler in lead.Shrink(fields: scoringCase.HostRecord is null))
        {
            yield return scoringCase.With(lead: simpler);
        }

        if (scoringCase is { HostRecord: { } host, Hosts: { } hosts })
        {
            foreach (var smaller in hosts.Shrink(host))
            {
                yield return scoringCase.With(hostRecord: smaller);
            }
        }

        var history = scoringCase.History;
        if (history.Count > 0)
        {
            yield return scoringCase.With(history: []);
            for (var i = 0; i < history.Count && history.Count > 1; i++)
            {
                var index = i;
                yield return scoringCase.With(history: [.. history.Where((_, k) => k != index)]);
            }
        }

        if (scoringCase.Pick != 0)
        {
            yield return scoringCase.With(pick: scoringCase.PickedIndex == scoringCase.Pick ? 0 : scoringCase.PickedIndex);
        }

        if (scoringCase.Factor != 2)
        {
            yield return scoringCase.With(factor: 2);
        }

        if (scoringCase.Shift != Duration.Zero)
        {
            yield return scoringCase.With(shift: Duration.Zero);
            var wholeDays = Duration.FromDays(scoringCase.Shift.Days);
            if (wholeDays != scoringCase.Shift && wholeDays != Duration.Zero)
            {
                yield return scoringCase.With(shift: wholeDays);
            }

            if (scoringCase.Shift > Duration.FromDays(2))
            {
                yield return scoringCase.With(shift: Duration.FromDays(scoringCase.Shift.Days / 2));
            }
        }

        if (scoringCase.Order != 0)
        {
            yield return scoringCase.With(order: 0);
        }

        if (scoringCase.ManualStars != 0)
        {
            yield return scoringCase.With(manualStars: 0);
        }
    }
}
