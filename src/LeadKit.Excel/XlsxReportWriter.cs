using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Reports;

namespace LeadKit.Excel;

/// <summary>
/// Writes a report result or a sales funnel as an Excel workbook of one sheet, laid out as
/// <see cref="ReportRenderer.ToRows(ReportResult)"/> lays it out (the CSV layout): a header row, then
/// one row per last-level group (or per item, when the result has items), through
/// <see cref="XlsxTableWriter"/>. By default counts and totals are number cells Excel can add up,
/// possible formulas are neutralised, and the sheet is named after the report.
/// </summary>
public static class XlsxReportWriter
{
    /// <summary>Writes a report result.</summary>
    /// <param name="stream">The destination; the caller disposes it.</param>
    /// <param name="result">The result.</param>
    /// <param name="options">How to write; <see langword="null"/> for numbers as numbers and the report's name (cut to a valid sheet name) as the sheet's.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The number of rows written after the header.</returns>
    /// <exception cref="ArgumentException">The stream cannot be written, or the options' sheet name cannot be used.</exception>
    public static Task<long> WriteAsync(Stream stream, ReportResult result, XlsxWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WriteRowsAsync(stream, ReportRenderer.ToRows(result), options ?? Defaults(result.Name), cancellationToken);
    }

    /// <summary>Writes a sales funnel: the team's row, then one row per assignee.</summary>
    /// <param name="stream">The destination; the caller disposes it.</param>
    /// <param name="funnel">The funnel.</param>
    /// <param name="options">How to write; <see langword="null"/> for numbers as numbers on a sheet named <c>Sales funnel</c>.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The number of rows written after the header.</returns>
    /// <exception cref="ArgumentException">The stream cannot be written, or the options' sheet name cannot be used.</exception>
    public static Task<long> WriteFunnelAsync(Stream stream, FunnelResult funnel, XlsxWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        return WriteRowsAsync(stream, ReportRenderer.ToRows(funnel), options ?? Defaults("Sales funnel"), cancellationToken);
    }

    /// <summary>The default options: number cells, and a sheet name made from the report's (characters Excel refuses dropped, at most 31).</summary>
    private static XlsxWriteOptions Defaults(string name)
    {
        var kept = new string([.. name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)]).Trim().Trim('\'');
        kept = kept.Length > 31 ? kept[..31].Trim().Trim('\'') : kept;
        return new XlsxWriteOptions { CellsAsText = false, SheetName = kept.Length == 0 ? "Report" : kept };
    }

    private static Task<long> WriteRowsAsync(Stream stream, IReadOnlyList<IReadOnlyList<string>> rows, XlsxWriteOptions options, CancellationToken cancellationToken) =>
        XlsxTableWriter.WriteAsync(stream, rows[0], RowsAsync(rows, cancellationToken), options, cancellationToken);

    private static async IAsyncEnumerable<IReadOnlyList<string?>> RowsAsync(IReadOnlyList<IReadOnlyList<string>> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return rows[i];
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
