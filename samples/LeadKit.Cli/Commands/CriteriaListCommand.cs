using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Scoring;
using LeadKit.Leads;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit criteria list</c>: the workspace's scoring criteria.</summary>
/// <param name="host">The host.</param>
internal sealed class CriteriaListCommand(CliHost host) : LeadKitCommand<GlobalSettings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(GlobalSettings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        await using var work = await session.BeginAsync(cancellationToken);
        var profile = await LeadScoring.ProfileAsync(work, cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(json => CriteriaOutput.WriteProfile(json, profile), cancellationToken);
        }
        else
        {
            // Rules store users by id: show them by their current display names.
            var users = new List<WorkspaceUser>();
            await foreach (var user in work.Users.ListAsync(cancellationToken))
            {
                users.Add(user);
            }

            CriteriaOutput.WriteProfile(Host, profile, users);
        }

        return ExitCodes.Success;
    }
}
