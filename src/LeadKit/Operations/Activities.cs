using System.Collections.Generic;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Operations;

/// <summary>Creates the <see cref="ActivityEntry"/> items operations write into records' history.</summary>
internal static class Activities
{
    /// <summary>Creates an entry stamped with the context's clock and acting user.</summary>
    public static ActivityEntry Create(
        OperationContext context,
        RecordReference record,
        ActivityKind activity,
        string subject,
        IEnumerable<FieldChange>? changes = null,
        string? body = null,
        RecordReference? related = null,
        string? snapshot = null) =>
        new(HistoryItemId.New(), record, activity, Shorten(subject), context.Clock.GetCurrentInstant(), context.ActingUser, changes, body, related, snapshot);

    /// <summary>Keeps a subject within <see cref="HistoryItem.MaxSubjectLength"/>, ending with an ellipsis when cut.</summary>
    public static string Shorten(string subject) =>
        subject.Length <= HistoryItem.MaxSubjectLength ? subject : subject[..(HistoryItem.MaxSubjectLength - 1)] + "…";
}
