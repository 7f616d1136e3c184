namespace LeadKit.Operations;

/// <summary>What a recorded operation did (see <see cref="OperationSummary"/>).</summary>
public enum OperationKind
{
    /// <summary>A bulk edit (<see cref="BulkEdit.BulkEditor.ApplyAsync"/>).</summary>
    BulkEdit = 0,

    /// <summary>An assignment or unassignment (<see cref="Assignment.LeadAssignment"/>).</summary>
    Assignment = 1,

    /// <summary>The undo of another operation; undoing it re-applies that operation.</summary>
    Undo = 2,
}
