using System;
using System.Collections.Generic;

namespace LeadKit.Excel;

/// <summary>
/// One data row of a sheet: its number as Excel shows it and its cells as text, one per header
/// column (a row shorter than the header is padded with empty cells). Cells beyond the header's last
/// column are kept in <see cref="ExtraCells"/> and reported in <see cref="Problems"/>.
/// </summary>
public sealed class XlsxRow
{
    private static readonly IReadOnlyList<XlsxProblem> NoProblems = Array.Empty<XlsxProblem>();
    private readonly string[] _cells;

    internal XlsxRow(XlsxHeader header, long rowNumber, string[] cells, IReadOnlyList<XlsxProblem>? problems)
    {
        Header = header;
        RowNumber = rowNumber;
        _cells = cells;
        Problems = problems ?? NoProblems;
    }

    /// <summary>Gets the header the cells belong to.</summary>
    public XlsxHeader Header { get; }

    /// <summary>Gets the row's number as Excel shows it: blank rows before it keep their numbers, so it matches what a user sees.</summary>
    public long RowNumber { get; }

    /// <summary>Gets the cells of the header's columns, in header order: exactly <see cref="XlsxHeader.Count"/> of them, <c>""</c> for an empty cell.</summary>
    public IReadOnlyList<string> Cells => _cells.Length == Header.Count ? _cells : new ArraySegment<string>(_cells, 0, Header.Count);

    /// <summary>Gets the cells beyond the header's last column, up to the row's last non-empty cell; usually none.</summary>
    public IReadOnlyList<string> ExtraCells => _cells.Length == Header.Count ? Array.Empty<string>() : new ArraySegment<string>(_cells, Header.Count, _cells.Length - Header.Count);

    /// <summary>Gets what the reader recovered from in this row (cells beyond the header).</summary>
    public IReadOnlyList<XlsxProblem> Problems { get; }

    /// <summary>Gets a header column's cell (<c>""</c> when empty).</summary>
    /// <param name="index">The 0-based column index, below <see cref="XlsxHeader.Count"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a header column.</exception>
    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Header.Count);
            return _cells[index];
        }
    }

    /// <summary>Gets the cell of the column with this key or name (see <see cref="XlsxHeader.IndexOf"/>), or <see langword="null"/> when there is no such column.</summary>
    /// <param name="keyOrName">The column's key or name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="keyOrName"/> is <see langword="null"/>.</exception>
    public string? this[string keyOrName]
    {
        get
        {
            var i = Header.IndexOf(keyOrName);
            return i >= 0 ? _cells[i] : null;
        }
    }
}
