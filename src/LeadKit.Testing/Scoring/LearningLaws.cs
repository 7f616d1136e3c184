using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.Scoring;

namespace LeadKit.Testing;

/// <summary>
/// The law kit of weight learning: checks the laws of <see cref="LearningLaw"/> for
/// <see cref="ConversionEvidence"/> under your <see cref="WeightLearningOptions"/> (thresholds, minimums) on
/// generated profiles and sets of closed records, shrinking any failure. <see cref="Property"/> gives an FsCheck
/// property for <c>[Property]</c> tests (which print the seed that replays a failure); <see cref="Check"/> runs
/// every law and throws.
/// </summary>
public static class LearningLaws
{
    /// <summary>Gets every law, in order.</summary>
    public static IReadOnlyList<LearningLaw> All { get; } = Enum.GetValues<LearningLaw>();

    /// <summary>Checks every law on 200 cases each; throws the first failure with FsCheck's report (counterexample and replay seed).</summary>
    /// <param name="options">The options to learn with; <see cref="WeightLearningOptions.Default"/> with a minimum of 1 closed record when null, so small cases are judged too.</param>
    public static void Check(WeightLearningOptions? options = null)
    {
        foreach (var law in All)
        {
            Property(law, options).QuickCheckThrowOnFailure();
        }
    }

    /// <summary>Gives one law as an FsCheck property.</summary>
    /// <param name="law">The law.</param>
    /// <param name="options">The options to learn with; <see cref="WeightLearningOptions.Default"/> with a minimum of 1 closed record when null.</param>
    /// <returns>The property.</returns>
    public static Property Property(LearningLaw law, WeightLearningOptions? options = null)
    {
        var used = options ?? WeightLearningOptions.Default with { MinimumClosed = 1 };
        return law switch
        {
            LearningLaw.OrderIndependence => Prop.ForAll(Cases(withOrder: true), c => OrderIndependent(c, used)),
            LearningLaw.CountsAddUp => Prop.ForAll(Cases(withOrder: false), CountsAddUp),
            LearningLaw.EvidenceMonotonicity => Prop.ForAll(Cases(withOrder: false), c => Monotone(c, used)),
            LearningLaw.LikelihoodBounds => Prop.ForAll(Cases(withOrder: false), LikelihoodBounded),
            _ => throw new ArgumentOutOfRangeException(nameof(law), law, "Unknown law."),
        };
    }

    private static bool OrderIndependent(LearningCase c, WeightLearningOptions options)
    {
        var evidence = ConversionEvidence.From(c.Profile, c.Records);
        var reordered = ConversionEvidence.From(c.Profile, c.Order.Select(i => c.Records[i]));
        return evidence.Closed == reordered.Closed
            && evidence.Converted == reordered.Converted
            && evidence.Criteria.SequenceEqual(reordered.Criteria)
            && Equals(Suggest(evidence, options), Suggest(reordered, options))
            && evidence.Likelihood(c.Probe) == reordered.Likelihood(c.Probe);
    }

    private static bool CountsAddUp(LearningCase c)
    {
        var evidence = ConversionEvidence.From(c.Profile, c.Records);
        return evidence.Closed == c.Records.Count
            && evidence.Converted == c.Records.Count(r => r.Converted)
            && evidence.Criteria.All(e => e.Met + e.Unmet == evidence.Closed && e.MetConverted + e.UnmetConverted == evidence.Converted)
            && evidence.Criteria.Select((e, i) => e.Met == c.Records.Count(r => r.Met.Contains(c.Profile.Criteria[i].Id))).All(x => x);
    }

    private static Property Monotone(LearningCase c, WeightLearningOptions options)
    {
        var before = ConversionEvidence.From(c.Profile, c.Records);
        var results = new List<bool>();
        for (var i = 0; i < c.Profile.Criteria.Length; i++)
        {
            var id = c.Profile.Criteria[i].Id;
            var won = ConversionEvidence.From(c.Profile, c.Records.Append(new ClosedRecord([id], converted: true)));
            var lost = ConversionEvidence.From(c.Profile, c.Records.Append(new ClosedRecord([id], converted: false)));
            results.Add(won.Criteria[i].OddsRatio >= before.Criteria[i].OddsRatio && lost.Criteria[i].OddsRatio <= before.Criteria[i].OddsRatio);
            var (b, w, l) = (WeightOf(before, options, i), WeightOf(won, options, i), WeightOf(lost, options, i));
            results.Add(b is null || w is null || w >= b);
            results.Add(b is null || l is null || l <= b);
        }

        return results.All(x => x).Label($"records: {c.Records.Count}");
    }

    private static bool LikelihoodBounded(LearningCase c)
    {
        var evidence = ConversionEvidence.From(c.Profile, c.Records);
        var likelihood = evidence.Likelihood(c.Probe);
        if (!(likelihood.Probability > 0 && likelihood.Probability < 1 && likelihood.Factors.Length == c.Profile.Criteria.Length))
        {
            return false;
        }

        for (var i = 0; i < c.Profile.Criteria.Length; i++)
        {
            var e = evidence.Criteria[i];
            var id = c.Profile.Criteria[i].Id;
            var metShare = (e.MetConverted + 0.5) / (e.MetNotConverted + 0.5);
            var unmetShare = (e.UnmetConverted + 0.5) / (e.UnmetNotConverted + 0.5);
            var without = evidence.Likelihood(c.Probe.Where(p => p != id)).Probability;
            var with = evidence.Likelihood(c.Probe.Append(id)).Probability;
            if (metShare > unmetShare && with < without)
            {
                return false;
            }
        }

        return true;
    }

    private static Weight? WeightOf(ConversionEvidence evidence, WeightLearningOptions options, int index) =>
        Suggest(evidence, options) is { } s ? s.Criteria[index].Suggested : null;

    private static WeightSuggestions? Suggest(ConversionEvidence evidence, WeightLearningOptions options)
    {
        try
        {
            return evidence.Suggest(options);
        }
        catch (NotEnoughEvidenceException)
        {
            return null;
        }
    }

    private static Arbitrary<LearningCase> Cases(bool withOrder) =>
        (from count in Gen.Choose(1, 5)
         from weights in Gen.ArrayOf(Gen.Elements(Weight.Low, Weight.Normal, Weight.High), count)
         let profile = new ScoringProfile([.. weights.Select((w, i) => new ScoringCriterion(new CriterionId($"c{i}"), $"Criterion {i}", w))])
         from records in Gen.ListOf(Record(count))
         from probe in Gen.SubListOf(Enumerable.Range(0, count).ToArray())
         from keys in Gen.ArrayOf(Gen.Choose(0, 1_000_000), records.Count)
         select new LearningCase(
             profile,
             [.. records],
             [.. probe.Select(i => new CriterionId($"c{i}"))],
             withOrder ? [.. Enumerable.Range(0, records.Count).OrderBy(i => keys[i])] : []))
        .ToArbitrary();

    private static Gen<ClosedRecord> Record(int criteria) =>
        from met in Gen.SubListOf(Enumerable.Range(0, criteria).ToArray())
        from converted in Gen.Elements(true, false)
        select new ClosedRecord(met.Select(i => new CriterionId($"c{i}")), converted);

    /// <summary>A generated case: a profile, closed records, the criteria a probed record meets, and a reordering of the records.</summary>
    private sealed record LearningCase(ScoringProfile Profile, IReadOnlyList<ClosedRecord> Records, IReadOnlyList<CriterionId> Probe, IReadOnlyList<int> Order)
    {
        public override string ToString() =>
            $"{Records.Count} records over {Profile.Criteria.Length} criteria ({Records.Count(r => r.Converted)} converted); probe meets [{string.Join(", ", Probe)}]";
    }
}
