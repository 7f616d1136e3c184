using LeadKit.Cli.Hosting;
using LeadKit.Cli.Scoring;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit score check LEAD CRITERION…</c>: checks criteria on a lead (now) and prints its new score.</summary>
/// <param name="host">The host.</param>
internal sealed class ScoreCheckCommand(CliHost host) : ScoreChangeCommand<ScoreCriteriaSettings>(host)
{
    /// <inheritdoc />
    protected override void Apply(Lead lead, ScoringProfile profile, ScoreCriteriaSettings settings, Instant now)
    {
        foreach (var text in settings.Criteria)
        {
            lead.CheckCriterion(CriterionArguments.Resolve(profile, text).Id, now);
        }
    }
}
