namespace LeadKit.Operations;

/// <summary>What an operation did to one record (or, for an import, one row).</summary>
public enum OutcomeStatus
{
    /// <summary>The record was changed (assigned, edited, converted, restored to earlier values).</summary>
    Changed = 0,

    /// <summary>Nothing needed to change: the record already had the requested values.</summary>
    Unchanged = 1,

    /// <summary>The record was refused; <see cref="RecordOutcome.Reason"/> says why. Nothing of it was written.</summary>
    Failed = 2,

    /// <summary>
    /// The record would have changed but was not written: other records failed and the operation
    /// is all-or-nothing (or, for an import, a duplicate the policy skips).
    /// </summary>
    Skipped = 3,

    /// <summary>A new record was created (a restored lead, an imported row).</summary>
    Created = 4,

    /// <summary>The record was deleted.</summary>
    Deleted = 5,
}
