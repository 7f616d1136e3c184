namespace LeadKit.Import;

/// <summary>What a blank cell means when a row updates a lead (<see cref="DuplicatePolicy.Update"/>); new leads simply have the field empty.</summary>
public enum BlankCellPolicy
{
    /// <summary>A blank cell changes nothing: the lead keeps its value.</summary>
    Ignore = 0,

    /// <summary>A blank cell in a column mapped to a single-valued field clears the lead's value (fields that always have a value return to their default).</summary>
    Clear = 1,
}
