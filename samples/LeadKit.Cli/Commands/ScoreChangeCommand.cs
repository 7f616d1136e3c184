using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Scoring;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Scoring;

namespace LeadKit.Cli.Commands;

/// <summary>
/// The base of the <c>score</c> commands that change one lead (check, uncheck, manual, auto): read
/// the lead and the profile, apply the change, store the new score on the lead, save, and print the
/// explanation (<c>score explain</c>'s output).
/// </summary>
/// <typeparam name="TSettings">The command's options.</typeparam>
/// <param name="host">The host.</param>
internal abstract class ScoreChangeCommand<TSettings>(CliHost host) : LeadKitCommand<TSettings>(host)
    where TSettings : ScoreLeadSettings
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken)
    {
        LeadIds.Check(settings.Lead);
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var id = await LeadIds.ResolveAsync(session, settings.Lead, cancellationToken);
        await using var work = await session.BeginAsync(cancellationToken);
        var lead = await work.Leads.GetAsync(id, cancellationToken);
        var profile = await LeadScoring.ProfileAsync(work, cancellationToken);
        var now = Host.Clock.GetCurrentInstant();
        Apply(lead, profile, settings, now);
        // Scored as the save will write it (its next version), so the stored score is current, not stale.
        await new ProfileRescorer(Host.Clock).RescoreAsync(work, [lead], cancellationToken);
        await work.Leads.UpdateAsync([lead], cancellationToken);
        await work.CommitAsync(cancellationToken);

        var saved = await ReadBackAsync(session, id, cancellationToken);
        await using var read = await session.BeginAsync(cancellationToken);
        var explanation = await LeadScoring.ExplainAsync(read, saved, profile, now, cancellationToken);
        if (settings.Json)
        {
            await WriteJsonAsync(json => ScoreOutput.WriteJson(json, saved, explanation), cancellationToken);
        }
        else
        {
            ScoreOutput.WriteHuman(Host, saved, explanation);
        }

        return ExitCodes.Success;
    }

    /// <summary>Changes the lead.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="profile">The workspace's profile.</param>
    /// <param name="settings">The options.</param>
    /// <param name="now">The current instant.</param>
    protected abstract void Apply(Lead lead, ScoringProfile profile, TSettings settings, NodaTime.Instant now);

    private static async Task<Lead> ReadBackAsync(Storage.WorkspaceSession session, LeadId id, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginAsync(cancellationToken);
        return await work.Leads.GetAsync(id, cancellationToken);
    }
}
