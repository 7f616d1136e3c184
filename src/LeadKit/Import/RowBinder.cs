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
/// form (<see cref="RecordField.ParseValue"/>, display names for users through <see cref="FieldEdit.Parse"/>).
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

    private readonly FieldCatalog _catalog;
    private readonly CultureInfo _culture;

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
    public BoundRow Bind(long row, IEnumerable<(ImportCell Cell, string? Key)> cells)
    {
        var bound = new BoundRow(row);
        string? fullName = null;
        var whole = false;
        var parts = new Dictionary<string, (string Value, string Column)>(StringComparer.OrdinalIgnoreCase);
        var entries = new Dictionary<(string Stem, string Kind, int Group), Entry>();
        var single = new HashSet<RecordField>();
        foreach (var (cell, key) in cells)
        {
            var value = cell.Value;
            if (key is null)
            {
                bound.NotImported.Add((cell, null, "no field is mapped to this column"));
                continue;
            }

            if (FormatKeys.Contains(key))
            {
                continue;
            }

            var (stem, kind, part) = Split(key);
            if (string.Equals(key, "name", StringComparison.OrdinalIgnoreCase) || string.Equals(key, "name.whole", StringComparison.OrdinalIgnoreCase))
            {
                if (fullName is null)
                {
                    fullName = value;
                    whole = key.Length > "name".Length;
                    bound.NameColumn = cell.Column;
                }
                else
                {
                    bound.NotImported.Add((cell, key, "the row gives a name twice; the first was kept"));
                }

                continue;
            }

            if (kind is null && part is null && NameParts.Contains(stem, StringComparer.OrdinalIgnoreCase))
            {
                if (!parts.TryAdd(stem, (value, cell.Column)))
                {
                    bound.NotImported.Add((cell, key, $"the row gives '{stem}' twice; the first was kept"));
                }

                continue;
            }

            if (stem is "email" or "phone" or "address" && !key.StartsWith("custom.", StringComparison.OrdinalIgnoreCase))
            {
                var slot = (stem, kind ?? string.Empty, cell.Group);
                if (!entries.TryGetValue(slot, out var entry))
                {
                    entry = new Entry(stem, kind, cell.Group);
                    entries.Add(slot, entry);
                }

                if (!entry.Parts.TryAdd(part ?? string.Empty, (value, cell.Column)))
                {
                    // A second value for the same entry (two mobile numbers in one Google cell): an entry of its own.
                    var extra = new Entry(stem, kind, cell.Group);
                    extra.Parts.Add(part ?? string.Empty, (value, cell.Column));
                    entries.Add((stem, (kind ?? string.Empty) + "#" + entries.Count, cell.Group), extra);
                }

                continue;
            }

            if (string.Equals(stem, "checked", StringComparison.OrdinalIgnoreCase) && kind is not null)
            {
                // checked:{criterion} = the instant it was checked (what an export writes).
                if (InstantPattern.ExtendedIso.Parse(value) is { Success: true } at)
                {
                    AddEdit(bound, RecordField.Checked, EditOperation.Add, kind, cell.Column, at.Value);
                }
                else
                {
                    bound.Problems.Add(new ImportProblem(cell.Column, $"'{value}' is not an instant such as 2026-11-27T09:00:00Z (when criterion '{kind}' was checked)."));
                }

                continue;
            }

            var field = Field(key);
            if (field is null && key.StartsWith("webPage:", StringComparison.OrdinalIgnoreCase))
            {
                field = RecordField.WebPage;
            }

            if (field is null)
            {
                bound.NotImported.Add((cell, key, key.StartsWith("custom.", StringComparison.OrdinalIgnoreCase)
                    ? "the workspace defines no such custom field for leads"
                    : "no lead field holds it"));
                continue;
            }

            if (!field.Supports(FieldCapabilities.Import))
            {
                bound.NotImported.Add((cell, key, $"'{field.Name}' is read-only: LeadKit sets it"));
                continue;
            }

            var operation = field.Supports(FieldCapabilities.Set) && !field.IsMultiValued ? EditOperation.Set : EditOperation.Add;
            if (operation == EditOperation.Set && !single.Add(field))
            {
                bound.NotImported.Add((cell, key, $"a lead holds one '{field.Name}'; the first value in the row was kept"));
                continue;
            }

            AddEdit(bound, field, operation, value, cell.Column);
        }

        BindName(bound, fullName, whole, parts);
        foreach (var entry in entries.Values)
        {
            BindEntry(bound, entry);
        }

        // The score type applies after the manual stars (setting stars makes a score Manual; Automatic may keep them).
        var scoreTypes = bound.Edits.Where(e => e.Edit.Field == RecordField.ScoreType).ToList();
        if (scoreTypes.Count > 0)
        {
            bound.Edits.RemoveAll(e => e.Edit.Field == RecordField.ScoreType);
            bound.Edits.AddRange(scoreTypes);
        }

        return bound;
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

    private void BindEntry(BoundRow bound, Entry entry)
    {
        var main = entry.Parts.GetValueOrDefault(string.Empty);
        switch (entry.Stem.ToLowerInvariant())
        {
            case "email":
                foreach (var (part, (value, column)) in entry.Parts.Where(p => p.Key is not "" and not "displayName"))
                {
                    bound.NotImported.Add((new ImportCell(column, value), $"email.{part}", "no lead field holds it"));
                }

                if (main.Value is null)
                {
                    ReportOrphans(bound, entry, "an e-mail display name without an address");
                    return;
                }

                var display = entry.Parts.TryGetValue("displayName", out var d) && !string.Equals(d.Value, main.Value, StringComparison.OrdinalIgnoreCase) ? d.Value : null;
                var text = Prefix<EmailKind>(entry.Kind)
                    + (display is null ? main.Value : $"\"{display.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{main.Value}>");
                AddEdit(bound, RecordField.Email, EditOperation.Add, text, main.Column);
                return;
            case "phone":
                foreach (var (part, (value, column)) in entry.Parts.Where(p => p.Key is not "" and not "extension"))
                {
                    bound.NotImported.Add((new ImportCell(column, value), $"phone.{part}", "no lead field holds it"));
                }

                if (main.Value is null)
                {
                    ReportOrphans(bound, entry, "a phone extension without a number");
                    return;
                }

                var number = entry.Parts.TryGetValue("extension", out var ext) ? $"{main.Value} x{ext.Value}" : main.Value;
                AddEdit(bound, RecordField.Phone, EditOperation.Add, Prefix<PhoneKind>(entry.Kind) + number, main.Column);
                return;
            default:
                BindAddress(bound, entry);
                return;
        }
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
        var kind = entry.Kind is null ? AddressKind.Other : Kind<AddressKind>(entry.Kind) as AddressKind? ?? AddressKind.Other;
        var known = new[] { "street", "street2", "street3", "poBox", "city", "state", "postalCode", "country", "mailing", "formatted", string.Empty };
        foreach (var (part, (value, from)) in entry.Parts.Where(p => !known.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
        {
            bound.NotImported.Add((new ImportCell(from, value), $"address.{part}", "no address part holds it"));
        }

        var street = string.Join("\n", new[] { Part("street"), Part("street2"), Part("street3") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var structured = street.Length > 0 || Part("poBox") is not null || Part("city") is not null || Part("state") is not null || Part("postalCode") is not null || Part("country") is not null;
        if (!structured)
        {
            // Only a formatted (or kind-less) address: keep it whole as the street.
            street = Part("formatted") ?? Part(string.Empty) ?? string.Empty;
        }
        else
        {
            foreach (var name in new[] { "formatted", string.Empty })
            {
                if (entry.Parts.TryGetValue(name, out var extra))
                {
                    bound.NotImported.Add((new ImportCell(extra.Column, extra.Value), "address." + (name.Length == 0 ? "text" : name), "the structured parts of the same address were imported instead"));
                }
            }
        }

        var column = entry.Parts.Values.First().Column;
        var mailing = Part("mailing") is { } m && m.Trim().ToUpperInvariant() is "TRUE" or "YES" or "1" or "X" or "Y";
        try
        {
            var address = new PostalAddress(kind, street, Part("poBox"), Part("city"), Part("state"), Part("postalCode"), Part("country"), mailing);
            bound.Edits.Add((FieldEdit.Add(RecordField.Address, address), column, null));
        }
        catch (LeadKitValidationException e)
        {
            bound.Problems.Add(new ImportProblem(column, e.Message));
        }
    }

    /// <summary>The values of one repeated entry (an e-mail address, a phone, a postal address), by part.</summary>
    private sealed class Entry(string stem, string? kind, int group)
    {
        public string Stem { get; } = stem;

        public string? Kind { get; } = kind;

        public int Group { get; } = group;

        public Dictionary<string, (string Value, string Column)> Parts { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
