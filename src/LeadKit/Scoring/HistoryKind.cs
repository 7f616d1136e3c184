namespace LeadKit.Scoring;

/// <summary>The kinds of communication-history item a rule's history condition looks at (<c>history.phoneLog within 30d</c>).</summary>
public enum HistoryKind
{
    /// <summary>
    /// Any item: <c>history.any</c> (every kind below, but not system activity). As the kind of a host's
    /// own entry (<see cref="IHistoryEntry.Kind"/>): communication of none of the kinds below (an e-mail,
    /// a chat), which only <c>history.any</c> sees.
    /// </summary>
    Any = 0,

    /// <summary>Business notes: <c>history.note</c> (they occur when created).</summary>
    Note = 1,

    /// <summary>Phone logs: <c>history.phoneLog</c> (they occur when the call starts).</summary>
    PhoneLog = 2,

    /// <summary>Appointments: <c>history.appointment</c> (they occur when they start).</summary>
    Appointment = 3,

    /// <summary>Tasks: <c>history.task</c> (they occur when created).</summary>
    Task = 4,
}
