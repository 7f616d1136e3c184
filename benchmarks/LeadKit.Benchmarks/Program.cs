using System.Linq;
using BenchmarkDotNet.Running;
using LeadKit.Benchmarks;

// The PostgreSQL class needs a server: it is left out when none is configured (CI's smoke run).
var types = typeof(SampleLeads).Assembly.GetTypes()
    .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)))
    .Where(t => t != typeof(BulkEditPostgresBenchmarks) || BulkEditPostgresBenchmarks.Server is not null)
    .ToArray();
BenchmarkSwitcher.FromTypes(types).Run(args);
