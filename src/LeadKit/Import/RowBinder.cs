using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LeadKit.BulkEdit;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Validation;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Import;

/// <summary>
/// Turns an imported row's keyed values into field edits through the one field catalogue: a key is
/// a catalogue field's name (<c>title</c>, <c>birthday</c>, <c>custom.Budget</c>), a part of the name
/// (<c>first</c>, <c>last</c>…), or a part of a repeated entry (<c>email:business.displayName</c>,
/// <c>phone:mobile.extension</c>, <c>address:home.city</c>); every value is parsed by its field's text
/// form (<see cref="RecordField.ParseValue"/>, display names for users through <see cref="FieldEdit.Parse"/>)
/// — e-mail and phone entries are built from their parts when that gives what their text form would
/// (<see cref="EntryEdit"/>).
/// A value that is not valid for its field rejects the row, naming the column; a value no field holds
/// is reported, never dropped silently. See docs/import-export.md for the key list.
/// </summary>
internal sealed class RowBinder
{
    /// <summary>Keys the formats give that mean a catalogue field under another name.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["im"] = "imAddress",
        ["emailOptOut"] = "doNotEmail",
        ["faxOptOut"] = "doNotFax",
        ["phonetic.first"] = "phoneticFirst",
        ["phonetic.last"] = "phoneticLast",
        ["phonetic.company"] = "phoneticCompany",
        ["owner"] = "assignedTo",
        ["jobTitle"] = "title",
        ["notes"] = "comments",
    };

    /// <summary>Keys that only describe the file, consumed without a report.</summary>
    private static readonly HashSet<string> FormatKeys = new(StringComparer.OrdinalIgnoreCase) { "leadkit.version" };

    private static readonly string[] NameParts = ["prefix", "first", "middle", "last", "suffix"];

    /// <summary>How many distinct keys <see cref="Describe"/> remembers (a file's keys are its columns', a few hundred at most; beyond this they are worked out again).</summary>
    private const int MaxKnownKeys = 4_096;

    private static readonly string[] AddressParts = ["street", "street2", "street3", "poBox", "city", "state", "postalCode", "country", "mailing", "formatted", string.Empty];

    private readonly FieldCatalog _catalog;
    private readonly CultureInfo _culture;
    private readonly Dictionary<string, Key> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Value, string Column)> _parts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Stem, string Kind, int Group), Entry> _entries = [];
    private readonly HashSet<RecordField> _single = [];
    private readonly List<Entry> _entryPool = [];
    private int _entryCount;

    /// <summary>Creates a binder.</summary>
    /// <param name="catalog">The workspace's fields.</param>
    /// <param name="culture">The culture of dates and numbers written in a local form (tried after the invariant text forms).</param>
    public RowBinder(FieldCatalog catalog, CultureInfo culture)
    {
        _catalog = catalog;
        _culture = culture;
    }

    /// <summary>Gets the field a key sets as a whole (single-valued, editable), or <see langword="null"/>: what the blank-cell policy may clear.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The field.</returns>
    public RecordField? SingleField(string key)
    {
        var field = Field(key);
        return field is { IsMultiValued: false } && field.Supports(FieldCapabilities.Set) && field != RecordField.FullName ? field : null;
    }

    /// <summary>The catalogue field a key names: a built-in field or alias, or <c>custom.{Name}</c> (the name as written, spaces and all).</summary>
    private RecordField? Field(string key)
    {
        if (key.StartsWith("custom.", StringComparison.OrdinalIgnoreCase))
        {
            var name = key["custom.".Length..].Trim();
            return _catalog.FirstOrDefault(f => f.IsCustom && string.Equals(f.CustomFieldName, name, StringComparison.OrdinalIgnoreCase)) ?? _catalog.Find(key);
        }

        return _catalog.Find(Aliases.GetValueOrDefault(key, key));
    }

    /// <summary>Binds a row's keyed cells.</summary>
    /// <param name="row">The row number.</param>
    /// <param name="cells">The non-blank cells with their resolved keys (<see langword="null"/>: no key).</param>
    /// <returns>The bound row.</returns>
    /// <remarks>Not re-entrant: the per-row collections are the binder's own, cleared for each row.</remarks>
    public BoundRow Bind(long row, List<(ImportCell Cell, string? Key)> cells)
    {
        var bound = new BoundRow(row, cells.Count);
        string? fullName = null;
        var whole = false;
        var parts = _parts;
        var entries = _entries;
        var single = _single;
        parts.Clear();
        entries.Clear();
        single.Clear();
        _entryCount = 0;
        foreach (var (cell, key) in cells)
        {
            var value = cell.Value;
            if (key is null)
            {
                bound.NotImported.Add((cell, null, "no field is mapped to this column"));
                continue;
            }

            var info = Describe(key);
            switch (info.Role)
            {
                case KeyRole.Format:
                    continue;
                case KeyRole.Name:
                    if (fullName is null)
                    {
                        fullName = value;
                        whole = info.Whole;
                        bound.NameColumn = cell.Column;
                    }
                    else
                    {
                        bound.NotImported.Add((cell, key, "the row gives a name twice; the first was kept"));
                    }

                    continue;
                case KeyRole.NamePart:
                    if (!parts.TryAdd(info.Stem, (value, cell.Column)))
                    {
                        bound.NotImported.Add((cell, key, $"the row gives '{info.Stem}' twice; the first was kept"));
                    }

                    continue;
                case KeyRole.Entry:
                    var slot = (info.Stem, info.Kind ?? string.Empty, cell.Group);
                    if (!entries.TryGetValue(slot, out var entry))
                    {
                        entry = NextEntry(info, cell.Group);
                        entries.Add(slot, entry);
                    }

                    if (!entry.Parts.TryAdd(info.Part ?? string.Empty, (value, cell.Column)))
                    {
                        // A second value for the same entry (two mobile numbers in one Google cell): an entry of its own.
                        var extra = NextEntry(info, cell.Group);
                        extra.Parts.Add(info.Part ?? string.Empty, (value, cell.Column));
                        entries.Add((info.Stem, (info.Kind ?? string.Empty) + "#" + entries.Count, cell.Group), extra);
                    }

                    continue;
                case KeyRole.Checked:
                    // checked:{criterion} = the instant it was checked (what an export writes).
                    if (InstantPattern.ExtendedIso.Parse(value) is { Success: true } at)
                    {
                        AddEdit(bound, RecordField.Checked, EditOperation.Add, info.Kind!, cell.Column, at.Value);
                    }
                    else
                    {
                        bound.Problems.Add(new ImportProblem(cell.Column, $"'{value}' is not an instant such as 2026-11-27T09:00:00Z (when criterion '{info.Kind}' was checked)."));
                    }

                    continue;
                case KeyRole.NotImported:
                    bound.NotImported.Add((cell, key, info.Reason!));
                    continue;
                default:
                    var field = info.Field!;
                    if (info.Operation == EditOperation.Set && !single.Add(field))
                    {
                        bound.NotImported.Add((cell, key, $"a lead holds one '{field.Name}'; the first value in the row was kept"));
                        continue;
                    }

                    AddEdit(bound, field, info.Operation, value, cell.Column);
                    continue;
            }
        }

        BindName(bound, fullName, whole, parts);
        foreach (var entry in entries.Values)
        {
            BindEntry(bound, entry);
        }

        // The score type applies after the manual stars (setting stars makes a score Manual; Automatic may keep them).
        if (bound.Edits.Exists(e => e.Edit.Field == RecordField.ScoreType))
        {
            var scoreTypes = bound.Edits.Where(e => e.Edit.Field == RecordField.ScoreType).ToList();
            bound.Edits.RemoveAll(e => e.Edit.Field == RecordField.ScoreType);
            bound.Edits.AddRange(scoreTypes);
        }

        return bound;
    }

    /// <summary>What a key means, worked out once per key (keys repeat on every row of a file) in the order the rules apply.</summary>
    private Key Describe(string key)
    {
        if (_keys.TryGetValue(key, out var known))
        {
            return known;
        }

        var described = DescribeNew(key);
        if (_keys.Count < MaxKnownKeys)
        {
            _keys.Add(key, described);
        }

        return described;
    }

    private Key DescribeNew(string key)
    {
        if (FormatKeys.Contains(key))
        {
            return new Key(KeyRole.Format, key, null, null);
        }

        var (stem, kind, part) = Split(key);
        if (string.Equals(key, "name", StringComparison.OrdinalIgnoreCase) || string.Equals(key, "name.whole", StringComparison.OrdinalIgnoreCase))
        {
            return new Key(KeyRole.Name, stem, kind, part) { Whole = key.Length > "name".Length };
        }

        if (kind is null && part is null && NameParts.Contains(stem, StringComparer.OrdinalIgnoreCase))
        {
            return new Key(KeyRole.NamePart, stem, kind, part);
        }

        if (stem is "email" or "phone" or "address" && !key.StartsWith("custom.", StringComparison.OrdinalIgnoreCase))
        {
            return new Key(KeyRole.Entry, stem, kind, part)
            {
                EmailPrefix = Prefix<EmailKind>(kind),
                PhonePrefix = Prefix<PhoneKind>(kind),
                AddressKind = kind is null ? AddressKind.Other : Kind<AddressKind>(kind) as AddressKind? ?? AddressKind.Other,
            };
        }

        if (string.Equals(stem, "checked", StringComparison.OrdinalIgnoreCase) && kind is not null)
        {
            return new Key(KeyRole.Checked, stem, kind, part);
        }

        var field = Field(key);
        if (field is null && key.StartsWith("webPage:", StringComparison.OrdinalIgnoreCase))
        {
            field = RecordField.WebPage;
        }

        if (field is null)
        {
            var reason = key.StartsWith("custom.", StringComparison.OrdinalIgnoreCase)
                ? "the workspace defines no such custom field for leads"
                : "no lead field holds it";
            return new Key(KeyRole.NotImported, stem, kind, part) { Reason = reason };
        }

        if (!field.Supports(FieldCapabilities.Import))
        {
            return new Key(KeyRole.NotImported, stem, kind, part) { Reason = $"'{field.Name}' is read-only: LeadKit sets it" };
        }

        var operation = field.Supports(FieldCapabilities.Set) && !field.IsMultiValued ? EditOperation.Set : EditOperation.Add;
        return new Key(KeyRole.Field, stem, kind, part) { Field = field, Operation = operation };
    }

    /// <summary>An entry for this row: one of the binder's own, reused from row to row.</summary>
    private Entry NextEntry(Key key, int group)
    {
        if (_entryCount == _entryPool.Count)
        {
            _entryPool.Add(new Entry());
        }

        var entry = _entryPool[_entryCount++];
        entry.Reset(key, group);
        return entry;
    }

    /// <summary>Splits a key into its stem, kind and part: <c>address:home.city</c> → (<c>address</c>, <c>home</c>, <c>city</c>).</summary>
    private static (string Stem, string? Kind, string? Part) Split(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var dot = key.IndexOf('.', colon < 0 ? 0 : colon);
        var stemEnd = colon >= 0 ? colon : dot >= 0 ? dot : key.Length;
        var stem = key[..stemEnd];
        string? kind = colon >= 0 ? key[(colon + 1)..(dot >= 0 ? dot : key.Length)] : null;
        string? part = dot >= 0 ? key[(dot + 1)..] : null;
        return (stem, string.IsNullOrEmpty(kind) ? null : kind, string.IsNullOrEmpty(part) ? null : part);
    }

    private void AddEdit(BoundRow bound, RecordField field, EditOperation operation, string text, string column, Instant? at = null)
    {
        try
        {
            bound.Edits.Add((Parse(field, operation, text), column, at));
        }
        catch (LeadKitValidationException e)
        {
            bound.Problems.Add(new ImportProblem(column, e.Message));
        }
    }

    /// <summary>Parses a value by its field's text form; a date or number in the import's culture is tried next.</summary>
    private FieldEdit Parse(RecordField field, EditOperation operation, string text)
    {
        if (field.CustomField is { Type: CustomFieldType.Text } && text.Trim().Length > 0)
        {
            // A custom text keeps its white space, as written (the filter text form trims).
            return FieldEdit.Set(field, CustomFieldValue.FromText(text));
        }

        if (!field.IsCustom && field.ValueType == FieldValueType.Date && !LocalDatePattern.Iso.Parse(text.Trim()).Success && Local(field, text) is { } date)
        {
            // Not the invariant text form but a local one (Outlook's 4/21/1985): no exception thrown
            // and caught for the many rows of a file that write dates so.
            return FieldEdit.Parse(field, operation, date, CultureInfo.InvariantCulture);
        }

        try
        {
            return FieldEdit.Parse(field, operation, text, CultureInfo.InvariantCulture);
        }
        catch (LeadKitValidationException) when (Local(field, text) is { } local)
        {
            return FieldEdit.Parse(field, operation, local, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Rewrites a value written in the import's culture into the invariant text form, or <see langword="null"/>.</summary>
    private string? Local(RecordField field, string text)
    {
        if (field.ValueType == FieldValueType.Date
            && DateTime.TryParse(text, _culture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return LocalDatePattern.Iso.Format(LocalDate.FromDateTime(date));
        }

        if (field.ValueType == FieldValueType.Number
            && decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowCurrencySymbol, _culture, out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        if (field.ValueType == FieldValueType.Boolean)
        {
            return text.Trim().ToUpperInvariant() switch
            {
                "1" or "YES" or "Y" or "TRUE" or "X" => "true",
                "0" or "NO" or "N" or "FALSE" => "false",
                _ => null,
            };
        }

        return null;
    }

    private static void BindName(BoundRow bound, string? fullName, bool whole, Dictionary<string, (string Value, string Column)> parts)
    {
        string? Part(string name) => parts.TryGetValue(name, out var p) ? p.Value : null;
        if (fullName is null && parts.Count == 0)
        {
            return;
        }

        bound.NameColumn ??= parts.Values.First().Column;
        try
        {
            bound.Name = fullName is null
                ? PersonName.FromParts(Part("prefix"), Part("first"), Part("middle"), Part("last"), Part("suffix"))
                : parts.Count == 0
                    ? (whole ? new PersonName(fullName) : PersonName.Parse(fullName))
                    : new PersonName(fullName, Part("prefix"), Part("first"), Part("middle"), Part("last"), Part("suffix"));
        }
        catch (LeadKitValidationException e)
        {
            bound.Problems.Add(new ImportProblem(bound.NameColumn, e.Message));
        }
    }

    private static void BindEntry(BoundRow bound, Entry entry)
    {
        var main = entry.Parts.GetValueOrDefault(string.Empty);
        switch (entry.Stem)
        {
            case "email":
                foreach (var (part, (value, column)) in entry.Parts)
                {
                    if (part is not "" and not "displayName")
                    {
                        bound.NotImported.Add((new ImportCell(column, value), $"email.{part}", "no lead field holds it"));
                    }
                }

                if (main.Value is null)
                {
                    ReportOrphans(bound, entry, "an e-mail display name without an address");
                    return;
                }

                var display = entry.Parts.TryGetValue("displayName", out var d) && !string.Equals(d.Value, main.Value, StringComparison.OrdinalIgnoreCase) ? d.Value : null;
                AddEntry(bound, entry.Key.EmailPrefix, main.Value, display, RecordField.Email, main.Column);
                return;
            case "phone":
                foreach (var (part, (value, column)) in entry.Parts)
                {
                    if (part is not "" and not "extension")
                    {
                        bound.NotImported.Add((new ImportCell(column, value), $"phone.{part}", "no lead field holds it"));
                    }
                }

                if (main.Value is null)
                {
                    ReportOrphans(bound, entry, "a phone extension without a number");
                    return;
                }

                var number = entry.Parts.TryGetValue("extension", out var ext) ? $"{main.Value} x{ext.Value}" : main.Value;
                AddEntry(bound, entry.Key.PhonePrefix, number, null, RecordField.Phone, main.Column);
                return;
            default:
                BindAddress(bound, entry);
                return;
        }
    }

    private static void AddEntry(BoundRow bound, string prefix, string value, string? display, RecordField field, string column)
    {
        try
        {
            bound.Edits.Add((EntryEdit(field, prefix, value, display), column, null));
        }
        catch (LeadKitValidationException e)
        {
            bound.Problems.Add(new ImportProblem(column, e.Message));
        }
    }

    /// <summary>
    /// The edit adding an e-mail address or a phone number (<paramref name="field"/>) given by its
    /// parts: the kind prefix of its text form (<c>mobile:</c>, or none), the address or number, and
    /// an e-mail display name. It is the edit <see cref="FieldEdit.Parse"/> makes of the entry's text
    /// form (<see cref="EntryText"/>): when that text would read the parts back unchanged — no prefix
    /// or one naming a kind of the field, a value without <c>:</c>, <c>&lt;</c> or <c>&gt;</c> (what
    /// the layouts give) — the entry is built from the parts without the text; otherwise the text is parsed.
    /// </summary>
    internal static FieldEdit EntryEdit(RecordField field, string prefix, string value, string? display)
    {
        if (value.AsSpan().IndexOfAny(":<>") < 0)
        {
            if (field == RecordField.Email && TryKind(prefix, EmailKind.Business, out var emailKind))
            {
                return FieldEdit.Add(field, new EmailEntry(emailKind, EmailAddress.Parse(value.Trim()), display));
            }

            if (field == RecordField.Phone && TryKind(prefix, PhoneKind.Business, out var phoneKind))
            {
                return FieldEdit.Add(field, new PhoneNumber(phoneKind, value.Trim()));
            }
        }

        return FieldEdit.Parse(field, EditOperation.Add, EntryText(prefix, value, display), CultureInfo.InvariantCulture);
    }

    /// <summary>An entry's text form: <c>prefix</c> + the value, with a display name <c>prefix"display" &lt;value&gt;</c> (quotes and backslashes escaped).</summary>
    internal static string EntryText(string prefix, string value, string? display) =>
        display is null
            ? prefix.Length == 0 ? value : prefix + value
            : $"{prefix}\"{display.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{value}>";

    /// <summary>The kind a text form's prefix names by the text form's rule (<c>mobile:</c>, not starting with a digit), or the field's default kind for no prefix; false when the text form would not read the prefix as a kind.</summary>
    private static bool TryKind<TKind>(string prefix, TKind fallback, out TKind kind)
        where TKind : struct, Enum
    {
        kind = fallback;
        if (prefix.Length == 0)
        {
            return true;
        }

        var name = prefix.AsSpan().Trim();
        if (name.Length < 2 || name[^1] != ':')
        {
            return false;
        }

        name = name[..^1].Trim();
        return name.Length > 0 && !char.IsAsciiDigit(name[0]) && Enum.TryParse(name, true, out kind) && Enum.IsDefined(kind);
    }

    /// <summary>The kind prefix of an entry's text form (<c>mobile:</c>); none for a kind the lead does not know, which imports the value under the field's default kind.</summary>
    private static string Prefix<TKind>(string? kind)
        where TKind : struct, Enum =>
        kind is not null && Kind<TKind>(kind) is not null ? kind + ":" : string.Empty;

    private static object? Kind<TKind>(string kind)
        where TKind : struct, Enum =>
        Enum.TryParse<TKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    private static void ReportOrphans(BoundRow bound, Entry entry, string reason)
    {
        foreach (var (part, (value, column)) in entry.Parts)
        {
            bound.NotImported.Add((new ImportCell(column, value), entry.Stem + (part.Length == 0 ? string.Empty : "." + part), reason));
        }
    }

    private static void BindAddress(BoundRow bound, Entry entry)
    {
        string? Part(string name) => entry.Parts.TryGetValue(name, out var p) ? p.Value : null;
        var kind = entry.Key.AddressKind;
        string? column = null;
        foreach (var (part, (value, from)) in entry.Parts)
        {
            column ??= from;
            if (!AddressParts.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                bound.NotImported.Add((new ImportCell(from, value), $"address.{part}", "no address part holds it"));
            }
        }

        var street = JoinLines(Part("street"), Part("street2"), Part("street3"));
        var structured = street.Length > 0 || Part("poBox") is not null || Part("city") is not null || Part("state") is not null || Part("postalCode") is not null || Part("country") is not null;
        if (!structured)
        {
            // Only a formatted (or kind-less) address: keep it whole as the street.
            street = Part("formatted") ?? Part(string.Empty) ?? string.Empty;
        }
        else
        {
            foreach (var name in (ReadOnlySpan<string>)["formatted", string.Empty])
            {
                if (entry.Parts.TryGetValue(name, out var extra))
                {
                    bound.NotImported.Add((new ImportCell(extra.Column, extra.Value), "address." + (name.Length == 0 ? "text" : name), "the structured parts of the same address were imported instead"));
                }
            }
        }

        var mailing = Part("mailing") is { } m && m.Trim().ToUpperInvariant() is "TRUE" or "YES" or "1" or "X" or "Y";
        try
        {
            var address = new PostalAddress(kind, street, Part("poBox"), Part("city"), Part("state"), Part("postalCode"), Part("country"), mailing);
            bound.Edits.Add((FieldEdit.Add(RecordField.Address, address), column!, null));
        }
        catch (LeadKitValidationException e)
        {
            bound.Problems.Add(new ImportProblem(column, e.Message));
        }
    }

    /// <summary>The street lines that are not blank, joined by line breaks (one line: as it is).</summary>
    private static string JoinLines(string? first, string? second, string? third)
    {
        var one = string.IsNullOrWhiteSpace(first) ? null : first;
        var two = string.IsNullOrWhiteSpace(second) ? null : second;
        var three = string.IsNullOrWhiteSpace(third) ? null : third;
        return (one, two, three) switch
        {
            (null, null, null) => string.Empty,
            ({ } a, null, null) => a,
            (null, { } b, null) => b,
            (null, null, { } c) => c,
            _ => string.Join("\n", new[] { one, two, three }.Where(s => s is not null)),
        };
    }

    /// <summary>The values of one repeated entry (an e-mail address, a phone, a postal address), by part; reused from row to row.</summary>
    private sealed class Entry
    {
        public Key Key { get; private set; } = null!;

        public string Stem => Key.Stem;

        public string? Kind => Key.Kind;

        public int Group { get; private set; }

        public Dictionary<string, (string Value, string Column)> Parts { get; } = new(StringComparer.OrdinalIgnoreCase);

        public void Reset(Key key, int group)
        {
            Key = key;
            Group = group;
            Parts.Clear();
        }
    }

    /// <summary>What a key does in a row.</summary>
    private enum KeyRole
    {
        Field,
        Format,
        Name,
        NamePart,
        Entry,
        Checked,
        NotImported,
    }

    /// <summary>A key's meaning: its role, its stem, kind and part, and what that role needs.</summary>
    private sealed class Key(KeyRole role, string stem, string? kind, string? part)
    {
        public KeyRole Role { get; } = role;

        public string Stem { get; } = stem;

        public string? Kind { get; } = kind;

        public string? Part { get; } = part;

        /// <summary>Gets a value indicating whether a name is taken whole (<c>name.whole</c>), not parsed.</summary>
        public bool Whole { get; init; }

        public RecordField? Field { get; init; }

        public EditOperation Operation { get; init; }

        public string? Reason { get; init; }

        public string EmailPrefix { get; init; } = string.Empty;

        public string PhonePrefix { get; init; } = string.Empty;

        public AddressKind AddressKind { get; init; }
    }
}
