using System.Collections.Generic;
using System.Collections.ObjectModel;
using LeadKit.Querying;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Leads;

/// <content>Every lead and business contact can be scored: <see cref="ScoreType"/>, <see cref="ManualStars"/> and <see cref="CriterionChecks"/> are the scorable state.</content>
public abstract partial class ContactRecord : IScorableRecord
{
    // One read-only view over the live checks, so the engine's lookups allocate nothing per criterion.
    private ReadOnlyDictionary<CriterionId, Instant>? _criterionChecksView;

    /// <inheritdoc />
    IReadOnlyDictionary<CriterionId, Instant> IScorableRecord.CriterionChecks => _criterionChecksView ??= new(Checks);

    /// <inheritdoc />
    IRecordFields? IScorableRecord.Fields => this;
}
