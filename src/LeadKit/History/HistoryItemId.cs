using LeadKit.Utility;

namespace LeadKit.History;

/// <summary>Identifies a communication-history item (note, phone log, appointment, task).</summary>
[GuidIdentifier(Comparable = true)]
public readonly partial record struct HistoryItemId;
