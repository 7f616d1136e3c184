using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using LeadKit.Querying;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Benchmarks;

/// <summary>
/// Scoring 1 000 000 records against a profile of 10 check-box criteria (default weights, three
/// with a validity period). The baseline is the hand-written loop the fast path must keep up
/// with: a branch-free pass over a bit mask and an array of weights, then the star formula. The
/// fast path (<see cref="CompiledProfile.ScoreStars(ReadOnlySpan{ulong}, Span{byte})"/>) must stay
/// within 1.5× of it and allocate nothing; the other methods show what building masks from records,
/// scoring records one by one and explaining them cost.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private static readonly Instant AsOf = Instant.FromUtc(2026, 11, 27, 9, 0);

    private ScoringProfile _profile = ScoringProfile.Empty;
    private CompiledProfile _compiled = LeadScorer.Default.Compile(ScoringProfile.Empty);
    private int[] _weights = [];
    private int _total;
    private ulong[] _masks = [];
    private byte[] _stars = [];
    private ScoredRecord[] _records = [];

    [Params(1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var weights = new[] { Weight.High, Weight.High, Weight.Normal, Weight.Normal, Weight.Normal, Weight.Low, Weight.Low, Weight.Low, Weight.Normal, Weight.High };
        _profile = new ScoringProfile(weights.Select((w, i) => new ScoringCriterion(
            new CriterionId($"criterion-{i}"),
            $"Criterion {i}",
            w,
            validity: i % 4 == 3 ? Duration.FromDays(90) : null)));
        _compiled = LeadScorer.Default.Compile(_profile);
        _weights = [.. weights.Select(_profile.Scale.PointsOf)];
        _total = _weights.Sum();

        // The same random criterion states in every run: each criterion checked with probability 1/2,
        // up to 180 days before asOf (so about half the checks of criteria with a validity period expire).
        var random = new Random(20261127);
        _records = new ScoredRecord[Count];
        _masks = new ulong[Count];
        _stars = new byte[Count];
        for (var r = 0; r < Count; r++)
        {
            var checks = new List<KeyValuePair<CriterionId, Instant>>();
            for (var i = 0; i < weights.Length; i++)
            {
                if (random.Next(2) == 1)
                {
                    checks.Add(KeyValuePair.Create(_profile.Criteria[i].Id, AsOf - Duration.FromHours(random.Next(180 * 24))));
                }
            }

            _records[r] = new ScoredRecord(CriterionStates.From(checks));
            _masks[r] = _compiled.MaskOf(_records[r], AsOf);
        }
    }

    /// <summary>The reference: a plain loop over the weights and the bits of each mask, then round-half-up stars.</summary>
    [Benchmark(Baseline = true)]
    public byte[] PlainLoop()
    {
        var weights = _weights;
        var total = _total;
        var masks = _masks;
        var stars = _stars;
        for (var r = 0; r < masks.Length; r++)
        {
            var mask = masks[r];
            var met = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                met += (int)((mask >> i) & 1) * weights[i];
            }

            stars[r] = (byte)(((2 * 5 * met) + total) / (2 * total));
        }

        return stars;
    }

    /// <summary>LeadKit's fast path: the compiled profile scores the batch of masks.</summary>
    [Benchmark]
    public byte[] FastPath()
    {
        _compiled.ScoreStars(_masks, _stars);
        return _stars;
    }

    /// <summary>From records to stars: each record's checks become a mask at asOf (validity applied), then the batch is scored.</summary>
    [Benchmark]
    public byte[] MaskOfRecordsThenFastPath()
    {
        var masks = _masks;
        for (var r = 0; r < _records.Length; r++)
        {
            masks[r] = _compiled.MaskOf(_records[r], AsOf);
        }

        _compiled.ScoreStars(masks, _stars);
        return _stars;
    }

    /// <summary>The engine, one record at a time: a full <see cref="LeadScore"/> per record.</summary>
    [Benchmark]
    public int ScoreEach()
    {
        var sum = 0;
        foreach (var record in _records)
        {
            sum += LeadScorer.Default.Score(record, _profile, AsOf).Stars;
        }

        return sum;
    }

    /// <summary>The explained path: a <see cref="ScoreExplanation"/> (one line per criterion) per record.</summary>
    [Benchmark]
    public int ExplainEach()
    {
        var sum = 0;
        foreach (var record in _records)
        {
            sum += LeadScorer.Default.Explain(record, _profile, AsOf).Score.Stars;
        }

        return sum;
    }

    /// <summary>A host's own scorable record: just the criterion states.</summary>
    private sealed class ScoredRecord(CriterionStates checks) : IScorableRecord
    {
        public ScoreType ScoreType => ScoreType.Automatic;

        public int? ManualStars => null;

        public IReadOnlyDictionary<CriterionId, Instant> CriterionChecks { get; } = checks;

        public IRecordFields? Fields => null;
    }
}
