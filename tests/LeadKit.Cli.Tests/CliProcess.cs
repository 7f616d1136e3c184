using System.Diagnostics;
using System.IO;

namespace LeadKit.Cli.Tests;

/// <summary>
/// Runs the built <c>leadkit</c> program as a separate process, as a person or a script does: each
/// command is a fresh process, so only what the database kept carries from one to the next.
/// </summary>
public static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs <c>dotnet LeadKit.Cli.dll ARGS</c> in a working directory.</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LeadKit.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The developer's own default database must not leak into the tests.
        start.Environment.Remove("LEADKIT_DB");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("leadkit did not start.");
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
