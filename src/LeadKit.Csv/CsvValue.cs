using System;

namespace LeadKit.Csv;

/// <summary>
/// One value of a row in format-neutral form, as a layout's <see cref="CsvLayout.Normalize"/>
/// gives it: a target key (see docs/csv.md: <c>first</c>, <c>email:business</c>,
/// <c>phone:mobile</c>, <c>address:home.city</c>, <c>custom.Employees</c>…), the cleaned value and
/// the column it came from, so that a later step can bind keys to lead fields and name the column
/// of a value it rejects.
/// </summary>
public sealed record CsvValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="key">The target key.</param>
    /// <param name="value">The value, never blank (trimmed, except in LeadKit's own layout, which keeps white space).</param>
    /// <param name="columnIndex">The 0-based column it came from.</param>
    /// <param name="header">That column's name.</param>
    /// <param name="group">
    /// Which entry of a repeated field the value belongs to: values with the same key stem and group
    /// describe one e-mail address, phone or postal address (Outlook's <c>E-mail 2 Address</c> and
    /// <c>E-mail 2 Display Name</c> are group 2). 0 for single fields.
    /// </param>
    /// <exception cref="ArgumentException">The key or value is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The column index or group is negative.</exception>
    public CsvValue(string key, string value, int columnIndex, string header, int group = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentOutOfRangeException.ThrowIfNegative(columnIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(group);
        Key = key;
        Value = value;
        ColumnIndex = columnIndex;
        Header = header;
        Group = group;
    }

    /// <summary>Gets the target key.</summary>
    public string Key { get; }

    /// <summary>Gets the cleaned value.</summary>
    public string Value { get; }

    /// <summary>Gets the 0-based column the value came from.</summary>
    public int ColumnIndex { get; }

    /// <summary>Gets the name of that column.</summary>
    public string Header { get; }

    /// <summary>Gets which entry of a repeated field the value belongs to (0 for single fields).</summary>
    public int Group { get; }
}
