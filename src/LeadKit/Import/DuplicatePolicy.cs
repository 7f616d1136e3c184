namespace LeadKit.Import;

/// <summary>What an import does with a row that matches a lead already in the store, or an earlier row of the same file.</summary>
public enum DuplicatePolicy
{
    /// <summary>Skip the row: it is counted as skipped, with the match that made it a duplicate.</summary>
    Skip = 0,

    /// <summary>Import the row as a new lead anyway.</summary>
    Import = 1,

    /// <summary>Update the matching lead with the row's values (<see cref="ImportOptions.UpdateMode"/>, <see cref="ImportOptions.Blanks"/>): counted as merged.</summary>
    Update = 2,
}
