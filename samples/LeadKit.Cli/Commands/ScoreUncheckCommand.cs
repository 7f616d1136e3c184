using LeadKit.Cli.Hosting;
using LeadKit.Cli.Scoring;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit score uncheck LEAD CRITERION…</c>: unchecks criteria on a lead and prints its new score.</summary>
/// <param name="host">The host.</param>
internal sealed class ScoreUncheckCommand(CliHost host) : ScoreChangeCommand<ScoreCriteriaSettings>(host)
{
    /// <inheritdoc />
    protected override void Apply(Lead lead, ScoringProfile profile, ScoreCriteriaSettings settings, Instant now)
    {
        foreach (var text in settings.Criteria)
        {
            lead.UncheckCriterion(CriterionArguments.Resolve(profile, text).Id);
        }
    }
}
