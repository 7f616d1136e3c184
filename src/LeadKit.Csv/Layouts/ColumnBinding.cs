namespace LeadKit.Csv.Layouts;

/// <summary>What a layout makes of one header name.</summary>
/// <param name="Key">The key (for labelled columns, the stem the label's kind is added to: <c>email</c>, <c>address.city</c>).</param>
/// <param name="Group">The entry of a repeated field (0 for single fields).</param>
/// <param name="Role">How the cell is used.</param>
/// <param name="DisplayKey">The key as documented (<c>email:{label}</c> for labelled columns).</param>
internal sealed record ColumnBinding(string Key, int Group, ColumnRole Role, string DisplayKey);

/// <summary>How a layout uses a column's cell.</summary>
internal enum ColumnRole
{
    /// <summary>The cell is the value of the key.</summary>
    Value,

    /// <summary>The cell labels a numbered group (Google's <c>… - Label</c>, LeadKit's <c>….kind</c>); it gives no value itself.</summary>
    Label,

    /// <summary>The cell is a value whose kind comes from its group's label.</summary>
    Labelled,
}
