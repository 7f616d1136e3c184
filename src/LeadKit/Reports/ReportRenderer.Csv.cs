using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace LeadKit.Reports;

/// <content>CSV.</content>
public static partial class ReportRenderer
{
    /// <summary>
    /// Writes a result as CSV. Without items: a header (the grouping fields, <c>count</c>, the
    /// totals) and one line per last-level group, with the display text of the group and of the
    /// groups above it (a report without groups writes one line with its count and totals). With
    /// items: a header (the grouping fields, then the columns) and one line per item.
    /// </summary>
    private static void WriteCsv(ReportResult result, TextWriter writer)
    {
        var definition = result.Definition;
        var levels = definition.Groups.Select(g => g.Field.Name).ToList();
        var withItems = result.Items.Count > 0 || result.AllGroups().Any(g => g.Items.Count > 0);
        if (withItems)
        {
            CsvLine(writer, [.. levels, .. definition.Columns.Select(c => c.Name)]);
            foreach (var item in result.Items)
            {
                CsvLine(writer, item.Texts);
            }
        }
        else
        {
            CsvLine(writer, [.. levels, "count", .. definition.Totals.Select(t => t.ToString())]);
            if (definition.Groups.IsEmpty)
            {
                CsvLine(writer, [result.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), .. result.Totals.Select(CsvTotal)]);
                return;
            }
        }

        WriteCsvGroups(writer, result.Groups, [], withItems);
    }

    private static void WriteCsvGroups(TextWriter writer, IReadOnlyList<ReportGroup> groups, List<string> path, bool withItems)
    {
        foreach (var group in groups)
        {
            path.Add(group.Display);
            if (group.Groups.Count > 0)
            {
                WriteCsvGroups(writer, group.Groups, path, withItems);
            }
            else if (withItems)
            {
                foreach (var item in group.Items)
                {
                    CsvLine(writer, [.. path, .. item.Texts]);
                }
            }
            else
            {
                CsvLine(writer, [.. path, group.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), .. group.Totals.Select(CsvTotal)]);
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private static void WriteCsv(FunnelResult funnel, TextWriter writer)
    {
        var stages = funnel.Team.Stages;
        CsvLine(writer, ["name", "user", .. stages.Select(s => s.Name), .. stages.Skip(1).Select(s => s.Name + "Rate"), "valueWon"]);
        foreach (var row in funnel.ByAssigned.Prepend(funnel.Team))
        {
            CsvLine(
                writer,
                [
                    row.Name,
                    row.User?.ToString() ?? string.Empty,
                    .. row.Stages.Select(s => s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    .. row.Stages.Skip(1).Select(s => s.Rate is { } rate ? ReportText.Number(rate) : string.Empty),
                    string.Join("; ", row.ValueWon),
                ]);
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
