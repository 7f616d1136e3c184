using System;
using System.Collections.Generic;

namespace LeadKit.Benchmarks;

/// <summary>
/// Record counts for the benchmarks. The figures in docs/benchmarks.md use the full sizes; CI's
/// smoke run (<c>--job Dry</c>, each benchmark once, only to prove they still run) sets
/// <c>LEADKIT_BENCH_SMOKE=1</c> to use small ones and stay quick.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>Gets a value indicating whether this is CI's smoke run.</summary>
    public static bool IsSmokeRun => Environment.GetEnvironmentVariable("LEADKIT_BENCH_SMOKE") == "1";

    /// <summary>Gets the SQLite sizes: 100 000 leads (2 000 in the smoke run).</summary>
    public static IEnumerable<int> Sqlite => IsSmokeRun ? [2_000] : [100_000];

    /// <summary>Gets the CSV sizes: 1 000 000 rows (2 000 in the smoke run).</summary>
    public static IEnumerable<int> Csv => IsSmokeRun ? [2_000] : [1_000_000];

    /// <summary>Gets the Excel sizes: 100 000 rows (2 000 in the smoke run).</summary>
    public static IEnumerable<int> Xlsx => IsSmokeRun ? [2_000] : [100_000];
}
