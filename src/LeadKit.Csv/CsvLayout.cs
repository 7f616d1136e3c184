using System;
using System.Collections.Generic;
using LeadKit.Csv.Layouts;

namespace LeadKit.Csv;

/// <summary>
/// A known CSV layout (Outlook, Google, Salesforce, ACT!, Thunderbird, LeadKit's own): its header
/// names, the format-neutral key each one maps to, and the value rules of the program that writes
/// it. Get one from <see cref="CsvLayouts"/>; the keys are listed in docs/csv.md.
/// </summary>
public sealed class CsvLayout
{
    private readonly LayoutRules _rules;
    private Binding? _last;

    internal CsvLayout(LayoutRules rules)
    {
        _rules = rules;
    }

    /// <summary>Gets the layout's name, as the console's <c>--format</c> takes it (<c>outlook</c>, <c>google</c>, <c>google-legacy</c>, <c>salesforce</c>, <c>act</c>, <c>thunderbird</c>, <c>leadkit</c>, <c>generic</c>).</summary>
    public string Name => _rules.Name;

    /// <summary>Gets a name for people (<c>Microsoft Outlook</c>).</summary>
    public string DisplayName => _rules.DisplayName;

    /// <summary>Gets the header the layout's program writes, in its order (for LeadKit and Google the columns without repeated groups; see <see cref="CsvLayouts.LeadKitHeader"/> and <see cref="CsvLayouts.GoogleHeader"/>).</summary>
    public IReadOnlyList<string> Headers => _rules.Headers;

    /// <summary>Gets the fixed header names the layout knows, each with its key (names compare ignoring case).</summary>
    public IReadOnlyDictionary<string, string> Columns => _rules.Columns;

    /// <summary>Gets the numbered header patterns the layout knows (<c>E-mail {n} - Value</c>), each with its key pattern (<c>email:{label}</c>: the kind comes from the row's label cell).</summary>
    public IReadOnlyDictionary<string, string> Patterns => _rules.Patterns;

    /// <summary>Gets the key a header name maps to in this layout.</summary>
    /// <param name="header">The header name, compared ignoring case and surrounding white space.</param>
    /// <returns>The key (a pattern's key for numbered columns), or <see langword="null"/> when the layout does not know the name.</returns>
    public string? KeyFor(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return _rules.Bind(header.Trim())?.DisplayKey;
    }

    /// <summary>
    /// Turns a row into format-neutral values: each known column's cell, trimmed, under its key, with
    /// the layout's traps handled — blank cells and empty-date markers (Outlook's <c>0/0/00</c>) left
    /// out, default flags (<c>Unspecified</c>, <c>Normal</c>, <c>False</c>) left out, labelled columns
    /// (Google's <c>Phone 1 - Label</c>) resolved into kinds, multi-value cells split, a writer's
    /// formula-neutralising <c>'</c> removed (<c>'=1+2</c> reads <c>=1+2</c>) — as docs/csv.md lists per
    /// layout. LeadKit's own layout is lossless instead: values keep their white space, and exactly one
    /// leading <c>'</c> is removed (its writer's escape). Unknown columns give nothing.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <returns>The values, in column order.</returns>
    public IReadOnlyList<CsvValue> Normalize(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var normalized = new List<NormalizedValue>();
        NormalizeInto(row, normalized);
        var values = new List<CsvValue>(normalized.Count);
        foreach (var value in normalized)
        {
            values.Add(new CsvValue(value.Key, value.Value, value.ColumnIndex, row.Header.Names[value.ColumnIndex], value.Group));
        }

        return values;
    }

    /// <summary>What <see cref="Normalize(CsvRow)"/> does, into a list the caller reuses (cleared first), without a <see cref="CsvValue"/> per value.</summary>
    internal void NormalizeInto(CsvRow row, List<NormalizedValue> values)
    {
        var binding = _last;
        if (binding is null || !ReferenceEquals(binding.Header, row.Header))
        {
            binding = new Binding(row.Header, _rules);
            _last = binding;
        }

        values.Clear();
        _rules.Normalize(row, binding.Columns, values);
    }

    /// <summary>Whether the layout binds a header name (gives its cells a key or uses them as labels).</summary>
    internal bool Binds(string header) => _rules.Bind(header.Trim()) is not null;

    /// <summary>A cell of a column the layout does not bind, cleaned as the layout cleans values (trimmed, neutralising undone).</summary>
    internal string Clean(string cell) => _rules.CleanCell(cell);

    /// <inheritdoc/>
    public override string ToString() => Name;

    private sealed class Binding(CsvHeader header, LayoutRules rules)
    {
        public CsvHeader Header { get; } = header;

        public ColumnBinding?[] Columns { get; } = Bind(header, rules);

        private static ColumnBinding?[] Bind(CsvHeader header, LayoutRules rules)
        {
            var columns = new ColumnBinding?[header.Count];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = rules.Bind(header.Names[i].Trim());
            }

            return columns;
        }
    }
}
