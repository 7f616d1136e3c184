using LeadKit.Cli.Hosting;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit score auto LEAD</c>: switches a lead back to its computed score.</summary>
/// <param name="host">The host.</param>
internal sealed class ScoreAutoCommand(CliHost host) : ScoreChangeCommand<ScoreLeadSettings>(host)
{
    /// <inheritdoc />
    protected override void Apply(Lead lead, ScoringProfile profile, ScoreLeadSettings settings, Instant now) => lead.SetAutomaticScore();
}
