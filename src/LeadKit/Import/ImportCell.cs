using System;

namespace LeadKit.Import;

/// <summary>
/// One value of an imported row: the text, the source column it came from (as the file names it, for
/// error messages and field maps), and the target key the format gives it, if it knows one. Keys are
/// the field catalogue's names and their parts (<c>title</c>, <c>first</c>, <c>email:business</c>,
/// <c>phone:mobile.extension</c>, <c>address:home.city</c>, <c>custom.Budget</c>; the list is in
/// docs/import-export.md). Values of one repeated entry (an e-mail address and its display name, the
/// parts of one postal address) share a <see cref="Group"/>. Immutable.
/// </summary>
public sealed record ImportCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="column">The source column (a CSV or sheet header, a vCard property name).</param>
    /// <param name="value">The text as read; a blank value means the cell is empty.</param>
    /// <param name="key">The target key the format gives the value, or <see langword="null"/> when it knows none (a field map may give one).</param>
    /// <param name="group">Which entry of a repeated field the value belongs to: values with the same key stem and group make one entry. 0 for single fields.</param>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is negative.</exception>
    public ImportCell(string column, string value, string? key = null, int group = 0)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(value);
        if (key is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(group);
        Column = column;
        Value = value;
        Key = key;
        Group = group;
    }

    /// <summary>Gets the source column.</summary>
    public string Column { get; }

    /// <summary>Gets the text as read.</summary>
    public string Value { get; }

    /// <summary>Gets the target key the format gives the value, if any.</summary>
    public string? Key { get; }

    /// <summary>Gets which entry of a repeated field the value belongs to (0 for single fields).</summary>
    public int Group { get; }

    /// <summary>Gets a value indicating whether the cell is empty (blank text).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Value);
}
