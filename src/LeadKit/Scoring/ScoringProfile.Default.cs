using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Scoring;

/// <content>The profile LeadKit ships.</content>
public sealed partial class ScoringProfile
{
    /// <summary>
    /// Gets the profile LeadKit ships (version 1, 5 stars, Low = 1, Normal = 2, High = 3, W = 12):
    /// <list type="table">
    /// <item><term><c>budget-confirmed</c></term><description>Budget confirmed — High.</description></item>
    /// <item><term><c>decision-maker-identified</c></term><description>Decision maker identified — High.</description></item>
    /// <item><term><c>need-identified</c></term><description>Need identified — Normal.</description></item>
    /// <item><term><c>timeline-within-3-months</c></term><description>Purchase timeline within 3 months — Normal; a check counts for 90 days.</description></item>
    /// <item><term><c>engaged-recently</c></term><description>Engaged in the last 30 days (call or meeting) — Low; rule <c>history.phoneLog within 30d or history.appointment within 30d</c>.</description></item>
    /// <item><term><c>reachable</c></term><description>Reachable by e-mail and phone — Low; rule <c>email is not empty and phone is not empty</c>.</description></item>
    /// </list>
    /// </summary>
    public static ScoringProfile Default { get; } = new(
    [
        new ScoringCriterion(new CriterionId("budget-confirmed"), "Budget confirmed", Weight.High),
        new ScoringCriterion(new CriterionId("decision-maker-identified"), "Decision maker identified", Weight.High),
        new ScoringCriterion(new CriterionId("need-identified"), "Need identified", Weight.Normal),
        new ScoringCriterion(new CriterionId("timeline-within-3-months"), "Purchase timeline within 3 months", Weight.Normal, validity: Duration.FromDays(90)),
        new ScoringCriterion(
            new CriterionId("engaged-recently"),
            "Engaged in the last 30 days (call or meeting)",
            Weight.Low,
            ScoringRule.HistoryWithin(HistoryKind.PhoneLog, Duration.FromDays(30)) | ScoringRule.HistoryWithin(HistoryKind.Appointment, Duration.FromDays(30))),
        new ScoringCriterion(
            new CriterionId("reachable"),
            "Reachable by e-mail and phone",
            Weight.Low,
            ScoringRule.FromFilter(RecordField.Email.IsNotEmpty() & RecordField.Phone.IsNotEmpty())),
    ]);
}
