namespace LeadKit.Import;

/// <summary>How an import's row updates a field of the lead it matched (<see cref="DuplicatePolicy.Update"/>).</summary>
public enum UpdateMode
{
    /// <summary>Only fields the lead has empty receive the row's value; a value the lead has is kept.</summary>
    FillEmpty = 0,

    /// <summary>The row's value replaces the lead's.</summary>
    Overwrite = 1,
}
