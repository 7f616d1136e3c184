namespace LeadKit.BulkEdit;

/// <summary>What a <see cref="FieldEdit"/> does to a field.</summary>
public enum EditOperation
{
    /// <summary>Sets the field to a value (for a multi-valued field: replaces every entry with that one).</summary>
    Set = 0,

    /// <summary>Empties the field; refused for fields that cannot be empty, such as the name.</summary>
    Clear = 1,

    /// <summary>Adds a value to a multi-valued field (an e-mail address, a phone number, a checked criterion), or appends a paragraph to the comments.</summary>
    Add = 2,

    /// <summary>Removes a value from a multi-valued field.</summary>
    Remove = 3,
}
