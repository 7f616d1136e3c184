using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Querying;
using NodaTime.Text;

namespace LeadKit.Import;

/// <summary>
/// Writes a record as keyed values — the import's key vocabulary, read back by <see cref="RowBinder"/>
/// — for the exporters: the name and its parts, every e-mail address, phone number and postal
/// address as numbered groups, and every other field of the catalogue that an import can set, in its
/// text form (<see cref="RecordField.FormatValue"/>). What this writes, an import reads back into an
/// equal record (the export → import round trip); identity and audit fields (id, version, created,
/// modified) and derived ones (fileAs, stars) are not written.
/// </summary>
internal static class RecordKeys
{
    private static readonly string[] EmailParts = ["", ".displayName"];
    private static readonly string[] PhoneParts = [""];
    private static readonly string[] AddressParts = [".street", ".poBox", ".city", ".state", ".postalCode", ".country", ".mailing"];

    /// <summary>The last catalogue's fields (an export asks for the same catalogue's on every record).</summary>
    private static ExportedFields? s_lastExported;

    /// <summary>A list for one field's values, reused (per thread) from field to field.</summary>
    [ThreadStatic]
    private static List<object>? t_values;

    /// <summary>Gets the keys of a record's values with the values, in a stable order.</summary>
    /// <param name="record">The record.</param>
    /// <param name="catalog">The workspace's fields (custom fields included).</param>
    /// <returns>The cells: the column is the key, the group numbers repeated entries from 1.</returns>
    public static List<ImportCell> Cells(ContactRecord record, FieldCatalog catalog)
    {
        // Sized for the fields every record has a value for and its repeated entries, so the list does not grow.
        var cells = new List<ImportCell>(32 + (record.Emails.Count * 2) + record.Phones.Count + (record.Addresses.Count * 7) + record.CriterionChecks.Count + record.CustomFields.Count);
        void Add(string key, string? value, int group = 0)
        {
            if (!string.IsNullOrEmpty(value))
            {
                cells.Add(new ImportCell(key, value, key, group));
            }
        }

        var name = record.Name;
        var hasParts = name.Prefix is not null || name.First is not null || name.Middle is not null || name.Last is not null || name.Suffix is not null;
        Add(hasParts ? "name" : "name.whole", name.FullName);
        Add("prefix", name.Prefix);
        Add("first", name.First);
        Add("middle", name.Middle);
        Add("last", name.Last);
        Add("suffix", name.Suffix);
        var n = 0;
        foreach (var email in record.Emails)
        {
            n++;
            var keys = EntryKeys<EmailKind>.Of(email.Kind, "email", EmailParts);
            Add(keys[0], email.Address.Value, n);
            Add(keys[1], email.DisplayName, n);
        }

        n = 0;
        foreach (var phone in record.Phones)
        {
            n++;
            Add(EntryKeys<PhoneKind>.Of(phone.Kind, "phone", PhoneParts)[0], phone.Number, n);
        }

        n = 0;
        foreach (var address in record.Addresses)
        {
            n++;
            var keys = EntryKeys<AddressKind>.Of(address.Kind, "address", AddressParts);
            Add(keys[0], address.Street, n);
            Add(keys[1], address.PoBox, n);
            Add(keys[2], address.City, n);
            Add(keys[3], address.State, n);
            Add(keys[4], address.PostalCode, n);
            Add(keys[5], address.Country, n);
            if (address.IsMailing)
            {
                Add(keys[6], "true", n);
            }
        }

        var values = t_values ??= [];
        foreach (var field in BuiltInExported(catalog))
        {
            var group = 0;
            values.Clear();
            field.Editor!.TextValues(record, values);
            foreach (var value in values)
            {
                Add(field.Name, field.FormatValue(value), field.IsMultiValued ? ++group : 0);
            }
        }

        values.Clear();

        foreach (var (criterion, at) in record.CriterionChecks.OrderBy(c => c.Key.Value, StringComparer.Ordinal))
        {
            Add("checked:" + criterion.Value, InstantPattern.ExtendedIso.Format(at));
        }

        foreach (var (customName, value) in record.CustomFields.OrderBy(c => c.Key, StringComparer.OrdinalIgnoreCase))
        {
            Add("custom." + customName, value.ToInvariantString());
        }

        return cells;
    }

    /// <summary>Gets the catalogue fields written besides the name and the repeated entries: those an import can set and an export can write.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <returns>The fields, in catalogue order.</returns>
    public static IEnumerable<RecordField> Exported(FieldCatalog catalog)
    {
        foreach (var field in catalog)
        {
            if (field.Editor is not null && field.Supports(FieldCapabilities.Import)
                && field != RecordField.FullName && field != RecordField.Email && field != RecordField.Phone && field != RecordField.Address)
            {
                yield return field;
            }
        }
    }

    /// <summary>The built-in fields of <see cref="Exported"/> but the checked criteria (written as <c>checked:{id}</c>), worked out once per catalogue.</summary>
    private static RecordField[] BuiltInExported(FieldCatalog catalog)
    {
        var last = s_lastExported;
        if (last is not null && ReferenceEquals(last.Catalog, catalog))
        {
            return last.Fields;
        }

        var fields = Exported(catalog).Where(f => !f.IsCustom && f != RecordField.Checked).ToArray();
        s_lastExported = new ExportedFields(catalog, fields);
        return fields;
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];

    private sealed record ExportedFields(FieldCatalog Catalog, RecordField[] Fields);

    /// <summary>The keys of a kind of repeated entry (<c>email:business</c>, <c>email:business.displayName</c>), made once per kind.</summary>
    private static class EntryKeys<TKind>
        where TKind : struct, Enum
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<TKind, string[]> Known = new();

        public static string[] Of(TKind kind, string stem, string[] parts) =>
            Known.TryGetValue(kind, out var keys) ? keys : Make(kind, stem, parts);

        private static string[] Make(TKind kind, string stem, string[] parts) =>
            Known.GetOrAdd(kind, [.. parts.Select(p => stem + ":" + Camel(kind.ToString()) + p)]);
    }
}
