using System;
using System.Globalization;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Import;
using Spectre.Console;

namespace LeadKit.Cli.Files;

/// <summary>The progress of an import or an export on the console: a bar that counts rows (the total is not known in advance), none with <c>--json</c>.</summary>
internal static class ImportProgressBar
{
    /// <summary>Runs an import with a progress display.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="host">The host.</param>
    /// <param name="json">Whether the output is JSON (no display then).</param>
    /// <param name="work">The work, given the progress sink.</param>
    /// <returns>What the work returned.</returns>
    public static Task<T> RunAsync<T>(CliHost host, bool json, Func<IProgress<ImportProgress>?, Task<T>> work) =>
        RunAsync<T, ImportProgress>(host, json, "Importing", p => string.Create(CultureInfo.InvariantCulture, $"{p.Rows:N0} rows: {p.Imported:N0} imported, {p.Merged:N0} merged, {p.Skipped:N0} skipped, {p.Rejected:N0} rejected"), work);

    /// <summary>Runs an export with a progress display.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="host">The host.</param>
    /// <param name="json">Whether the output is JSON (no display then).</param>
    /// <param name="work">The work, given the progress sink (rows written).</param>
    /// <returns>What the work returned.</returns>
    public static Task<T> RunExportAsync<T>(CliHost host, bool json, Func<IProgress<long>?, Task<T>> work) =>
        RunAsync<T, long>(host, json, "Exporting", rows => string.Create(CultureInfo.InvariantCulture, $"{rows:N0} leads written"), work);

    private static async Task<T> RunAsync<T, TProgress>(CliHost host, bool json, string title, Func<TProgress, string> describe, Func<IProgress<TProgress>?, Task<T>> work)
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
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(title, maxValue: 1);
                task.IsIndeterminate = true;
                result = await work(new Sink<TProgress>(p => task.Description = Markup.Escape($"{title}: {describe(p)}")));
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Reports on the caller's thread (the display is redrawn by Spectre).</summary>
    private sealed class Sink<TProgress>(Action<TProgress> report) : IProgress<TProgress>
    {
        public void Report(TProgress value) => report(value);
    }
}
