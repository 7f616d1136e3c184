using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace LeadKit.Benchmarks;

/// <summary>
/// Runs a benchmark method and its baseline alternately in one process — baseline, method, baseline,
/// method, … — and prints each pair's ratio and the median. On a shared machine whose speed drifts
/// over minutes, a ratio taken from two runs seconds apart moves less than one from two
/// BenchmarkDotNet stages run one after the other; it is how the figures marked "interleaved" in
/// docs/benchmarks.md were taken. Not a replacement for BenchmarkDotNet (no warm-up analysis, no
/// outlier handling, no memory diagnoser).
/// </summary>
/// <example>
/// <code>
/// dotnet run -c Release --project benchmarks/LeadKit.Benchmarks -- interleaved bulk-edit-sqlite 5
/// dotnet run -c Release --project benchmarks/LeadKit.Benchmarks -- interleaved bulk-edit-sqlite-history 5 --sqlite-cache-kib 2000
/// </code>
/// </example>
public static class Interleaved
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("bulk-edit-sqlite" or "bulk-edit-sqlite-history"))
        {
            Console.Error.WriteLine("usage: interleaved bulk-edit-sqlite|bulk-edit-sqlite-history [rounds, default 5] [--sqlite-cache-kib N]");
            return 2;
        }

        var rounds = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var cacheAt = Array.IndexOf(args, "--sqlite-cache-kib");
        if (cacheAt == args.Length - 1)
        {
            Console.Error.WriteLine("--sqlite-cache-kib needs a size in KiB.");
            return 2;
        }

        var benchmarks = new BulkEditSqliteBenchmarks
        {
            Count = 100_000,
            SqliteCacheSizeKiB = cacheAt >= 0 ? int.Parse(args[cacheAt + 1], CultureInfo.InvariantCulture) : null,
        };
        var history = args[0] == "bulk-edit-sqlite-history";
        Func<Task<int>> method = history ? benchmarks.BulkEditWithHistory : benchmarks.BulkEdit;
        await benchmarks.Setup();
        try
        {
            // One of each first (JIT, the file's pages), then every call on its own copy of the
            // template, as BenchmarkDotNet's iterations run (BulkEditSqliteBenchmarks.Fresh).
            await OnFreshCopyAsync(benchmarks, () => Task.FromResult(benchmarks.RawSetBased()));
            await OnFreshCopyAsync(benchmarks, method);
            var ratios = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var baseline = await OnFreshCopyAsync(benchmarks, () => Task.FromResult(benchmarks.RawSetBased()));
                var gc = GcFigures.Now();
                var measured = await OnFreshCopyAsync(benchmarks, method);
                gc = GcFigures.Now() - gc;
                ratios.Add(measured / baseline);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: baseline {baseline.TotalSeconds:F3} s, method {measured.TotalSeconds:F3} s, ratio {ratios[^1]:F2}; method's GC: {gc}"));
            }

            var sorted = ratios.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: median ratio {sorted[sorted.Count / 2]:F2} of {rounds} (cache {benchmarks.SqliteCacheSizeKiB?.ToString(CultureInfo.InvariantCulture) ?? "default"} KiB)"));
            return 0;
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    /// <summary>Times one call on a fresh copy of the template; the copy is made and deleted outside the timing.</summary>
    private static async Task<TimeSpan> OnFreshCopyAsync(BulkEditSqliteBenchmarks benchmarks, Func<Task<int>> call)
    {
        benchmarks.Fresh();
        try
        {
            var watch = Stopwatch.StartNew();
            await call();
            return watch.Elapsed;
        }
        finally
        {
            benchmarks.Discard();
        }
    }
}

/// <summary>The process's garbage-collection counters and processor time (less sensitive than wall time to other work on the machine), to subtract one reading from another.</summary>
internal readonly record struct GcFigures(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated, TimeSpan Cpu)
{
    public static GcFigures Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: false), Environment.CpuUsage.TotalTime);

    public static GcFigures operator -(GcFigures after, GcFigures before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Pause - before.Pause, after.Allocated - before.Allocated, after.Cpu - before.Cpu);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"CPU {Cpu.TotalSeconds:F3} s, gen0/1/2 {Gen0}/{Gen1}/{Gen2}, paused {Pause.TotalSeconds:F3} s, allocated {Allocated / (1024.0 * 1024):F0} MiB");
}
