using LeadKit.Utility;

namespace LeadKit.Storage;

/// <summary>
/// Identifies a recorded operation (a bulk edit, an assignment, an undo) within a workspace: what
/// <c>leadkit bulk-edit undo OPERATION</c> and <see cref="BulkEdit.BulkEditor.UndoOperationAsync"/> take.
/// </summary>
[GuidIdentifier]
public readonly partial record struct OperationId;
