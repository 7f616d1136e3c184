using System;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Cli.Storage;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary>
/// The base of every <c>leadkit</c> command: it gives the command its host and leaves error
/// reporting to <see cref="LeadKitCli"/>, which turns exceptions into messages and exit codes.
/// </summary>
/// <typeparam name="TSettings">The command's options.</typeparam>
/// <param name="host">The host.</param>
internal abstract class LeadKitCommand<TSettings>(CliHost host) : AsyncCommand<TSettings>
    where TSettings : GlobalSettings
{
    /// <summary>Gets the host: consoles, clock, environment, databases.</summary>
    protected CliHost Host { get; } = host ?? throw new ArgumentNullException(nameof(host));

    /// <inheritdoc />
    public sealed override Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, cancellationToken);

    /// <summary>Runs the command.</summary>
    /// <param name="settings">Its options.</param>
    /// <param name="cancellationToken">Cancelled by Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);

    /// <summary>Opens the database named by the options, with its workspace and acting user.</summary>
    /// <param name="settings">The options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The session; dispose it.</returns>
    protected Task<WorkspaceSession> OpenSessionAsync(TSettings settings, CancellationToken cancellationToken) =>
        WorkspaceSession.OpenAsync(Host, settings, cancellationToken);

    /// <summary>Creates the view that renders leads with the session's user names.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The view.</returns>
    protected LeadView CreateView(WorkspaceSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new LeadView(session.DisplayName, Host.TimeZone);
    }

    /// <summary>Writes a small JSON document to standard output.</summary>
    /// <param name="write">Writes the document's value.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when it is written.</returns>
    protected Task WriteJsonAsync(Action<JsonOutput> write, CancellationToken cancellationToken) =>
        JsonOutput.WriteAsync(Host.StandardOutput, write, cancellationToken);
}
