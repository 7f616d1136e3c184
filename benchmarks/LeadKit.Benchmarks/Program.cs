using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using LeadKit.Benchmarks;

// `interleaved …`: the same-process A/B runner for noisy machines (see Interleaved.cs), not BenchmarkDotNet.
if (args.Length > 0 && args[0] == "interleaved")
{
    return await Interleaved.RunAsync(args[1..]);
}

// The PostgreSQL classes need a server: it is left out when none is configured (CI's smoke run).
var types = typeof(SampleLeads).Assembly.GetTypes()
    .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)))
    .Where(t => (t != typeof(BulkEditPostgresBenchmarks) && t != typeof(ReportPostgresBenchmarks) && t != typeof(ConcurrentWriterBenchmarks)) || BulkEditPostgresBenchmarks.Server is not null)
    .ToArray();

// BenchmarkDotNet rebuilds the whole project graph per job; on a busy 2-core machine that can take
// longer than its default 2 minutes, which fails the run with "Build Error" before anything is measured.
BenchmarkSwitcher.FromTypes(types).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
return 0;
