using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Samples.Embedding;

/// <summary>The kinds of touchpoint the CRM records.</summary>
internal enum TouchpointKind
{
    /// <summary>A phone call.</summary>
    Call,

    /// <summary>A meeting, on site or online.</summary>
    Meeting,

    /// <summary>An e-mail, either way.</summary>
    Email,

    /// <summary>A change the CRM made itself (a new owner, a merge): not communication.</summary>
    SystemChange,
}

/// <summary>
/// One entry of a prospect's history in the CRM's own shape. As an <see cref="IHistoryEntry"/> it tells
/// LeadKit's history conditions (<c>history.phoneLog within 30d</c>) what kind of communication it was.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When it happened.</param>
internal sealed record Touchpoint(TouchpointKind Kind, Instant At) : IHistoryEntry
{
    HistoryKind? IHistoryEntry.Kind => Kind switch
    {
        TouchpointKind.Call => HistoryKind.PhoneLog,
        TouchpointKind.Meeting => HistoryKind.Appointment,
        TouchpointKind.Email => HistoryKind.Any,       // communication of another kind: only history.any sees it
        _ => null,                                     // not communication: no history condition sees it
    };

    Instant IHistoryEntry.OccurredAt => At;
}
