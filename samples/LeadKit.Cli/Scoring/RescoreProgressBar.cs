using System;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Operations;
using LeadKit.Scoring;
using Spectre.Console;

namespace LeadKit.Cli.Scoring;

/// <summary>Runs a re-score behind a Spectre progress bar in human mode, and silently with <c>--json</c>.</summary>
internal static class RescoreProgressBar
{
    /// <summary>Runs the work, reporting its progress.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="host">The host.</param>
    /// <param name="json">Whether the output is JSON (no bar then).</param>
    /// <param name="work">The work, given the progress sink.</param>
    /// <returns>What the work returned.</returns>
    public static async Task<T> RunAsync<T>(CliHost host, bool json, Func<IProgress<RescoreProgress>?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(work);
        if (json || !host.Console.Profile.Capabilities.Interactive)
        {
            // No display in JSON, nor in a file or a pipe, where a progress display is only noise.
            return await work(null);
        }

        T result = default!;
        await host.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Re-scoring records", maxValue: 1);
                result = await work(new Sink(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Scanned;
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Reports on the caller's thread (the bar is redrawn by Spectre).</summary>
    private sealed class Sink(Action<RescoreProgress> report) : IProgress<RescoreProgress>
    {
        public void Report(RescoreProgress value) => report(value);
    }
}
