using System;
using System.Collections.Generic;
using System.Globalization;

namespace LeadKit.Excel;

/// <summary>
/// The header row of a sheet: its row number, the column names as written, in order, and a distinct
/// key for each column. A name that occurs once is its own key; a repeated name gets <c>Name#2</c>,
/// <c>Name#3</c>… from its second occurrence on, and a blank name <c>#n</c> (its column number), as
/// for CSV files. The header ends at its last non-blank cell.
/// </summary>
public sealed class XlsxHeader
{
    private readonly string[] _names;
    private readonly string[] _keys;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a header.</summary>
    /// <param name="rowNumber">The header's row number in the sheet, from 1.</param>
    /// <param name="names">The column names, in order (column A first).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowNumber"/> is below 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or one of them is <see langword="null"/>.</exception>
    public XlsxHeader(long rowNumber, IEnumerable<string> names)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowNumber, 1);
        ArgumentNullException.ThrowIfNull(names);
        RowNumber = rowNumber;
        _names = [.. names];
        _keys = new string[_names.Length];
        _index = new Dictionary<string, int>(_names.Length, StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _names.Length; i++)
        {
            var name = _names[i] ?? throw new ArgumentNullException(nameof(names), "A column name is null.");
            var trimmed = name.Trim();
            string key;
            if (trimmed.Length == 0)
            {
                key = "#" + (i + 1).ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                var count = seen.TryGetValue(trimmed, out var c) ? c + 1 : 1;
                seen[trimmed] = count;
                key = count == 1 ? trimmed : trimmed + "#" + count.ToString(CultureInfo.InvariantCulture);
            }

            // A written name could already look like a generated key ("Phone#2"): number on until free.
            var candidate = key;
            for (var n = 2; _index.ContainsKey(candidate); n++)
            {
                candidate = key + "#" + n.ToString(CultureInfo.InvariantCulture);
            }

            _keys[i] = candidate;
            _index[candidate] = i;
        }

        // Names also find their first column when a key does not already claim them.
        for (var i = 0; i < _names.Length; i++)
        {
            _index.TryAdd(_names[i].Trim(), i);
        }
    }

    /// <summary>Gets the header's row number as Excel shows it (1 unless blank rows come first).</summary>
    public long RowNumber { get; }

    /// <summary>Gets the number of columns.</summary>
    public int Count => _names.Length;

    /// <summary>Gets the column names as written.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Gets the distinct column keys (see the type's remarks), one per column.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>Finds a column by key or name, ignoring case and surrounding white space; a repeated name finds its first column.</summary>
    /// <param name="keyOrName">The key or the name.</param>
    /// <returns>The 0-based column index, or -1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyOrName"/> is <see langword="null"/>.</exception>
    public int IndexOf(string keyOrName)
    {
        ArgumentNullException.ThrowIfNull(keyOrName);
        return _index.TryGetValue(keyOrName.Trim(), out var i) ? i : -1;
    }
}
