using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of <see cref="CriterionStates"/>: an object from criterion id to the instant it was
/// checked, in id order (as <c>criterionChecks</c> in a lead). The values are nullable for the same
/// reason as there (<see cref="ContactRecordDocument.CriterionChecks"/>); a null one is refused on reading.
/// </summary>
internal sealed class CriterionStatesDocument : Dictionary<string, Instant?>, IDocument<CriterionStatesDocument, CriterionStates>
{
    public CriterionStatesDocument()
        : base(StringComparer.Ordinal)
    {
    }

    public static CriterionStatesDocument From(CriterionStates value)
    {
        var document = new CriterionStatesDocument();
        foreach (var (id, at) in value)
        {
            document.Add(Scalars.CriterionId.Format(id), at);
        }

        return document;
    }

    public CriterionStates ToValue(DocumentPath path)
    {
        var checks = this.Select(p => KeyValuePair.Create(
            Scalars.CriterionId.Parse(p.Key, path.Key(p.Key)),
            p.Value ?? throw path.Key(p.Key).Error("a criterion check holds the instant the criterion was checked, not null."))).ToList();
        return path.Build(() => CriterionStates.From(checks));
    }
}
