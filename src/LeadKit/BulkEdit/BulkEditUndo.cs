using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.BulkEdit;

/// <summary>
/// What it takes to revert a committed bulk edit exactly: for every lead it changed, the version
/// the edit saved and the previous values of the edited fields. Pass it to
/// <see cref="BulkEditor.UndoAsync"/>; a lead changed since (another version) is refused with a
/// conflict, never overwritten. Held in memory by the caller; immutable. The same information is
/// persisted with the operation (<see cref="Operation"/>), so the edit can also be undone later from
/// another process.
/// </summary>
public sealed class BulkEditUndo
{
    private readonly Entry[] _entries;

    internal BulkEditUndo(IReadOnlyList<RecordField> fields, IEnumerable<Entry> entries, Instant appliedAt, bool recordHistory, OperationId? operation = null)
    {
        Operation = operation;
        Fields = fields;
        _entries = [.. entries];
        AppliedAt = appliedAt;
        RecordHistory = recordHistory;
    }

    /// <summary>Gets the operation under which the edit was recorded (undo it from another process with <see cref="BulkEditor.UndoOperationAsync"/>).</summary>
    public OperationId? Operation { get; }

    /// <summary>Gets the fields the edit changed (whose previous values are kept).</summary>
    public IReadOnlyList<RecordField> Fields { get; }

    /// <summary>Gets the leads the edit changed, in the order they were edited.</summary>
    public IReadOnlyList<LeadId> Leads => [.. _entries.Select(e => e.Lead)];

    /// <summary>Gets the number of leads the edit changed.</summary>
    public int Count => _entries.Length;

    /// <summary>Gets when the edit was applied.</summary>
    public Instant AppliedAt { get; }

    /// <summary>Gets whether the edit recorded history entries (the undo does too, then).</summary>
    internal bool RecordHistory { get; }

    /// <summary>Gets the entries: per lead, its saved version and the previous states of <see cref="Fields"/>.</summary>
    internal IReadOnlyList<Entry> Entries => _entries;

    /// <inheritdoc />
    public override string ToString() => $"undo of {string.Join(", ", Fields.Select(f => f.Name))} on {Count} leads";

    /// <summary>One lead's version after the edit and its previous field states.</summary>
    internal sealed record Entry(LeadId Lead, long Version, object?[] States);
}
