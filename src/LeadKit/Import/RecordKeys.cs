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
    /// <summary>Gets the keys of a record's values with the values, in a stable order.</summary>
    /// <param name="record">The record.</param>
    /// <param name="catalog">The workspace's fields (custom fields included).</param>
    /// <returns>The cells: the column is the key, the group numbers repeated entries from 1.</returns>
    public static List<ImportCell> Cells(ContactRecord record, FieldCatalog catalog)
    {
        var cells = new List<ImportCell>();
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
            var kind = Camel(email.Kind.ToString());
            Add($"email:{kind}", email.Address.Value, n);
            Add($"email:{kind}.displayName", email.DisplayName, n);
        }

        n = 0;
        foreach (var phone in record.Phones)
        {
            n++;
            Add($"phone:{Camel(phone.Kind.ToString())}", phone.Number, n);
        }

        n = 0;
        foreach (var address in record.Addresses)
        {
            n++;
            var kind = Camel(address.Kind.ToString());
            Add($"address:{kind}.street", address.Street, n);
            Add($"address:{kind}.poBox", address.PoBox, n);
            Add($"address:{kind}.city", address.City, n);
            Add($"address:{kind}.state", address.State, n);
            Add($"address:{kind}.postalCode", address.PostalCode, n);
            Add($"address:{kind}.country", address.Country, n);
            if (address.IsMailing)
            {
                Add($"address:{kind}.mailing", "true", n);
            }
        }

        foreach (var field in Exported(catalog).Where(f => !f.IsCustom && f != RecordField.Checked))
        {
            var group = 0;
            foreach (var value in field.Editor!.TextValues(record))
            {
                Add(field.Name, field.FormatValue(value), field.IsMultiValued ? ++group : 0);
            }
        }

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

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];
}
