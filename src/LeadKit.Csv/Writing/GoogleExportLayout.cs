using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Csv.Layouts;
using LeadKit.Export;
using LeadKit.Import;

namespace LeadKit.Csv.Writing;

/// <summary>
/// Google Contacts' current layout: its fixed leading columns, as many labelled e-mail, phone and
/// address groups as the records need (<see cref="CsvLayouts.GoogleHeader"/>), then a website, a
/// spouse relation, an anniversary event, an IM address and one custom field group per custom field,
/// when the records use them. What Google has no column for is left out (see docs/csv.md).
/// </summary>
internal sealed class GoogleExportLayout : ExportLayout
{
    private static readonly Dictionary<string, string> Single = new(StringComparer.Ordinal)
    {
        ["first"] = "First Name", ["middle"] = "Middle Name", ["last"] = "Last Name", ["phoneticFirst"] = "Phonetic First Name",
        ["phoneticLast"] = "Phonetic Last Name", ["prefix"] = "Name Prefix", ["suffix"] = "Name Suffix", ["nickname"] = "Nickname",
        ["company"] = "Organization Name", ["title"] = "Organization Title", ["department"] = "Organization Department",
        ["birthday"] = "Birthday", ["comments"] = "Notes",
        ["webPage"] = "Website 1 - Value", ["spouse"] = "Relation 1 - Value", ["anniversary"] = "Event 1 - Value", ["imAddress"] = "IM 1 - Value",
    };

    /// <summary>The label cells of the optional single-value groups.</summary>
    private static readonly (string Key, string LabelColumn, string Label, string ValueColumn)[] Labelled =
    [
        ("webPage", "Website 1 - Label", "Work", "Website 1 - Value"),
        ("spouse", "Relation 1 - Label", "Spouse", "Relation 1 - Value"),
        ("anniversary", "Event 1 - Label", "Anniversary", "Event 1 - Value"),
        ("imAddress", "IM 1 - Label", "Other", "IM 1 - Value"),
    ];

    private static readonly Dictionary<string, string> EmailLabels = new(StringComparer.Ordinal) { ["business"] = "Work", ["personal"] = "Home", ["other"] = "Other" };

    private static readonly Dictionary<string, string> AddressLabels = new(StringComparer.Ordinal) { ["business"] = "Work", ["home"] = "Home", ["other"] = "Other" };

    /// <summary>Google's own phone labels where it has one, else a label the CSV reader maps back to the same kind.</summary>
    private static readonly Dictionary<string, string> PhoneLabels = new(StringComparer.Ordinal)
    {
        ["business"] = "Work", ["business2"] = "Work 2", ["home"] = "Home", ["home2"] = "Home 2", ["mobile"] = "Mobile", ["businessFax"] = "Work Fax",
        ["homeFax"] = "Home Fax", ["otherFax"] = "Other Fax", ["pager"] = "Pager", ["callback"] = "Callback", ["companyMain"] = "Company Main",
        ["isdn"] = "ISDN", ["telex"] = "Telex", ["radio"] = "Radio", ["primary"] = "Main", ["car"] = "Car", ["assistant"] = "Assistant",
        ["ttyTdd"] = "TTY/TDD", ["other"] = "Other",
    };

    private static readonly Dictionary<string, string> AddressParts = new(StringComparer.Ordinal)
    {
        ["street"] = "Street", ["city"] = "City", ["poBox"] = "PO Box", ["state"] = "Region", ["postalCode"] = "Postal Code", ["country"] = "Country",
    };

    private readonly List<string> _header;
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int> _custom = new(StringComparer.Ordinal);
    private readonly int _emails;
    private readonly int _phones;
    private readonly int _addresses;
    private readonly bool _neutralise;

    public GoogleExportLayout(ExportShape shape, bool neutralise)
    {
        _neutralise = neutralise;
        _emails = shape.Emails;
        _phones = shape.Phones;
        _addresses = shape.Addresses;
        _header = [.. CsvLayouts.GoogleHeader(_emails, _phones, _addresses)];
        foreach (var (key, label, _, value) in Labelled)
        {
            if (shape.Fields.Contains(key))
            {
                _header.Add(label);
                _header.Add(value);
            }
        }

        var n = 0;
        foreach (var key in shape.Fields.Where(k => k.StartsWith("custom.", StringComparison.Ordinal)))
        {
            n++;
            _custom[key] = _header.Count;
            _header.Add(string.Create(CultureInfo.InvariantCulture, $"Custom Field {n} - Label"));
            _header.Add(string.Create(CultureInfo.InvariantCulture, $"Custom Field {n} - Value"));
        }

        _index = _header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
    }

    public override IReadOnlyList<string> Header => _header;

    public override void Fill(ExportRecord record, string?[] row)
    {
        var hasParts = false;
        string? whole = null;
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
                    continue;
                case "email" when cell.Group > 0:
                    Grouped(row, cell, "E-mail", _emails, part is null ? "Value" : null, kind is null ? null : EmailLabels.GetValueOrDefault(kind));
                    continue;
                case "phone" when cell.Group > 0:
                    Grouped(row, cell, "Phone", _phones, part is null ? "Value" : null, kind is null ? null : PhoneLabels.GetValueOrDefault(kind));
                    continue;
                case "address" when cell.Group > 0:
                    Grouped(row, cell, "Address", _addresses, part is null ? null : AddressParts.GetValueOrDefault(part), kind is null ? null : AddressLabels.GetValueOrDefault(kind));
                    continue;
                default:
                    if (_custom.TryGetValue(key, out var at))
                    {
                        row[at] = key["custom.".Length..];
                        Set(row, at + 1, cell);
                    }
                    else if (Single.TryGetValue(key, out var column) && _index.TryGetValue(column, out var index))
                    {
                        hasParts |= stem is "prefix" or "first" or "middle" or "last" or "suffix";
                        Set(row, index, cell);
                        foreach (var labelled in Labelled.Where(l => l.Key == key))
                        {
                            row[_index[labelled.LabelColumn]] = labelled.Label;
                        }
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
            var first = _index["First Name"];
            if (!hasParts && row[first] is null)
            {
                row[first] = whole;
            }
            else
            {
                Drop("name.whole");
            }
        }

        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is { } value)
            {
                row[i] = FormulaGuard.Foreign(value, _neutralise);
            }
        }
    }

    /// <summary>Places a value of a numbered group (<c>Phone 2 - Value</c>) and its label.</summary>
    private void Grouped(string?[] row, ImportCell cell, string what, int count, string? part, string? label)
    {
        if (part is null || cell.Group > count)
        {
            Drop(cell);
            return;
        }

        var n = cell.Group.ToString(CultureInfo.InvariantCulture);
        Set(row, _index[$"{what} {n} - {part}"], cell);
        if (label is not null)
        {
            row[_index[$"{what} {n} - Label"]] ??= label;
        }
    }
}
