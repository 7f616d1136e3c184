using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(LeadKit.Benchmarks.SampleLeads).Assembly).Run(args);
