using System.Collections.Generic;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Storage;

namespace LeadKit.Merging;

/// <summary>What a committed merge did.</summary>
public sealed class MergeResult
{
    internal MergeResult(
        OperationId operation,
        Lead master,
        IReadOnlyList<LeadId> merged,
        IReadOnlyList<FieldChange> changes,
        IReadOnlyList<ValueNotTaken> notTaken,
        int historyMoved,
        int opportunitiesMoved)
    {
        Operation = operation;
        Master = master;
        Merged = merged;
        Changes = changes;
        NotTaken = notTaken;
        HistoryMoved = historyMoved;
        OpportunitiesMoved = opportunitiesMoved;
    }

    /// <summary>Gets the recorded operation: undo it with <see cref="LeadMerger.UndoAsync"/> or <c>BulkEditor.UndoOperationAsync</c> (the console's <c>bulk-edit undo</c>).</summary>
    public OperationId Operation { get; }

    /// <summary>Gets the master as saved.</summary>
    public Lead Master { get; }

    /// <summary>Gets the leads merged into the master (now deleted, restorable), in order.</summary>
    public IReadOnlyList<LeadId> Merged { get; }

    /// <summary>Gets the master's field changes (old → new), as its history entry records them.</summary>
    public IReadOnlyList<FieldChange> Changes { get; }

    /// <summary>Gets every value that did not win, with the lead that held it, as the master's history entry lists them.</summary>
    public IReadOnlyList<ValueNotTaken> NotTaken { get; }

    /// <summary>Gets how many history items of the merged leads moved to the master.</summary>
    public int HistoryMoved { get; }

    /// <summary>Gets how many opportunities of the merged leads moved to the master.</summary>
    public int OpportunitiesMoved { get; }
}
