using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Scoring;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Cli.Scoring;

/// <summary>Reads what scoring a lead needs through a unit of work: the workspace's profile and, when a rule needs it, the lead's history.</summary>
internal static class LeadScoring
{
    /// <summary>Reads the workspace's profile (<see cref="ScoringProfile.Empty"/> when none is stored).</summary>
    /// <param name="work">The unit of work.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The profile.</returns>
    public static async Task<ScoringProfile> ProfileAsync(IUnitOfWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return await work.ScoringProfiles.GetAsync(cancellationToken) ?? ScoringProfile.Empty;
    }

    /// <summary>Scores a lead and explains every criterion.</summary>
    /// <param name="work">The unit of work.</param>
    /// <param name="lead">The lead.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="asOf">The instant to score for.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The explanation.</returns>
    public static async Task<ScoreExplanation> ExplainAsync(IUnitOfWork work, Lead lead, ScoringProfile profile, Instant asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(lead);
        List<HistoryItem>? history = null;
        if (ProfileRescorer.NeedsHistory(profile))
        {
            history = [];
            await foreach (var item in work.History.ListForAsync(lead.Reference, cancellationToken))
            {
                history.Add(item);
            }
        }

        return LeadScorer.Default.Explain(lead, profile, asOf, history);
    }
}
