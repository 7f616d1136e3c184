using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using LeadKit.Import;
using LeadKit.Leads;

namespace LeadKit.Export;

/// <summary>
/// LeadKit's own lossless table layout, the one every tabular format writes and reads the same way
/// (LeadKit's CSV in <c>LeadKit.Csv</c>, LeadKit's workbook in <c>LeadKit.Excel</c>): a
/// <c>leadkit.version</c> column, one column per single-field key (<c>first</c>, <c>title</c>,
/// <c>birthday</c>, <c>checked:{criterion}</c>…), numbered groups for the repeated fields
/// (<c>email.1.kind</c>, <c>email.1.address</c>, <c>email.1.displayName</c>, <c>phone.2.number</c>,
/// <c>address.1.city</c>…), then <c>custom.{Name}</c> per custom field. A layout is bound to one
/// header: made from an <see cref="ExportShape"/> to write leads (<see cref="FromShape"/>), or from a
/// file's header to read them (<see cref="FromHeader"/>). <see cref="Fill"/> puts a record's keyed
/// values in a row; <see cref="Read"/> turns a row back into the keyed cells an import reads into an
/// equal record. Cell text is escaped reversibly (<see cref="Escape"/>, <see cref="Unescape"/>).
/// Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// This type is the one description of the layout's columns; a format package adds only what its
/// file format needs (quoting, encodings, a workbook's cell limits). Hosts writing another tabular
/// format can use it to write and read the same columns.
/// </remarks>
public sealed partial class LeadKitTableLayout
{
    /// <summary>The name of the first column, which says a table is in LeadKit's layout and which version of it.</summary>
    public const string VersionColumn = "leadkit.version";

    /// <summary>The version of the layout written in <see cref="VersionColumn"/>.</summary>
    public const string Version = "1";

    private static readonly string[] Fixed =
    [
        VersionColumn, "id", "prefix", "first", "middle", "last", "suffix", "name", "name.whole", "fileAs", "fileAsFormat", "title", "company", "account",
        "assignedTo", "source", "rating", "initiatedBy", "areaOfInterest", "photo", "webPage", "scoreType", "manualStars", "checked",
        "comments", "department", "office", "profession", "manager", "assistant", "nickname", "phoneticFirst", "phoneticLast", "phoneticCompany",
        "spouse", "imAddress", "territory", "birthday", "anniversary", "doNotCall", "doNotEmail", "doNotFax", "doNotSendLetter",
        "preferredContactMethod", "active", "created", "modified",
    ];

    private static readonly HashSet<string> FixedNames = new(Fixed, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] EmailParts = ["kind", "address", "displayName"];

    private static readonly string[] PhoneParts = ["kind", "number"];

    private static readonly string[] AddressParts = ["kind", "street", "poBox", "city", "state", "postalCode", "country", "mailing"];

    /// <summary>The kinds a group's kind cell may name, by stem: the enum names as the keys spell them (<c>business</c>, <c>businessFax</c>), found ignoring case.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> KindNames = new(StringComparer.Ordinal)
    {
        ["email"] = KindsOf<EmailKind>(),
        ["phone"] = KindsOf<PhoneKind>(),
        ["address"] = KindsOf<AddressKind>(),
    };

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private readonly string[] _header;
    private readonly string[] _columns;
    private readonly Binding?[] _bindings;
    private readonly string?[] _keys;
    private readonly Dictionary<string, int> _single = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Stem, int Group, string Part), int> _parts = [];
    private readonly Dictionary<(string Stem, int Group), int> _kinds = [];
    private readonly int _version = -1;

    private LeadKitTableLayout(IReadOnlyList<string> header, IReadOnlyList<string>? columns)
    {
        _header = [.. header];
        _columns = columns is null ? [.. _header.Select(h => h.Trim())] : [.. columns];
        _bindings = new Binding?[_header.Length];
        _keys = new string?[_header.Length];
        for (var i = 0; i < _header.Length; i++)
        {
            var name = _header[i].Trim();
            var binding = Bind(name);
            _bindings[i] = binding;
            _keys[i] = binding?.DisplayKey;
            if (binding is null || binding.Group == 0)
            {
                _single.TryAdd(name, i);
                if (_version < 0 && string.Equals(name, VersionColumn, StringComparison.OrdinalIgnoreCase))
                {
                    _version = i;
                }
            }
            else if (binding.Role == Role.Kind)
            {
                _kinds.TryAdd((binding.Stem, binding.Group), i);
            }
            else
            {
                _parts.TryAdd((binding.Stem, binding.Group, binding.Part), i);
            }
        }

        // A group's values take their kind from the row's kind cell of the same group.
        for (var i = 0; i < _bindings.Length; i++)
        {
            if (_bindings[i] is { Role: Role.Labelled } labelled && _kinds.TryGetValue((labelled.Stem, labelled.Group), out var kind))
            {
                _bindings[i] = labelled with { KindColumn = kind };
            }
        }
    }

    /// <summary>
    /// Gets the single-field columns the layout knows, in header order: <see cref="VersionColumn"/>,
    /// the name and its parts (<c>name.whole</c> is a name kept whole, never split into parts), every
    /// lead field an import can set in the field catalogue's order, then the identity and audit
    /// columns (<c>id</c>, <c>fileAs</c>, <c>created</c>, <c>modified</c>: read, reported as not imported).
    /// </summary>
    public static IReadOnlyList<string> FixedColumns { get; } = Array.AsReadOnly(Fixed);

    /// <summary>Gets the header the layout is bound to, names as written.</summary>
    public IReadOnlyList<string> Header => _header;

    /// <summary>Gets the names the cells of <see cref="Read"/> give as their <see cref="ImportCell.Column"/>, one per header column (the header's names, trimmed, unless others were given).</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>Gets each column's key as <see cref="KeyFor"/> gives it, or <see langword="null"/> for a name the layout does not know.</summary>
    public IReadOnlyList<string?> Keys => _keys;

    /// <summary>
    /// Makes the layout an export writes for leads of a given shape: <see cref="VersionColumn"/>, a
    /// column per single-field key the shape names (in its order), the numbered e-mail, phone and
    /// address groups, then the custom fields.
    /// </summary>
    /// <param name="shape">What the leads hold (<see cref="IExportTarget.NeedsShape"/>).</param>
    /// <returns>The layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shape"/> is null.</exception>
    public static LeadKitTableLayout FromShape(ExportShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var header = new List<string>(8 + shape.Fields.Count + (shape.Emails * EmailParts.Length) + (shape.Phones * PhoneParts.Length) + (shape.Addresses * AddressParts.Length)) { VersionColumn };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { VersionColumn };
        header.AddRange(shape.Fields.Where(k => !IsCustom(k) && seen.Add(k)));
        Groups(header, shape.Emails, shape.Phones, shape.Addresses);
        header.AddRange(shape.Fields.Where(k => IsCustom(k) && seen.Add(k)));
        return new LeadKitTableLayout(header, null);
    }

    /// <summary>Binds a file's header to the layout, to read its rows (and to write rows under it).</summary>
    /// <param name="header">The header's names as written; compared ignoring case and surrounding white space.</param>
    /// <param name="columns">The names the read cells give as their column (a format's distinct column names, such as <c>Phone#2</c> for a repeated name), one per header column; the trimmed names when null.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> or one of its names is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="columns"/> does not have one name per header column.</exception>
    public static LeadKitTableLayout FromHeader(IReadOnlyList<string> header, IReadOnlyList<string>? columns = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Any(h => h is null))
        {
            throw new ArgumentNullException(nameof(header), "A column name is null.");
        }

        if (columns is not null && (columns.Count != header.Count || columns.Any(c => c is null)))
        {
            throw new ArgumentException($"The header has {header.Count} columns, so give {header.Count} column names.", nameof(columns));
        }

        return new LeadKitTableLayout(header, columns);
    }

    /// <summary>Gets a value indicating whether a header is in LeadKit's layout: it has a <see cref="VersionColumn"/> column (its other names are plain field names that hand-made files use too).</summary>
    /// <param name="header">The header's names.</param>
    /// <returns><see langword="true"/> when one of the names is <c>leadkit.version</c> (ignoring case and surrounding white space).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    public static bool IsLeadKitHeader(IEnumerable<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.Any(h => h is not null && string.Equals(h.Trim(), VersionColumn, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Gets the key a column name stands for in the layout: a fixed column's own name (<c>title</c>),
    /// <c>custom.{Name}</c>, <c>checked:{criterion}</c>, and for the numbered groups the key pattern
    /// whose kind comes from the group's kind cell (<c>email.1.address</c> → <c>email:{kind}</c>,
    /// <c>address.2.city</c> → <c>address:{kind}.city</c>; a kind column → <c>(email 1 kind)</c>).
    /// </summary>
    /// <param name="header">The column name, compared ignoring case and surrounding white space.</param>
    /// <returns>The key, or <see langword="null"/> when the layout does not know the name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    public static string? KeyFor(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Bind(header.Trim())?.DisplayKey;
    }

    /// <summary>
    /// The header with every column the layout knows: <see cref="FixedColumns"/>, as many numbered
    /// e-mail (<c>email.n.kind</c>, <c>.address</c>, <c>.displayName</c>), phone (<c>phone.n.kind</c>,
    /// <c>.number</c>) and address (<c>address.n.kind</c>, <c>.street</c>, <c>.poBox</c>, <c>.city</c>,
    /// <c>.state</c>, <c>.postalCode</c>, <c>.country</c>, <c>.mailing</c>) groups as wanted, then
    /// <c>custom.{Name}</c> per custom field.
    /// </summary>
    /// <param name="emails">How many e-mail groups.</param>
    /// <param name="phones">How many phone groups.</param>
    /// <param name="addresses">How many address groups.</param>
    /// <param name="customFields">The custom field names, in the order wanted.</param>
    /// <returns>The header names.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static IReadOnlyList<string> AllColumns(int emails = 1, int phones = 1, int addresses = 1, IEnumerable<string>? customFields = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(emails);
        ArgumentOutOfRangeException.ThrowIfNegative(phones);
        ArgumentOutOfRangeException.ThrowIfNegative(addresses);
        var header = new List<string>(Fixed);
        Groups(header, emails, phones, addresses);
        header.AddRange((customFields ?? []).Select(n => "custom." + n.Trim()));
        return header;
    }

    /// <summary>
    /// The text a value is written as: with one <c>'</c> in front when it starts with <c>'</c>, and —
    /// when neutralising formulas — when a spreadsheet would run it as a formula (<see cref="IsFormula"/>).
    /// <see cref="Unescape"/> gives the value back either way.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="neutraliseFormulas">Whether values a spreadsheet would run get a <c>'</c> in front.</param>
    /// <returns>The cell text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Escape(string value, bool neutraliseFormulas = true)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && (value[0] == '\'' || (neutraliseFormulas && IsFormula(value))) ? "'" + value : value;
    }

    /// <summary>The value a cell holds: the text without one leading <c>'</c> (the escape of <see cref="Escape"/>); nothing else is changed, white space included.</summary>
    /// <param name="cell">The cell text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cell"/> is null.</exception>
    public static string Unescape(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] == '\'' ? cell[1..] : cell;
    }

    /// <summary>
    /// Gets a value indicating whether a spreadsheet could run a value as a formula: it starts with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, and is not a number or a
    /// phone number (a sign, then only digits, spaces and <c>( ) . / -</c>, with at least one digit,
    /// perhaps an extension <c>x12</c>, <c>ext. 12</c>, <c>#12</c>: <c>+1 (555) 010-0100</c>,
    /// <c>-12.5</c>) — no function name, reference to another file or command fits in those.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when it needs neutralising.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static bool IsFormula(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumberLike(value);
    }

    /// <summary>
    /// Puts a record's keyed values (<see cref="ExportRecord.Cells"/>) in a row of this header: each
    /// escaped (<see cref="Escape"/>), <see cref="Version"/> in <see cref="VersionColumn"/>, each
    /// repeated entry's kind in its group's kind column.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="row">The row to fill: one slot per header column, all null (empty).</param>
    /// <param name="neutraliseFormulas">Whether values a spreadsheet would run get a <c>'</c> in front (read back exactly either way).</param>
    /// <returns>The values no column holds: none when the layout was made from the shape of the exported records.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="row"/> does not have one slot per header column.</exception>
    public IReadOnlyList<ImportCell> Fill(ExportRecord record, string?[] row, bool neutraliseFormulas = true)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(row);
        if (row.Length != _header.Length)
        {
            throw new ArgumentException($"The row has {row.Length} slots; the header has {_header.Length} columns.", nameof(row));
        }

        if (_version >= 0)
        {
            row[_version] = Version;
        }

        List<ImportCell>? unplaced = null;
        foreach (var cell in record.Cells)
        {
            var key = cell.Key ?? cell.Column;
            var index = -1;
            string? kind = null;
            var kindColumn = -1;
            var (stem, keyKind, part) = Split(key);
            if (cell.Group > 0 && stem is "email" or "phone" or "address")
            {
                var name = part ?? (stem == "email" ? "address" : stem == "phone" ? "number" : null);
                if (name is not null and not "kind" && _parts.TryGetValue((stem, cell.Group, name), out index))
                {
                    kind = keyKind ?? string.Empty;
                    kindColumn = _kinds.GetValueOrDefault((stem, cell.Group), -1);
                }
                else
                {
                    index = -1;
                }
            }
            else if (!_single.TryGetValue(key, out index))
            {
                index = -1;
            }

            if (index < 0 || row[index] is not null)
            {
                (unplaced ??= []).Add(cell);
                continue;
            }

            row[index] = Escape(cell.Value, neutraliseFormulas);
            if (kindColumn >= 0)
            {
                row[kindColumn] ??= kind;
            }
        }

        return unplaced ?? (IReadOnlyList<ImportCell>)[];
    }

    /// <summary>
    /// Reads a row of this header: the non-blank cells as keyed values, in column order, each
    /// unescaped (<see cref="Unescape"/>) and otherwise as written (not trimmed). A group's values
    /// take the kind its kind cell names (<c>email.2.kind = personal</c> + <c>email.2.address</c> →
    /// <c>email:personal</c> in group 2; a kind LeadKit does not know leaves the key without one, so
    /// the field's default kind applies); kind cells give no value themselves. Cells of columns the
    /// layout does not know come without a key (a field map may place them); cells beyond the header
    /// are left to the format.
    /// </summary>
    /// <param name="cells">The row's cells, in header order (a short row's missing cells are empty).</param>
    /// <param name="values">Receives the values; their column is the name of <see cref="Columns"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Read(IReadOnlyList<string?> cells, ICollection<ImportCell> values)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(values);
        var count = Math.Min(cells.Count, _header.Length);
        for (var i = 0; i < count; i++)
        {
            var text = cells[i];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var binding = _bindings[i];
            if (binding is { Role: Role.Kind })
            {
                continue;
            }

            var value = Unescape(text);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (binding is null)
            {
                values.Add(new ImportCell(_columns[i], value));
                continue;
            }

            var key = binding.Key;
            if (binding.Role == Role.Labelled)
            {
                var label = binding.KindColumn >= 0 && binding.KindColumn < cells.Count ? cells[binding.KindColumn]?.Trim() ?? string.Empty : string.Empty;
                key = binding.KeyByKind!.TryGetValue(label, out var kinded) ? kinded : binding.Key;
            }

            values.Add(new ImportCell(_columns[i], value, key, binding.Group));
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"LeadKit layout {Version}: {_header.Length} columns");

    private static bool IsCustom(string key) => key.StartsWith("custom.", StringComparison.OrdinalIgnoreCase);

    private static void Groups(List<string> header, int emails, int phones, int addresses)
    {
        Group(header, "email", emails, EmailParts);
        Group(header, "phone", phones, PhoneParts);
        Group(header, "address", addresses, AddressParts);
    }

    private static void Group(List<string> header, string stem, int count, string[] parts)
    {
        for (var n = 1; n <= count; n++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{stem}.{n}.");
            foreach (var part in parts)
            {
                header.Add(prefix + part);
            }
        }
    }

    /// <summary>What a (trimmed) header name means in the layout, or null.</summary>
    private static Binding? Bind(string name)
    {
        if (FixedNames.TryGetValue(name, out var known))
        {
            return new Binding(known, known, 0, Role.Value);
        }

        if (name.StartsWith("custom.", StringComparison.OrdinalIgnoreCase) && name.Length > "custom.".Length)
        {
            var key = "custom." + name["custom.".Length..];
            return new Binding(key, key, 0, Role.Value);
        }

        if (name.StartsWith("checked:", StringComparison.OrdinalIgnoreCase) && name.Length > "checked:".Length)
        {
            var key = "checked:" + name["checked:".Length..];
            return new Binding(key, key, 0, Role.Value);
        }

        var match = Numbered().Match(name);
        if (!match.Success)
        {
            return null;
        }

        var stem = match.Groups[1].Value.ToLowerInvariant();
        var n = int.Parse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var parts = stem switch { "email" => EmailParts, "phone" => PhoneParts, _ => AddressParts };
        var part = Array.Find(parts, p => p.Equals(match.Groups[3].Value, StringComparison.OrdinalIgnoreCase));
        if (part is null)
        {
            return null;
        }

        if (part == "kind")
        {
            return new Binding(stem, $"({stem} {n} kind)", n, Role.Kind) { Part = part };
        }

        // The main part of an entry (the address, the number) is the stem's own key: email:{kind}.
        var main = part is "address" or "number";
        var kinds = KindNames[stem];
        var keyByKind = new Dictionary<string, string>(kinds.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (label, kind) in kinds)
        {
            keyByKind[label] = main ? $"{stem}:{kind}" : $"{stem}:{kind}.{part}";
        }

        return new Binding(main ? stem : stem + "." + part, main ? stem + ":{kind}" : $"{stem}:{{kind}}.{part}", n, Role.Labelled) { Part = part, KeyByKind = keyByKind };
    }

    private static Dictionary<string, string> KindsOf<TKind>()
        where TKind : struct, Enum
    {
        var kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Enum.GetNames<TKind>())
        {
            kinds[name] = char.ToLowerInvariant(name[0]) + name[1..];
        }

        return kinds;
    }

    /// <summary>Splits a key into stem, kind and part: <c>address:home.city</c> → (<c>address</c>, <c>home</c>, <c>city</c>).</summary>
    private static (string Stem, string? Kind, string? Part) Split(string key)
    {
        if (IsCustom(key))
        {
            return (key, null, null);
        }

        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var dot = key.IndexOf('.', colon < 0 ? 0 : colon);
        var stemEnd = colon >= 0 ? colon : dot >= 0 ? dot : key.Length;
        var stem = key[..stemEnd];
        string? kind = colon >= 0 ? key[(colon + 1)..(dot >= 0 ? dot : key.Length)] : null;
        string? part = dot >= 0 ? key[(dot + 1)..] : null;
        return (stem, string.IsNullOrEmpty(kind) ? null : kind, string.IsNullOrEmpty(part) ? null : part);
    }

    private static bool IsNumberLike(string value)
    {
        if (value[0] is not ('+' or '-'))
        {
            return false;
        }

        var digits = false;
        var i = 1;
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (c is not (' ' or '(' or ')' or '.' or '/' or '-'))
            {
                break;
            }
        }

        if (!digits || i == value.Length)
        {
            return digits;
        }

        // An extension marker, then only digits (and spaces).
        var rest = value.AsSpan(i);
        foreach (var marker in (ReadOnlySpan<string>)["ext.", "ext", "x", "#"])
        {
            if (rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                var tail = rest[marker.Length..].Trim(' ');
                return tail.Length > 0 && !tail.ContainsAnyExcept(Digits);
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(email|phone|address)\.(\d{1,4})\.(\w+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    /// <summary>How a column's cells are used.</summary>
    private enum Role
    {
        /// <summary>The cell is the value of the key.</summary>
        Value,

        /// <summary>The cell names the kind of its group's entry; it gives no value itself.</summary>
        Kind,

        /// <summary>The cell is a value of a group's entry, keyed by the group's kind.</summary>
        Labelled,
    }

    /// <summary>What a column name means: its key (for a group, the key without a kind), the key as documented, its group and role.</summary>
    private sealed record Binding(string Key, string DisplayKey, int Group, Role Role)
    {
        /// <summary>Gets the stem of a group column (<c>email</c>, <c>phone</c>, <c>address</c>), or the key.</summary>
        public string Stem { get; } = Role == Role.Value ? Key : Key.Split('.')[0];

        /// <summary>Gets a group column's part (<c>kind</c>, <c>address</c>, <c>city</c>…).</summary>
        public string Part { get; init; } = string.Empty;

        /// <summary>Gets a group value's key for each kind a kind cell may name.</summary>
        public Dictionary<string, string>? KeyByKind { get; init; }

        /// <summary>Gets the column of the group's kind cell, or -1.</summary>
        public int KindColumn { get; init; } = -1;
    }
}
