namespace LeadKit.History;

/// <summary>What an <see cref="ActivityEntry"/> records: an action taken on a record through LeadKit's operations.</summary>
public enum ActivityKind
{
    /// <summary>The record was assigned to a user, or unassigned.</summary>
    Assigned = 0,

    /// <summary>Fields of the record were changed by a bulk edit.</summary>
    Edited = 1,

    /// <summary>A bulk edit of the record was undone.</summary>
    EditUndone = 2,

    /// <summary>A lead was converted into a business contact (recorded on both).</summary>
    Converted = 3,

    /// <summary>The record was deleted; the entry keeps a snapshot so that it can be restored.</summary>
    Deleted = 4,

    /// <summary>A deleted record was restored.</summary>
    Restored = 5,

    /// <summary>The record was created or updated by an import (<c>LeadKit.Import.LeadImport</c>); an update lists its changes.</summary>
    Imported = 6,

    /// <summary>Other leads were merged into this one (<c>LeadKit.Merging.LeadMerger</c>): the entry lists them and every value of theirs the lead did not take.</summary>
    Merged = 7,

    /// <summary>A merge into this lead was undone: the lead is back as it was, and the merged leads are restored.</summary>
    MergeUndone = 8,
}
