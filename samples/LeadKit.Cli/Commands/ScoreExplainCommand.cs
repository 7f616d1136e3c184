using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Scoring;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit score explain LEAD</c>: the lead's score now, criterion by criterion.</summary>
/// <param name="host">The host.</param>
internal sealed class ScoreExplainCommand(CliHost host) : LeadKitCommand<ScoreLeadSettings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(ScoreLeadSettings settings, CancellationToken cancellationToken)
    {
        LeadIds.Check(settings.Lead);
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var id = await LeadIds.ResolveAsync(session, settings.Lead, cancellationToken);
        await using var work = await session.BeginAsync(cancellationToken);
        var lead = await work.Leads.GetAsync(id, cancellationToken);
        var profile = await LeadScoring.ProfileAsync(work, cancellationToken);
        var explanation = await LeadScoring.ExplainAsync(work, lead, profile, Host.Clock.GetCurrentInstant(), cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(json => ScoreOutput.WriteJson(json, lead, explanation), cancellationToken);
        }
        else
        {
            ScoreOutput.WriteHuman(Host, lead, explanation);
        }

        return ExitCodes.Success;
    }
}
