using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime.Text;

namespace LeadKit.Reports;

/// <content>Plain-text tables.</content>
public static partial class ReportRenderer
{
    /// <summary>How far each grouping level and a group's items are indented in a table.</summary>
    private const string Indent = "  ";

    private static void WriteTable(ReportResult result, TextWriter writer)
    {
        var definition = result.Definition;
        var header = new List<string> { definition.Groups.IsEmpty ? string.Empty : string.Join(" / ", definition.Groups.Select(g => g.Field.Name)), "count" };
        header.AddRange(definition.Totals.Select(t => t.ToString()));
        var rows = new List<(string[] Cells, IReadOnlyList<ReportItem> Items, int Depth)>();
        foreach (var group in result.AllGroups())
        {
            var depth = definition.Groups.IndexOf(group.Level);
            rows.Add(([string.Concat(Enumerable.Repeat(Indent, depth)) + group.Display, Count(group.Count), .. group.Totals.Select(TableTotal)], group.Items, depth));
        }

        rows.Add((["Total", Count(result.Count), .. result.Totals.Select(TableTotal)], result.Items, -1));

        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r.Cells[i].Length))).ToArray();
        var itemRows = rows.SelectMany(r => r.Items).Select(i => i.Texts.ToArray()).ToList();
        var itemHeader = definition.Columns.Select(c => c.Name).ToArray();
        var itemWidths = itemHeader.Select((h, i) => Math.Max(h.Length, itemRows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();

        writer.WriteLine(result.Name);
        writer.WriteLine();
        WriteLine(writer, string.Empty, header, widths);
        WriteLine(writer, string.Empty, widths.Select(w => new string('-', w)).ToList(), widths);
        foreach (var (cells, items, depth) in rows)
        {
            WriteLine(writer, string.Empty, cells, widths);
            if (items.Count > 0)
            {
                var indent = string.Concat(Enumerable.Repeat(Indent, depth + 2));
                WriteLine(writer, indent, itemHeader, itemWidths, numbersRight: false);
                foreach (var item in items)
                {
                    WriteLine(writer, indent, [.. item.Texts], itemWidths, numbersRight: false);
                }
            }
        }
    }

    private static void WriteTable(FunnelResult funnel, TextWriter writer)
    {
        var period = (funnel.From, funnel.To) switch
        {
            (null, null) => "all leads",
            (var from, null) => "leads created from " + InstantPattern.ExtendedIso.Format(from!.Value),
            (null, var to) => "leads created before " + InstantPattern.ExtendedIso.Format(to!.Value),
            var (from, to) => $"leads created from {InstantPattern.ExtendedIso.Format(from!.Value)} to {InstantPattern.ExtendedIso.Format(to!.Value)}",
        };
        var header = new List<string> { string.Empty };
        header.AddRange(funnel.Team.Stages.Select(s => s.Name));
        header.Add("value won");
        var rows = funnel.ByAssigned.Prepend(funnel.Team)
            .Select(r => (IReadOnlyList<string>)[r.Name, .. r.Stages.Select(StageCell), string.Join(", ", r.ValueWon)])
            .ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();

        writer.WriteLine($"Sales funnel: {period}; qualified from {funnel.QualifiedStars} stars");
        writer.WriteLine();
        WriteLine(writer, string.Empty, header, widths);
        WriteLine(writer, string.Empty, widths.Select(w => new string('-', w)).ToList(), widths);
        foreach (var row in rows)
        {
            WriteLine(writer, string.Empty, row, widths);
        }
    }

    /// <summary>A stage as a table shows it: <c>5 (62.5%)</c>, or the count alone for the first stage and an empty cohort.</summary>
    private static string StageCell(FunnelStage stage) =>
        stage.Kind == FunnelStageKind.Created || stage.Rate is null
            ? Count(stage.Count)
            : $"{Count(stage.Count)} ({ReportText.Number(Math.Round(stage.Rate.Value * 100, 1, MidpointRounding.AwayFromZero))}%)";

    private static string TableTotal(TotalValue total) =>
        total.Value is { } value ? ReportText.Number(Math.Round(value, 2, MidpointRounding.AwayFromZero)) : string.Empty;

    private static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes one line of cells padded to their widths: the first column left-aligned, the others right-aligned (numbers), unless told otherwise; no trailing blanks.</summary>
    private static void WriteLine(TextWriter writer, string indent, IReadOnlyList<string> cells, int[] widths, bool numbersRight = true)
    {
        var parts = cells.Select((cell, i) => numbersRight && i > 0 ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        writer.WriteLine((indent + string.Join("  ", parts)).TrimEnd());
    }
}
