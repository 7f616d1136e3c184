using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using LeadKit.Scoring;

namespace LeadKit.Benchmarks;

/// <summary>
/// Weight suggestions over 1 000 000 closed records and 10 criteria (2 000 in CI's smoke run), generated once
/// with a fixed seed: each criterion met with its own probability, and conversion more likely the more of
/// the first three are met. LeadKit counts them (<see cref="ConversionEvidence.From"/>) and suggests a weight
/// per criterion (<see cref="ConversionEvidence.Suggest"/>); the baseline is a plain loop over the same
/// records counting the same four cells per criterion, then the same odds ratios.
/// </summary>
[MemoryDiagnoser]
public class LearnedWeightsBenchmarks
{
    private const int Criteria = 10;

    private ScoringProfile _profile = null!;
    private CriterionId[] _ids = [];
    private List<ClosedRecord> _records = [];

    /// <summary>Gets the sizes: 1 000 000 records (2 000 in the smoke run).</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.IsSmokeRun ? [2_000] : [1_000_000];

    /// <summary>Gets or sets how many closed records there are.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ids = [.. Enumerable.Range(0, Criteria).Select(i => new CriterionId($"criterion-{i}"))];
        _profile = new ScoringProfile(_ids.Select((id, i) => new ScoringCriterion(id, $"Criterion {i}", (Weight)(i % 3))));
        var random = new Random(20261204);
        _records = new List<ClosedRecord>(Count);
        for (var r = 0; r < Count; r++)
        {
            var met = _ids.Where((_, i) => random.NextDouble() < 0.1 + (0.07 * i)).ToList();
            var strong = met.Count(id => Array.IndexOf(_ids, id) < 3);
            _records.Add(new ClosedRecord(met, random.NextDouble() < 0.05 + (0.25 * strong)));
        }
    }

    /// <summary>The four cells per criterion counted by hand, then each odds ratio.</summary>
    [Benchmark(Baseline = true, Description = "plain loop: 2x2 counts per criterion, odds ratios")]
    public double CountingLoop()
    {
        var cells = new int[Criteria, 4];
        foreach (var record in _records)
        {
            var column = record.Converted ? 0 : 1;
            for (var i = 0; i < Criteria; i++)
            {
                cells[i, (record.Met.Contains(_ids[i]) ? 0 : 2) + column]++;
            }
        }

        var sum = 0.0;
        for (var i = 0; i < Criteria; i++)
        {
            sum += (cells[i, 0] + 0.5) * (cells[i, 3] + 0.5) / ((cells[i, 1] + 0.5) * (cells[i, 2] + 0.5));
        }

        return sum;
    }

    /// <summary>LeadKit: the evidence, then a suggestion per criterion with its reason.</summary>
    [Benchmark(Description = "ConversionEvidence.From + Suggest")]
    public double Suggest()
    {
        var suggestions = ConversionEvidence.From(_profile, _records).Suggest();
        return suggestions.Criteria.Sum(s => s.Evidence.OddsRatio);
    }
}
