using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Excel.Internal;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace LeadKit.Excel;

/// <summary>
/// Writes a table to an Excel workbook (<c>.xlsx</c>) of one sheet: the header as row 1 (frozen, with
/// filter buttons), then the rows, streamed from an enumerable so memory stays flat however many rows
/// there are. Cells are text unless <see cref="XlsxWriteOptions.CellsAsText"/> is off; possible
/// formulas are neutralised unless <see cref="XlsxWriteOptions.NeutraliseFormulas"/> is off; line
/// breaks are written as LF (a cell keeps no carriage return). Excel's own limits are enforced:
/// 1 048 576 rows, 16 384 columns, 32 767 characters in a cell. The caller keeps ownership of the stream.
/// </summary>
public static class XlsxTableWriter
{
    /// <summary>Excel's last row.</summary>
    internal const int MaxRows = 1_048_576;

    /// <summary>Excel's last column (XFD).</summary>
    internal const int MaxColumns = 16_384;

    /// <summary>Excel's longest cell.</summary>
    internal const int MaxCellLength = 32_767;

    private static readonly SearchValues<char> NotInSheetNames = SearchValues.Create("[]:*?/\\");

    /// <summary>
    /// Writes a header and rows as a workbook of one sheet, the rows as they come (from a database,
    /// another file; a list or any other enumerable: <c>rows.ToAsyncEnumerable()</c>).
    /// </summary>
    /// <param name="stream">The destination, written from its current position (it need not seek); the caller disposes it.</param>
    /// <param name="header">The column names, at least one.</param>
    /// <param name="rows">The rows, each with one cell per column (<see langword="null"/> is an empty cell); enumerated once, as the sheet is written.</param>
    /// <param name="options">How to write, or <see langword="null"/> for <see cref="XlsxWriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the writing (checked before each row); the destination then holds an incomplete file.</param>
    /// <returns>The number of rows written after the header.</returns>
    /// <exception cref="ArgumentNullException">An argument or a column name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written, the header is empty, the sheet name cannot be used, or a row's width differs from the header's.</exception>
    /// <exception cref="XlsxFormatException">The table breaks one of Excel's limits (rows, columns, cell length); the row and column are named.</exception>
    public static Task<long> WriteAsync(Stream stream, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, XlsxWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table(stream, header, options ?? XlsxWriteOptions.Default);
        return table.WriteAsync(rows, cancellationToken);
    }

    /// <summary>Checks a sheet name against Excel's rules: 1 to 31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending with <c>'</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="paramName">The argument that holds it.</param>
    /// <exception cref="ArgumentException">Excel would refuse the name.</exception>
    internal static void CheckSheetName(string? name, string paramName)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 31 || name.AsSpan().IndexOfAny(NotInSheetNames) >= 0 || name[0] == '\'' || name[^1] == '\'')
        {
            throw new ArgumentException($"\"{name}\" cannot be a sheet name: Excel takes 1 to 31 characters, none of [ ] : * ? / \\, not starting or ending with '.", paramName);
        }
    }

    /// <summary>One write: the checked header and options, and the rows as MiniExcel takes them.</summary>
    private sealed class Table
    {
        private readonly Stream _stream;
        private readonly XlsxWriteOptions _options;
        private readonly string[] _header;
        private readonly string[] _keys;
        private long _rowNumber;

        public Table(Stream stream, IReadOnlyList<string> header, XlsxWriteOptions options)
        {
            ArgumentNullException.ThrowIfNull(stream);
            ArgumentNullException.ThrowIfNull(header);
            if (!stream.CanWrite)
            {
                throw new ArgumentException("The stream cannot be written.", nameof(stream));
            }

            if (header.Count == 0)
            {
                throw new ArgumentException("A sheet needs at least one column.", nameof(header));
            }

            CheckSheetName(options.SheetName, nameof(options));

            _stream = stream;
            _options = options;
            _header = new string[header.Count];
            for (var i = 0; i < header.Count; i++)
            {
                _header[i] = header[i] ?? throw new ArgumentNullException(nameof(header), string.Create(CultureInfo.InvariantCulture, $"Column {i + 1}'s name is null."));
            }

            if (_header.Length > MaxColumns)
            {
                throw new XlsxFormatException(new XlsxProblem(1, MaxColumns + 1, XlsxProblemKind.TooManyColumns, $"The header has {_header.Length} columns; an Excel sheet holds at most {MaxColumns} (up to column XFD)."));
            }

            _keys = new string[_header.Length];
            for (var i = 0; i < _keys.Length; i++)
            {
                _keys[i] = CellText.ColumnName(i + 1);
            }
        }

        public async Task<long> WriteAsync(IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
        {
            var configuration = new OpenXmlConfiguration
            {
                Culture = CultureInfo.InvariantCulture,
                FastMode = false,
            };
            await MiniExcel.SaveAsAsync(_stream, RowsAsync(rows, cancellationToken), printHeader: false, _options.SheetName, ExcelType.XLSX, configuration, cancellationToken).ConfigureAwait(false);
            return _rowNumber - 1;
        }

        private async IAsyncEnumerable<IDictionary<string, object>> RowsAsync(IAsyncEnumerable<IReadOnlyList<string?>> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            yield return Row(_header);
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Row(row);
            }
        }

        private Dictionary<string, object> Row(IReadOnlyList<string?> cells)
        {
            var rowNumber = _rowNumber + 1;
            if (cells is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {rowNumber} is null."));
            }

            if (cells.Count != _keys.Length)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {rowNumber} has {cells.Count} cells; the header has {_keys.Length} columns."));
            }

            if (rowNumber > MaxRows)
            {
                throw new XlsxFormatException(new XlsxProblem(rowNumber, null, XlsxProblemKind.TooManyRows, string.Create(CultureInfo.InvariantCulture, $"Row {rowNumber}: an Excel sheet holds at most {MaxRows} rows, the header included; split the table.")));
            }

            var row = new Dictionary<string, object>(_keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < _keys.Length; i++)
            {
                var text = cells[i] ?? string.Empty;
                object value;
                if (!_options.CellsAsText && rowNumber > 1 && CellText.TryGetCanonicalNumber(text, out var number))
                {
                    value = number;
                }
                else
                {
                    if (_options.NeutraliseFormulas)
                    {
                        text = FormulaGuard.Neutralise(text);
                    }

                    text = FormulaGuard.NormaliseLineBreaks(text);
                    if (text.Length > MaxCellLength)
                    {
                        throw new XlsxFormatException(new XlsxProblem(rowNumber, i + 1, XlsxProblemKind.CellTooLong, string.Create(CultureInfo.InvariantCulture, $"Row {rowNumber}, {CellText.Column(i + 1)}: the cell holds {text.Length} characters; an Excel cell holds at most {MaxCellLength}.")));
                    }

                    value = text;
                }

                row[_keys[i]] = value;
            }

            _rowNumber = rowNumber;
            return row;
        }
    }
}
