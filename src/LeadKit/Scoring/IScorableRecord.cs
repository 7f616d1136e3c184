using System.Collections.Generic;
using LeadKit.Leads;
using LeadKit.Querying;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// What the scoring engine reads from a record: its score type, manual star count and checked
/// criteria, plus the field values that rules' field conditions test. <see cref="ContactRecord"/> (so
/// every lead and business contact) implements it; a host can implement it on its own type too
/// (with <see cref="IRecordFields"/> for the field values), so one engine scores every kind of record.
/// </summary>
public interface IScorableRecord
{
    /// <summary>Gets whether the score is computed or set by hand.</summary>
    ScoreType ScoreType { get; }

    /// <summary>Gets the manual star count; required when <see cref="ScoreType"/> is <see cref="ScoreType.Manual"/>.</summary>
    int? ManualStars { get; }

    /// <summary>Gets the checked criteria and the instant each was checked; a criterion not listed is unchecked, and states of criteria the profile does not have are ignored.</summary>
    IReadOnlyDictionary<CriterionId, Instant> CriterionChecks { get; }

    /// <summary>
    /// Gets the record's field values, which the field conditions of rules test (<c>source = "Web"</c>,
    /// <c>custom.Employees &gt;= 50</c>): a <see cref="ContactRecord"/> returns itself; a type of your own
    /// implements <see cref="IRecordFields"/> (usually on itself, returning <see langword="this"/>), and a
    /// field it does not have reads as empty. <see langword="null"/> when the type has no fields at all:
    /// a field condition then fails with a <see cref="ScoringException"/>, while checks, history
    /// conditions and C# rules still work.
    /// </summary>
    IRecordFields? Fields { get; }
}
