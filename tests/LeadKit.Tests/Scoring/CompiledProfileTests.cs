using FsCheck.Xunit;
using LeadKit.Scoring;
using LeadKit.Testing;
using NodaTime;
using static LeadKit.Tests.LeadScoring.ScoringFixtures;

namespace LeadKit.Tests.LeadScoring;

/// <summary>The fast path: masks and tables give exactly the engine's scores, and batches allocate nothing.</summary>
public sealed class CompiledProfileTests
{
    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool Score_OfTheMask_EqualsTheEngine(ScoringCase c)
    {
        var record = c.CreateRecord();
        var compiled = LeadScorer.Default.Compile(c.Profile);

        var mask = compiled.MaskOf(record, c.AsOf, c.History);

        return compiled.Score(mask, record.ScoreType, record.ManualStars).Equals(LeadScorer.Default.Score(record, c.Profile, c.AsOf, c.History))
            && compiled.Stars(mask) == LeadScorer.Default.Score(record, c.Profile, c.AsOf, c.History).AutomaticStars;
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ScoringArbitraries) })]
    public bool ScoreStars_OfABatch_EqualsStarsOfEachMask(ScoringProfile profile, ulong[] masks)
    {
        var compiled = LeadScorer.Default.Compile(profile);
        var stars = new byte[masks.Length];
        var wide = new int[masks.Length];
        var points = new int[masks.Length];

        compiled.ScoreStars(masks, stars);
        compiled.ScoreStars(masks, wide);
        compiled.ScorePoints(masks, points);

        return masks.Select((m, i) => stars[i] == compiled.Stars(m) && wide[i] == stars[i] && points[i] == compiled.Points(m) && points[i] == (2 * compiled.Met(m)) - compiled.Total).All(ok => ok);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(16)]
    [InlineData(50)]
    public void ScoreStars_AMillionMasks_MatchesTheStarsOfEachMask(int criteria)
    {
        // Allocation (0 B per record) is measured by ScoringBenchmarks with BenchmarkDotNet's
        // MemoryDiagnoser, not here: a unit test's allocation counter also sees the JIT.
        var profile = new ScoringProfile(Enumerable.Range(0, criteria).Select(i => new ScoringCriterion(new CriterionId($"c{i}"), $"C{i}", (Weight)(i % 3))));
        var compiled = LeadScorer.Default.Compile(profile);
        var masks = new ulong[1_000_000];
        var random = new Random(42);
        random.NextBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(masks.AsSpan()));
        var stars = new byte[masks.Length];

        compiled.ScoreStars(masks, stars);

        Assert.All(Enumerable.Range(0, 1000).Select(i => i * 997), i => Assert.Equal(compiled.Stars(masks[i]), stars[i]));
    }

    [Fact]
    public void MaskOf_HostRecordsOnACheckBoxProfile_SetsOneBitPerCheckedCriterion()
    {
        // Allocation is measured by ScoringBenchmarks (MemoryDiagnoser), not by a unit test.
        var profile = Abc.WithValidity(A, Duration.FromDays(30));
        var compiled = LeadScorer.Default.Compile(profile);
        var records = Enumerable.Range(0, 8).Select(i => Host([.. new[] { A, B, C }.Where((_, k) => ((i >> k) & 1) == 1)])).ToArray();

        var masks = records.Select(r => compiled.MaskOf(r, AsOf)).ToArray();

        Assert.Equal(Enumerable.Range(0, 8).Select(i => (ulong)i), masks);
    }

    [Fact]
    public void MaskOf_Checks_AppliesValidityAndIgnoresUnknownCriteria()
    {
        var profile = Abc.WithValidity(B, Duration.FromDays(10));
        var compiled = LeadScorer.Default.Compile(profile);
        var checks = CriterionStates.Empty
            .Check(A, AsOf - Duration.FromDays(400))
            .Check(B, AsOf - Duration.FromDays(11))
            .Check(C, AsOf)
            .Check(new CriterionId("gone"), AsOf);

        var mask = compiled.MaskOf(checks, AsOf);

        Assert.Equal(0b101UL, mask);
        Assert.Equal(4, compiled.Met(mask));
        Assert.Equal(2, compiled.IndexOf(C));
        Assert.Equal(-1, compiled.IndexOf(new CriterionId("gone")));
        Assert.Equal(C, compiled.CriterionAt(2));
    }

    [Fact]
    public void MaskOf_Checks_WithRules_IsRefused()
    {
        var compiled = LeadScorer.Default.Compile(ScoringProfile.Default);

        Assert.True(compiled.HasRules);
        Assert.Throws<InvalidOperationException>(() => compiled.MaskOf(CriterionStates.Empty, AsOf));
    }

    [Fact]
    public void MaskBitsBeyondTheCriteria_AreIgnored()
    {
        var compiled = LeadScorer.Default.Compile(Abc);

        Assert.Equal(compiled.Score(0b111), compiled.Score(ulong.MaxValue));
    }

    [Fact]
    public void LargeTotals_ScoreWithoutTheStarTable()
    {
        var profile = new ScoringProfile(
            Enumerable.Range(0, 50).Select(i => new ScoringCriterion(new CriterionId($"c{i}"), $"C{i}", Weight.High)),
            new WeightScale(1, 1, WeightScale.MaxPoints));
        var compiled = LeadScorer.Default.Compile(profile);
        var stars = new byte[3];

        compiled.ScoreStars([0, (1UL << 25) - 1, ulong.MaxValue], stars);

        Assert.Equal(50_000_000, compiled.Total);
        Assert.Equal([0, 3, 5], stars);
    }

    [Fact]
    public void StarMappingOutOfRange_IsRefusedWhenCompiling()
    {
        var scorer = new LeadScorer(starMapping: new TooManyStars());

        var ex = Assert.Throws<ScoringException>(() => scorer.Compile(Abc));

        Assert.Contains("gives 6 stars", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreStars_ShortOutput_IsRefused()
    {
        var compiled = LeadScorer.Default.Compile(Abc);

        Assert.Throws<ArgumentException>(() => compiled.ScoreStars([1, 2], new byte[1]));
    }

    private sealed class TooManyStars : IStarMapping
    {
        public int ToStars(int met, int total, int maxStars) => maxStars + 1;
    }
}
