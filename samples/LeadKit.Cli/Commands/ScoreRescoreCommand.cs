using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Scoring;
using LeadKit.Operations;
using LeadKit.Scoring;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit score rescore</c>: re-scores every Automatic record with the current profile (validity periods move on with time).</summary>
/// <param name="host">The host.</param>
internal sealed class ScoreRescoreCommand(CliHost host) : LeadKitCommand<GlobalSettings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var profiles = new ScoringProfiles(session.Store, session.Workspace.Id, Host.Clock, actingUser: session.ActingUser.Id);
        var result = await RescoreProgressBar.RunAsync(Host, settings.Json, p => profiles.RescoreAsync(p, cancellationToken));
        if (settings.Json)
        {
            await WriteJsonAsync(json => CriteriaOutput.WriteRescore(json, result), cancellationToken);
        }
        else
        {
            CriteriaOutput.WriteRescore(Host, result);
        }

        return ExitCodes.Success;
    }
}
