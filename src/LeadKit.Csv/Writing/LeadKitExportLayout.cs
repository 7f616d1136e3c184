using System;
using System.Collections.Generic;
using System.Globalization;
using LeadKit.Csv.Layouts;
using LeadKit.Export;

namespace LeadKit.Csv.Writing;

/// <summary>
/// LeadKit's own layout: <c>leadkit.version</c>, a column per single-field key the records use (the
/// shape's order), the numbered e-mail, phone and address groups, then the custom fields — every
/// value, escaped so that the layout reads it back exactly.
/// </summary>
internal sealed class LeadKitExportLayout : ExportLayout
{
    private readonly List<string> _header = [LeadKitRules.VersionColumn];
    private readonly Dictionary<string, int> _single = new(StringComparer.Ordinal);
    private readonly int _emails;
    private readonly int _phones;
    private readonly int _addresses;
    private readonly int _emailBase;
    private readonly int _phoneBase;
    private readonly int _addressBase;
    private readonly bool _neutralise;

    public LeadKitExportLayout(ExportShape shape, bool neutralise)
    {
        _neutralise = neutralise;
        foreach (var key in shape.Fields)
        {
            if (!key.StartsWith("custom.", StringComparison.Ordinal))
            {
                Column(key);
            }
        }

        _emails = shape.Emails;
        _phones = shape.Phones;
        _addresses = shape.Addresses;
        _emailBase = _header.Count;
        _phoneBase = _emailBase + (_emails * LeadKitRules.EmailParts.Length);
        _addressBase = _phoneBase + (_phones * LeadKitRules.PhoneParts.Length);
        CsvLayouts.LeadKitGroups(_header, _emails, _phones, _addresses);
        foreach (var key in shape.Fields)
        {
            if (key.StartsWith("custom.", StringComparison.Ordinal))
            {
                Column(key);
            }
        }
    }

    public override IReadOnlyList<string> Header => _header;

    public override void Fill(ExportRecord record, string?[] row)
    {
        row[0] = CsvLayouts.LeadKitVersion;
        foreach (var cell in record.Cells)
        {
            var key = cell.Key!;
            var index = -1;
            string? kind = null;
            if (cell.Group > 0 && (key.StartsWith("email", StringComparison.Ordinal) || key.StartsWith("phone", StringComparison.Ordinal) || key.StartsWith("address", StringComparison.Ordinal)))
            {
                (index, kind) = GroupColumn(key, cell.Group);
            }
            else if (!_single.TryGetValue(key, out index))
            {
                index = -1;
            }

            if (index < 0 || row[index] is not null)
            {
                Drop(cell);
                continue;
            }

            row[index] = FormulaGuard.LeadKit(cell.Value, _neutralise);
            if (kind is not null)
            {
                // The group's kind column sits right before its first part; every part of a group has the same kind.
                var kindIndex = KindColumn(key, cell.Group);
                row[kindIndex] ??= kind;
            }
        }
    }

    private void Column(string key)
    {
        if (_single.TryAdd(key, _header.Count))
        {
            _header.Add(key);
        }
    }

    /// <summary>The column of a group's value and the group's kind, or -1 when the group or part has no column.</summary>
    private (int Index, string? Kind) GroupColumn(string key, int group)
    {
        var (stem, kind, part) = Split(key);
        var (count, start, parts) = Group(stem);
        if (parts is null || group > count)
        {
            return (-1, null);
        }

        var name = part ?? (stem == "email" ? "address" : stem == "phone" ? "number" : null);
        var at = name is null || name == "kind" ? -1 : Array.IndexOf(parts, name);
        return at < 0 ? (-1, null) : (start + ((group - 1) * parts.Length) + at, kind ?? string.Empty);
    }

    private int KindColumn(string key, int group)
    {
        var (stem, _, _) = Split(key);
        var (_, start, parts) = Group(stem);
        return start + ((group - 1) * parts!.Length) + Array.IndexOf(parts, "kind");
    }

    private (int Count, int Start, string[]? Parts) Group(string stem) => stem switch
    {
        "email" => (_emails, _emailBase, LeadKitRules.EmailParts),
        "phone" => (_phones, _phoneBase, LeadKitRules.PhoneParts),
        "address" => (_addresses, _addressBase, LeadKitRules.AddressParts),
        _ => (0, 0, null),
    };

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"leadkit: {_header.Count} columns");
}
