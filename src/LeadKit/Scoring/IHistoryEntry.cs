using NodaTime;

namespace LeadKit.Scoring;

/// <summary>
/// What a rule's history conditions (<c>history.phoneLog within 30d</c>) read from an entry of a
/// record's history: its kind and the instant it occurred. LeadKit's <see cref="History.HistoryItem"/>
/// implements it; implement it on your own history type to pass your entries to
/// <see cref="ILeadScorer.Score"/>, <see cref="ILeadScorer.Explain"/> and
/// <see cref="CompiledProfile.MaskOf(IScorableRecord, Instant, System.Collections.Generic.IReadOnlyList{IHistoryEntry})"/>.
/// </summary>
public interface IHistoryEntry
{
    /// <summary>
    /// Gets the entry's kind: <see cref="HistoryKind.Note"/>, <see cref="HistoryKind.PhoneLog"/>,
    /// <see cref="HistoryKind.Appointment"/> or <see cref="HistoryKind.Task"/>, which the condition of
    /// that kind and <c>history.any</c> see; <see cref="HistoryKind.Any"/> for communication of none of
    /// these kinds (an e-mail, a chat), which only <c>history.any</c> sees; <see langword="null"/> for
    /// an entry that is not communication (system activity such as an assignment or an edit), which no
    /// history condition sees.
    /// </summary>
    HistoryKind? Kind { get; }

    /// <summary>Gets the instant the entry occurred (a call's or appointment's start, a note's or task's creation); entries after <c>asOf</c> have not happened yet and are ignored.</summary>
    Instant OccurredAt { get; }
}
