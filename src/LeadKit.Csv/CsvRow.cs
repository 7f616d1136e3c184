using System;
using System.Collections.Generic;

namespace LeadKit.Csv;

/// <summary>
/// One row of a CSV file after the header: its number as a spreadsheet shows it and its cells by
/// header column. A row with fewer cells than the header has its last columns missing
/// (<see cref="this[int]"/> returns <see langword="null"/> for them); cells beyond the header
/// are kept in <see cref="ExtraCells"/> and reported in <see cref="Problems"/>.
/// </summary>
public sealed class CsvRow
{
    private static readonly IReadOnlyList<CsvProblem> NoProblems = Array.Empty<CsvProblem>();
    private readonly string[] _cells;

    internal CsvRow(CsvHeader header, long rowNumber, string[] cells, bool isBlank, IReadOnlyList<CsvProblem>? problems)
    {
        Header = header;
        RowNumber = rowNumber;
        _cells = cells;
        IsBlank = isBlank;
        Problems = problems ?? NoProblems;
    }

    /// <summary>Gets the header the cells belong to.</summary>
    public CsvHeader Header { get; }

    /// <summary>Gets the row's number as a spreadsheet shows it: the header is row 1, a blank line is a row, a multi-line cell stays in one row.</summary>
    public long RowNumber { get; }

    /// <summary>Gets a value indicating whether the row is an empty line.</summary>
    public bool IsBlank { get; }

    /// <summary>Gets the number of cells in the row as written (extra cells included).</summary>
    public int CellCount => _cells.Length;

    /// <summary>Gets the number of header columns the row has no cell for (it is shorter than the header).</summary>
    public int MissingCellCount => Math.Max(0, Header.Count - _cells.Length);

    /// <summary>Gets the cells of the header's columns that the row has, in header order (shorter than the header when cells are missing).</summary>
    /// <remarks>A row as long as the header (the usual case) hands out its own array, so reading a cell allocates nothing.</remarks>
    public IReadOnlyList<string> Cells => _cells.Length <= Header.Count ? _cells : (IReadOnlyList<string>)new ArraySegment<string>(_cells, 0, Header.Count);

    /// <summary>Gets the cells beyond the header's last column, if any.</summary>
    public IReadOnlyList<string> ExtraCells => _cells.Length <= Header.Count ? Array.Empty<string>() : (IReadOnlyList<string>)new ArraySegment<string>(_cells, Header.Count, _cells.Length - Header.Count);

    /// <summary>Gets what the reader recovered from in this row (malformed quoting under <see cref="CsvMalformedRowPolicy.Report"/>, extra cells).</summary>
    public IReadOnlyList<CsvProblem> Problems { get; }

    /// <summary>Gets a header column's cell, or <see langword="null"/> when the row has none (it is shorter than the header).</summary>
    /// <param name="index">The 0-based column index, below <see cref="CsvHeader.Count"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a header column.</exception>
    public string? this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Header.Count);
            return index < _cells.Length ? _cells[index] : null;
        }
    }

    /// <summary>Gets the cell of the column with this key or name (see <see cref="CsvHeader.IndexOf"/>), or <see langword="null"/> when there is no such column or the row has no cell in it.</summary>
    /// <param name="keyOrName">The column's key or name.</param>
    public string? this[string keyOrName]
    {
        get
        {
            var i = Header.IndexOf(keyOrName);
            return i >= 0 && i < _cells.Length ? _cells[i] : null;
        }
    }
}
