using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace LeadKit.Csv.Layouts;

/// <summary>
/// The rules of one layout: a table of fixed header names (keys may carry a group as <c>key|n</c>),
/// optional numbered patterns, and value rules. The base class resolves labelled groups and cleans
/// values; layouts override the hooks for their traps.
/// </summary>
internal abstract partial class LayoutRules
{
    private readonly Dictionary<string, ColumnBinding> _fixed;

    protected LayoutRules(string name, string displayName, (string Header, string Key)[] table, IReadOnlyList<string>? headers = null)
    {
        Name = name;
        DisplayName = displayName;
        _fixed = new Dictionary<string, ColumnBinding>(table.Length, StringComparer.OrdinalIgnoreCase);
        var columns = new Dictionary<string, string>(table.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var (header, key) in table)
        {
            var bar = key.IndexOf('|', StringComparison.Ordinal);
            var group = bar < 0 ? 0 : int.Parse(key.AsSpan(bar + 1), CultureInfo.InvariantCulture);
            var bare = bar < 0 ? key : key[..bar];
            _fixed.Add(header, new ColumnBinding(bare, group, ColumnRole.Value, bare));
            columns.Add(header, bare);
        }

        Columns = columns;
        Headers = headers ?? [.. table.Select(t => t.Header)];
    }

    public string Name { get; }

    public string DisplayName { get; }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyDictionary<string, string> Columns { get; }

    public virtual IReadOnlyDictionary<string, string> Patterns { get; } = new Dictionary<string, string>();

    public ColumnBinding? Bind(string header) =>
        _fixed.TryGetValue(header, out var binding) ? binding : BindPattern(header);


    public virtual void Normalize(CsvRow row, ColumnBinding?[] columns, List<NormalizedValue> values)
    {
        Dictionary<(string, int), string>? labels = null;
        var cells = row.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            if (columns[i] is { Role: ColumnRole.Label } label)
            {
                labels ??= [];
                labels[(label.Key, label.Group)] = CleanLabel(cells[i]);
            }
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (columns[i] is not { Role: not ColumnRole.Label } column)
            {
                continue;
            }

            var key = column.Key;
            if (column.Role == ColumnRole.Labelled)
            {
                var dot = key.IndexOf('.', StringComparison.Ordinal);
                var stem = dot < 0 ? key : key[..dot];
                var label = labels is not null && labels.TryGetValue((stem, column.Group), out var l) ? l : string.Empty;
                var resolved = LabelledKey(stem, dot < 0 ? null : key[(dot + 1)..], label);
                if (resolved is null)
                {
                    continue;
                }

                key = resolved;
            }

            var text = Clean(cells[i]);
            if (string.IsNullOrWhiteSpace(text) || (IsDateKey(key) && IsEmptyDate(text)))
            {
                continue;
            }

            if (Adjust(key, column.Group, text, row, columns) is not { } adjusted)
            {
                continue;
            }

            if (!MaySplit(adjusted.Key, adjusted.Value))
            {
                Add(adjusted.Key, adjusted.Value, i, column.Group, values);
                continue;
            }

            foreach (var part in Split(adjusted.Key, adjusted.Value))
            {
                Add(adjusted.Key, part, i, column.Group, values);
            }
        }
    }

    private void Add(string key, string part, int column, int group, List<NormalizedValue> values)
    {
        var value = KeepsWhiteSpace ? part : part.Trim();
        if (!string.IsNullOrWhiteSpace(value))
        {
            values.Add(new NormalizedValue(key, value, column, group));
        }
    }

    /// <summary>Gets a value indicating whether values keep their white space as written (LeadKit's own layout, which is lossless); other layouts trim them.</summary>
    protected virtual bool KeepsWhiteSpace => false;

    /// <summary>
    /// A cell as a value: trimmed, and without the <c>'</c> a writer puts in front of a cell a
    /// spreadsheet would run as a formula (<c>'=1+2</c> reads <c>=1+2</c>; see
    /// <see cref="CsvWriteOptions.NeutraliseFormulas"/>). LeadKit's own layout overrides this with
    /// its exact, reversible rule.
    /// </summary>
    protected virtual string Clean(string cell)
    {
        var text = cell.Trim();
        return text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? text[1..].Trim() : text;
    }

    /// <summary>A cell of a column the layout does not bind, cleaned by the layout's rule (see <see cref="Clean"/>).</summary>
    internal string CleanCell(string cell) => Clean(cell);

    /// <summary>Whether a key holds a date, whose empty markers are left out.</summary>
    internal static bool IsDateKey(string key) =>
        key is "birthday" or "anniversary" or "created" or "modified" or "convertedDate" || key.StartsWith("event", StringComparison.Ordinal);

    /// <summary>
    /// Outlook's and others' "no date": all-zero dates (<c>0/0/00</c>, <c>00.00.0000</c>, <c>0000-00-00</c>)
    /// and Outlook's "None" date, 1 January 4501.
    /// </summary>
    internal static bool IsEmptyDate(string text) => EmptyDate().IsMatch(text);

    /// <summary>Matches a numbered column (<c>E-mail 1 - Label</c>); none by default.</summary>
    protected virtual ColumnBinding? BindPattern(string header) => null;

    /// <summary>The key of a labelled value: <paramref name="stem"/> (<c>email</c>), an optional <paramref name="part"/> (<c>city</c>) and the group's label cell; <see langword="null"/> leaves the value out.</summary>
    protected virtual string? LabelledKey(string stem, string? part, string label) => part is null ? stem : stem + "." + part;

    /// <summary>Layout-specific value rules; <see langword="null"/> leaves the value out.</summary>
    protected virtual (string Key, string Value)? Adjust(string key, int group, string value, CsvRow row, ColumnBinding?[] columns) => (key, value);

    /// <summary>Whether <see cref="Split"/> may give anything but the value itself (most cells are single values, taken without a call).</summary>
    protected virtual bool MaySplit(string key, string value) => false;

    /// <summary>Splits a multi-value cell; one value by default. Called only when <see cref="MaySplit"/> says so.</summary>
    protected virtual IEnumerable<string> Split(string key, string value) => [value];

    /// <summary>A label cell as a label: trimmed, without Google's <c>* </c> primary marker.</summary>
    protected static string CleanLabel(string label)
    {
        var text = label.Trim();
        return text.StartsWith('*') ? text[1..].Trim() : text;
    }

    /// <summary>The cell of the column with <paramref name="key"/> in <paramref name="group"/>, or <see langword="null"/>.</summary>
    protected static string? CellOf(CsvRow row, ColumnBinding?[] columns, string key, int group)
    {
        for (var i = 0; i < columns.Length && i < row.Cells.Count; i++)
        {
            if (columns[i] is { } c && c.Group == group && c.Key == key)
            {
                return row.Cells[i];
            }
        }

        return null;
    }

    /// <summary>A lower-camel kind name from a table, or <see langword="null"/> for an unknown label.</summary>
    protected static string? Kind(IReadOnlyDictionary<string, string> kinds, string label) =>
        kinds.TryGetValue(label.Trim(), out var kind) ? kind : null;

    protected static (string Header, string Key)[] Numbered(string format, string key, int from, int to) =>
        [.. Enumerable.Range(from, to - from + 1).Select(n => (string.Format(CultureInfo.InvariantCulture, format, n), string.Format(CultureInfo.InvariantCulture, key, n)))];

    [GeneratedRegex(@"^\s*(0+[./-]0+[./-]0+|0*1[./-]0*1[./-]4501|4501[./-]0?1[./-]0?1)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyDate();
}
