using System;

namespace LeadKit.Querying;

/// <summary>
/// What a <see cref="RecordField"/> can be used for: conditions and sort keys of the filter
/// language, report grouping, the operations of a bulk edit, and import and export columns.
/// </summary>
[Flags]
public enum FieldCapabilities
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Conditions of the filter language can test the field (<c>company = "Contoso"</c>).</summary>
    Filter = 1,

    /// <summary>Records can be sorted by the field (<c>company:desc</c>).</summary>
    Sort = 2,

    /// <summary>Reports can group records by the field's value (single-valued fields with few distinct values, such as a source or a rating).</summary>
    Group = 4,

    /// <summary>A bulk edit can set the field to a value (for a multi-valued field: make it the only entry).</summary>
    Set = 8,

    /// <summary>A bulk edit can empty the field.</summary>
    Clear = 16,

    /// <summary>A bulk edit can add a value (to a multi-valued field; a paragraph to the comments).</summary>
    Add = 32,

    /// <summary>A bulk edit can remove a value from a multi-valued field.</summary>
    Remove = 64,

    /// <summary>An importer can fill the field from a column's text (<see cref="RecordField.ParseValue"/>).</summary>
    Import = 128,

    /// <summary>An exporter can write the field as a column's text (<see cref="RecordField.FormatValue"/>).</summary>
    Export = 256,

    /// <summary>Every bulk-edit operation: a field with any of them is editable (<see cref="RecordField.IsEditable"/>).</summary>
    Edit = Set | Clear | Add | Remove,
}
