using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Csv.Layouts;
using LeadKit.Export;
using LeadKit.Import;

namespace LeadKit.Csv.Writing;

/// <summary>
/// Microsoft Outlook's 92-column desktop layout (<see cref="OutlookRules.Desktop"/>): the name's
/// parts, work fields, up to three e-mail addresses, a column per phone kind, and one business, home
/// and other address. What Outlook has no column for is left out (see docs/csv.md).
/// </summary>
internal sealed class OutlookExportLayout : ExportLayout
{
    private static readonly Dictionary<string, string> Single = new(StringComparer.Ordinal)
    {
        ["prefix"] = "Title", ["first"] = "First Name", ["middle"] = "Middle Name", ["last"] = "Last Name", ["suffix"] = "Suffix",
        ["company"] = "Company", ["department"] = "Department", ["title"] = "Job Title", ["office"] = "Office Location",
        ["profession"] = "Profession", ["manager"] = "Manager's Name", ["assistant"] = "Assistant's Name", ["spouse"] = "Spouse",
        ["birthday"] = "Birthday", ["anniversary"] = "Anniversary", ["comments"] = "Notes", ["webPage"] = "Web Page",
    };

    private static readonly Dictionary<string, string> Phones = new(StringComparer.Ordinal)
    {
        ["assistant"] = "Assistant's Phone", ["businessFax"] = "Business Fax", ["business"] = "Business Phone", ["business2"] = "Business Phone 2",
        ["callback"] = "Callback", ["car"] = "Car Phone", ["companyMain"] = "Company Main Phone", ["homeFax"] = "Home Fax", ["home"] = "Home Phone",
        ["home2"] = "Home Phone 2", ["isdn"] = "ISDN", ["mobile"] = "Mobile Phone", ["otherFax"] = "Other Fax", ["other"] = "Other Phone",
        ["pager"] = "Pager", ["primary"] = "Primary Phone", ["radio"] = "Radio Phone", ["ttyTdd"] = "TTY/TDD Phone", ["telex"] = "Telex",
    };

    private static readonly Dictionary<string, string> SecondPhone = new(StringComparer.Ordinal) { ["business"] = "business2", ["home"] = "home2" };

    private static readonly string[] AddressKinds = ["business", "home", "other"];

    private readonly Dictionary<string, int> _index;
    private readonly bool _neutralise;

    public OutlookExportLayout(bool neutralise)
    {
        _neutralise = neutralise;
        _index = OutlookRules.Desktop.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
    }

    public override IReadOnlyList<string> Header => OutlookRules.Desktop;

    public override void Fill(ExportRecord record, string?[] row)
    {
        var hasParts = false;
        string? whole = null;
        var addresses = new SortedDictionary<int, (string Kind, List<ImportCell> Parts)>();
        foreach (var cell in record.Cells)
        {
            var key = cell.Key!;
            var (stem, kind, part) = Split(key);
            switch (stem)
            {
                case "name" when part == "whole":
                    whole = cell.Value;
                    continue;
                case "name":
                    // The parts are written; Outlook composes the full name from them.
                    continue;
                case "email" when cell.Group > 0:
                    Email(row, cell, part);
                    continue;
                case "phone" when cell.Group > 0 && part is null:
                    Phone(row, cell, kind);
                    continue;
                case "address" when cell.Group > 0:
                    if (!addresses.TryGetValue(cell.Group, out var address))
                    {
                        address = (kind ?? "other", []);
                        addresses.Add(cell.Group, address);
                    }

                    address.Parts.Add(cell);
                    continue;
                default:
                    if (Single.TryGetValue(key, out var column))
                    {
                        hasParts |= stem is "prefix" or "first" or "middle" or "last" or "suffix";
                        Set(row, _index[column], cell);
                    }
                    else
                    {
                        Drop(cell);
                    }

                    continue;
            }
        }

        if (whole is not null)
        {
            // A name kept whole (no parts) goes where Outlook shows a name first.
            if (!hasParts && row[_index["First Name"]] is null)
            {
                row[_index["First Name"]] = whole;
            }
            else
            {
                Drop("name.whole");
            }
        }

        Addresses(row, addresses.Values);
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is { } value)
            {
                row[i] = FormulaGuard.Foreign(value, _neutralise);
            }
        }
    }

    private void Email(string?[] row, ImportCell cell, string? part)
    {
        if (cell.Group > 3 || part is not (null or "displayName"))
        {
            Drop(cell);
            return;
        }

        var n = cell.Group == 1 ? string.Empty : " " + cell.Group.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (part is null)
        {
            Set(row, _index[$"E-mail{n} Address"], cell);
            row[_index[$"E-mail{n} Type"]] ??= "SMTP";
        }
        else
        {
            Set(row, _index[$"E-mail{n} Display Name"], cell);
        }
    }

    private void Phone(string?[] row, ImportCell cell, string? kind)
    {
        var index = kind is not null && Phones.TryGetValue(kind, out var column) ? _index[column] : _index["Other Phone"];
        if (row[index] is not null && kind is not null && SecondPhone.TryGetValue(kind, out var second))
        {
            index = _index[Phones[second]];
        }

        if (row[index] is not null)
        {
            index = _index["Other Phone"];
        }

        Set(row, index, cell);
    }

    private void Addresses(string?[] row, IEnumerable<(string Kind, List<ImportCell> Parts)> addresses)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (kind, parts) in addresses)
        {
            var slot = AddressKinds.Contains(kind) && !used.Contains(kind) ? kind : !used.Contains("other") ? "other" : null;
            if (slot is null)
            {
                foreach (var part in parts)
                {
                    Drop(part);
                }

                continue;
            }

            used.Add(slot);
            var prefix = slot switch { "business" => "Business", "home" => "Home", _ => "Other" };
            foreach (var cell in parts)
            {
                var (_, _, part) = Split(cell.Key!);
                switch (part)
                {
                    case "street":
                        var lines = cell.Value.Split('\n');
                        row[_index[prefix + " Street"]] = lines[0];
                        if (lines.Length > 1)
                        {
                            row[_index[prefix + " Street 2"]] = lines[1];
                        }

                        if (lines.Length > 2)
                        {
                            row[_index[prefix + " Street 3"]] = string.Join('\n', lines.Skip(2));
                        }

                        break;
                    case "poBox":
                        row[_index[prefix + " Address PO Box"]] = cell.Value;
                        break;
                    case "city":
                        row[_index[prefix + " City"]] = cell.Value;
                        break;
                    case "state":
                        row[_index[prefix + " State"]] = cell.Value;
                        break;
                    case "postalCode":
                        row[_index[prefix + " Postal Code"]] = cell.Value;
                        break;
                    case "country":
                        row[_index[prefix + " Country/Region"]] = cell.Value;
                        break;
                    default:
                        Drop(cell);
                        break;
                }
            }
        }
    }
}
