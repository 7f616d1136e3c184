using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Tests.LeadScoring;

/// <summary>
/// What the scoring tests share: the worked example's profile (A High, B Normal, C Low), a fixed
/// <c>asOf</c>, leads and host records with given checks, and history items.
/// </summary>
/// <remarks>The namespace is not <c>LeadKit.Tests.Scoring</c>: that would hide <c>LeadKit.Scoring</c> from the other test folders, which write <c>Scoring.CriterionId</c>.</remarks>
internal static class ScoringFixtures
{
    public static readonly Instant AsOf = Instant.FromUtc(2026, 11, 27, 9, 0);

    public static readonly CriterionId A = new("a");
    public static readonly CriterionId B = new("b");
    public static readonly CriterionId C = new("c");

    /// <summary>The profile of the worked example of docs/scoring.md: A High, B Normal, C Low; W = 6.</summary>
    public static readonly ScoringProfile Abc = new(
    [
        new ScoringCriterion(A, "A", Weight.High),
        new ScoringCriterion(B, "B", Weight.Normal),
        new ScoringCriterion(C, "C", Weight.Low),
    ]);

    public static Lead NewLead(params CriterionId[] checkedAtAsOf)
    {
        var lead = Lead.Restore(new LeadId(Guid.Parse("0193b6a1-0000-7000-8000-000000000001")), new PersonName("Ann Lee"), AsOf - Duration.FromDays(30));
        foreach (var id in checkedAtAsOf)
        {
            lead.CheckCriterion(id, AsOf);
        }

        return lead;
    }

    public static HostRecord Host(params CriterionId[] checkedAtAsOf) =>
        new(CriterionStates.From(checkedAtAsOf.Select(id => KeyValuePair.Create(id, AsOf))));

    public static PhoneLog Call(RecordReference record, Instant at) =>
        new(new HistoryItemId(Guid.Parse("0193b6a1-0000-7000-8000-0000000000a1")), record, "Call", null, at, CallDirection.Outgoing, "+1 555 0100", at, Duration.FromMinutes(5));

    public static Appointment Meeting(RecordReference record, Instant at) =>
        new(new HistoryItemId(Guid.Parse("0193b6a1-0000-7000-8000-0000000000a2")), record, "Meeting", null, at, at, at + Duration.FromHours(1));

    public static BusinessNote Note(RecordReference record, Instant at) =>
        new(new HistoryItemId(Guid.Parse("0193b6a1-0000-7000-8000-0000000000a3")), record, "Note", null, at);
}

/// <summary>A host's own record type, scored through <see cref="IScorableRecord"/> without being a <see cref="ContactRecord"/>.</summary>
internal sealed class HostRecord(CriterionStates checks, ScoreType scoreType = ScoreType.Automatic, int? manualStars = null) : IScorableRecord
{
    public ScoreType ScoreType { get; } = scoreType;

    public int? ManualStars { get; } = manualStars;

    public IReadOnlyDictionary<CriterionId, Instant> CriterionChecks { get; } = checks;

    public IRecordFields? Fields => null;
}
