using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace LeadKit.Reports;

/// <content>CSV.</content>
public static partial class ReportRenderer
{
    /// <summary>
    /// Lays a result out as a flat table, the form CSV and spreadsheets take: the first row is the
    /// header. Without items: the grouping fields, <c>count</c> and the totals, then one row per
    /// last-level group with the display text of the group and of the groups above it (a report
    /// without groups has one row, its count and totals). With items: the grouping fields and the
    /// columns, then one row per item. Averages are rounded to four decimal places; cells are plain
    /// text (no quoting, no formula neutralising: the writer of each format does that).
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>The header, then the rows.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> ToRows(ReportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var definition = result.Definition;
        var levels = definition.Groups.Select(g => g.Field.Name).ToList();
        var withItems = result.Items.Count > 0 || result.AllGroups().Any(g => g.Items.Count > 0);
        var rows = new List<IReadOnlyList<string>>();
        if (withItems)
        {
            rows.Add([.. levels, .. definition.Columns.Select(c => c.Name)]);
            rows.AddRange(result.Items.Select(i => i.Texts));
        }
        else
        {
            rows.Add([.. levels, "count", .. definition.Totals.Select(t => t.ToString())]);
            if (definition.Groups.IsEmpty)
            {
                rows.Add([result.Count.ToString(CultureInfo.InvariantCulture), .. result.Totals.Select(CsvTotal)]);
                return rows;
            }
        }

        AddGroupRows(rows, result.Groups, [], withItems);
        return rows;
    }

    /// <summary>
    /// Lays a funnel out as a flat table: the header (<c>name</c>, <c>user</c>, each stage's count,
    /// each later stage's rate of the cohort, <c>valueWon</c>), then the team's row and one row per assignee.
    /// </summary>
    /// <param name="funnel">The funnel.</param>
    /// <returns>The header, then the rows.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> ToRows(FunnelResult funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        var stages = funnel.Team.Stages;
        var rows = new List<IReadOnlyList<string>>
        {
            (string[])["name", "user", .. stages.Select(s => s.Name), .. stages.Skip(1).Select(s => s.Name + "Rate"), "valueWon"],
        };
        foreach (var row in funnel.ByAssigned.Prepend(funnel.Team))
        {
            rows.Add(
            [
                row.Name,
                row.User?.ToString() ?? string.Empty,
                .. row.Stages.Select(s => s.Count.ToString(CultureInfo.InvariantCulture)),
                .. row.Stages.Skip(1).Select(s => s.Rate is { } rate ? ReportText.Number(rate) : string.Empty),
                string.Join("; ", row.ValueWon),
            ]);
        }

        return rows;
    }

    private static void WriteCsv(ReportResult result, TextWriter writer)
    {
        foreach (var row in ToRows(result))
        {
            CsvLine(writer, row);
        }
    }

    private static void WriteCsv(FunnelResult funnel, TextWriter writer)
    {
        foreach (var row in ToRows(funnel))
        {
            CsvLine(writer, row);
        }
    }

    private static void AddGroupRows(List<IReadOnlyList<string>> rows, IReadOnlyList<ReportGroup> groups, List<string> path, bool withItems)
    {
        foreach (var group in groups)
        {
            path.Add(group.Display);
            if (group.Groups.Count > 0)
            {
                AddGroupRows(rows, group.Groups, path, withItems);
            }
            else if (withItems)
            {
                rows.AddRange(group.Items.Select(item => (IReadOnlyList<string>)[.. path, .. item.Texts]));
            }
            else
            {
                rows.Add([.. path, group.Count.ToString(CultureInfo.InvariantCulture), .. group.Totals.Select(CsvTotal)]);
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private static string CsvTotal(TotalValue total) =>
        total.Value is { } value ? ReportText.Number(System.Math.Round(value, 4, System.MidpointRounding.AwayFromZero)) : string.Empty;

    /// <summary>
    /// Writes one CSV line (CRLF, as RFC 4180 says): a cell with a comma, quote or line break is
    /// quoted, quotes doubled; a cell a spreadsheet would run as a formula (starting with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return, and not a number) gets a leading apostrophe.
    /// </summary>
    private static void CsvLine(TextWriter writer, IReadOnlyList<string> cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var cell = cells[i];
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !decimal.TryParse(cell, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                cell = "'" + cell;
            }

            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(cell.Replace("\"", "\"\"", System.StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(cell);
            }
        }

        writer.Write(line.Append("\r\n").ToString());
    }
}
