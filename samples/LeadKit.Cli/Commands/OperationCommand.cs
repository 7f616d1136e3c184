using System;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Rendering;
using LeadKit.Cli.Storage;
using LeadKit.Operations;
using LeadKit.Scoring;

namespace LeadKit.Cli.Commands;

/// <summary>
/// The base of the commands that run one of the library's operations (assign, bulk edit, convert,
/// delete, comment): it gives them the operation context of the session (which re-scores the records
/// they change), and turns a report with failures into exit code 1 once the command has written its output.
/// </summary>
/// <typeparam name="TSettings">The command's options.</typeparam>
/// <param name="host">The host.</param>
internal abstract class OperationCommand<TSettings>(CliHost host) : LeadKitCommand<TSettings>(host)
    where TSettings : GlobalSettings
{
    /// <summary>
    /// Creates the context the library's operations run in: the session's store and workspace, the
    /// host's clock, the acting user, and the workspace's <see cref="PicklistRules"/> followed by a
    /// <see cref="ProfileRescorer"/>, so that every record an operation changes is saved with its new
    /// source on the source list, a rating from the rating list, and the score the workspace's
    /// profile gives it now.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <returns>The context.</returns>
    protected OperationContext CreateContext(WorkspaceSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new OperationContext(session.Store, session.Workspace.Id, Host.Clock, session.ActingUser.Id)
        {
            Rescorer = new PicklistRules(new ProfileRescorer(Host.Clock)),
        };
    }

    /// <summary>Ends the command with exit code 1 and a message naming every failed record, when some failed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="what">What was refused, e.g. <c>Nothing was assigned</c>.</param>
    /// <exception cref="CliException">Some records failed.</exception>
    protected static void ThrowIfFailed(OperationReport report, string what)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.HasFailures)
        {
            throw new CliException(OutcomeView.FailureMessage(report, what));
        }
    }
}
