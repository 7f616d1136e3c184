namespace LeadKit.Storage;

/// <summary>What a recorded operation did (see <see cref="OperationSummary"/>).</summary>
public enum OperationKind
{
    /// <summary>A bulk edit (<c>BulkEditor.ApplyAsync</c>).</summary>
    BulkEdit = 0,

    /// <summary>An assignment or unassignment (<c>LeadKit.Assignment.LeadAssignment</c>).</summary>
    Assignment = 1,

    /// <summary>The undo of another operation; undoing it re-applies that operation.</summary>
    Undo = 2,

    /// <summary>An import (<c>LeadKit.Import.LeadImport</c>): undoing it deletes the leads it created and restores the leads it updated.</summary>
    Import = 3,

    /// <summary>A merge of duplicate leads (<c>LeadKit.Merging.LeadMerger</c>): undoing it restores the master as it was, restores the merged leads and moves their history and opportunities back.</summary>
    Merge = 4,

    /// <summary>An erasure of a person (<c>LeadKit.Operations.RecordErasure</c>): the audit entry that a lead or business contact was erased (<see cref="OperationSummary.Fields"/> names its kind), holding nothing about it. It cannot be undone.</summary>
    Erasure = 5,
}
