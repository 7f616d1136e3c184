using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace LeadKit.Csv.Layouts;

/// <summary>
/// Google Contacts' own CSV: the current export (contacts.google.com, "… - Label" columns,
/// "Labels") and the legacy Gmail export ("Given Name", "… - Type" columns, "Group Membership").
/// Numbered groups are resolved with their label cell; <c>" ::: "</c> joins several values in one
/// cell; <c>"* "</c> marks the primary entry and system groups.
/// </summary>
internal sealed partial class GoogleRules : LayoutRules
{
    /// <summary>The current export's fixed leading columns.</summary>
    internal static readonly string[] Leading =
    [
        "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
        "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title", "Organization Department",
        "Birthday", "Notes", "Photo", "Labels",
    ];

    private static readonly string[] AddressParts = ["Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country", "Extended Address"];

    private readonly string _labelPart;

    internal GoogleRules(bool legacy)
        : base(legacy ? "google-legacy" : "google", legacy ? "Google Contacts (legacy Gmail export)" : "Google Contacts", legacy ? LegacyTable : CurrentTable, legacy ? null : Leading)
    {
        _labelPart = legacy ? "Type" : "Label";
        Patterns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [$"E-mail {{n}} - {_labelPart}"] = "(label of e-mail n)",
            ["E-mail {n} - Value"] = "email:{label}",
            [$"Phone {{n}} - {_labelPart}"] = "(label of phone n)",
            ["Phone {n} - Value"] = "phone:{label}",
            [$"Address {{n}} - {_labelPart}"] = "(label of address n)",
            ["Address {n} - Formatted|Street|City|PO Box|Region|Postal Code|Country|Extended Address"] = "address:{label}.formatted|street|city|poBox|state|postalCode|country|extended",
            ["Website {n} - Value"] = "webPage",
            ["Relation {n} - Value"] = "spouse (label Spouse), else relation:{label}",
            ["Event {n} - Value"] = "anniversary | birthday (by label), else event:{label}",
            ["Custom Field {n} - Value"] = "custom.{label}",
            ["IM {n} - Value"] = "im",
            ["Organization {n} - Name|Title|Department|Location|Job Description"] = "company|title|department|office|jobDescription",
        };
    }

    public override IReadOnlyDictionary<string, string> Patterns { get; }

    private static (string Header, string Key)[] CurrentTable =>
    [
        ("First Name", "first"), ("Middle Name", "middle"), ("Last Name", "last"),
        ("Phonetic First Name", "phonetic.first"), ("Phonetic Middle Name", "phonetic.middle"), ("Phonetic Last Name", "phonetic.last"),
        ("Name Prefix", "prefix"), ("Name Suffix", "suffix"), ("Nickname", "nickname"), ("File As", "fileAs"),
        ("Organization Name", "company"), ("Organization Title", "title"), ("Organization Department", "department"),
        ("Birthday", "birthday"), ("Notes", "comments"), ("Photo", "photo"), ("Labels", "categories"),
    ];

    private static (string Header, string Key)[] LegacyTable =>
    [
        ("Name", "name"), ("Given Name", "first"), ("Additional Name", "middle"), ("Family Name", "last"),
        ("Yomi Name", "phonetic.name"), ("Given Name Yomi", "phonetic.first"), ("Additional Name Yomi", "phonetic.middle"), ("Family Name Yomi", "phonetic.last"),
        ("Name Prefix", "prefix"), ("Name Suffix", "suffix"), ("Initials", "initials"), ("Nickname", "nickname"), ("Short Name", "shortName"),
        ("Maiden Name", "maidenName"), ("Birthday", "birthday"), ("Gender", "gender"), ("Location", "location"),
        ("Billing Information", "billingInformation"), ("Directory Server", "directoryServer"), ("Mileage", "mileage"),
        ("Occupation", "profession"), ("Hobby", "hobby"), ("Sensitivity", "sensitivity"), ("Priority", "priority"), ("Subject", "subject"),
        ("Notes", "comments"), ("Language", "language"), ("Photo", "photo"), ("Group Membership", "categories"),
    ];

    protected override ColumnBinding? BindPattern(string header)
    {
        var match = Numbered().Match(header);
        if (!match.Success)
        {
            return null;
        }

        var what = match.Groups[1].Value.ToUpperInvariant();
        var n = int.Parse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var part = match.Groups[3].Value.Trim();
        var stem = what switch
        {
            "E-MAIL" => "email",
            "PHONE" => "phone",
            "ADDRESS" => "address",
            "WEBSITE" => "webPage",
            "RELATION" => "relation",
            "EVENT" => "event",
            "CUSTOM FIELD" => "custom",
            "IM" => "im",
            _ => "organization",
        };
        if (part.Equals(_labelPart, StringComparison.OrdinalIgnoreCase))
        {
            return new ColumnBinding(stem, n, ColumnRole.Label, $"({stem} {n} label)");
        }

        if (stem == "organization")
        {
            var key = part.ToUpperInvariant() switch
            {
                "NAME" => "company",
                "TITLE" => "title",
                "DEPARTMENT" => "department",
                "LOCATION" => "office",
                "JOB DESCRIPTION" => "jobDescription",
                "YOMI NAME" => "phonetic.company",
                "SYMBOL" => "symbol",
                _ => null,
            };
            return key is null ? null : new ColumnBinding(key, n, ColumnRole.Value, key);
        }

        if (stem == "address")
        {
            var index = Array.FindIndex(AddressParts, p => p.Equals(part, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            var name = new[] { "formatted", "street", "city", "poBox", "state", "postalCode", "country", "extended" }[index];
            return new ColumnBinding("address." + name, n, ColumnRole.Labelled, $"address:{{label}}.{name}");
        }

        return part.Equals("Value", StringComparison.OrdinalIgnoreCase)
            ? new ColumnBinding(stem, n, ColumnRole.Labelled, stem is "email" or "phone" ? stem + ":{label}" : stem)
            : null;
    }

    protected override string? LabelledKey(string stem, string? part, string label) => stem switch
    {
        "email" => Kind(Kinds.Email, label) is { } k ? "email:" + k : "email",
        "phone" => Kind(Kinds.Phone, label) is { } k ? "phone:" + k : "phone",
        "address" => (Kind(Kinds.Address, label) is { } k ? "address:" + k : "address") + "." + part,
        "relation" => label.Equals("Spouse", StringComparison.OrdinalIgnoreCase) ? "spouse" : label.Length == 0 ? "relation" : "relation:" + label,
        "event" => label.ToUpperInvariant() switch
        {
            "ANNIVERSARY" => "anniversary",
            "BIRTHDAY" => "birthday",
            "" => "event",
            _ => "event:" + label,
        },
        "custom" => label.Length == 0 ? null : "custom." + label,
        _ => stem,
    };

    protected override bool MaySplit(string key, string value) =>
        key == "categories" || value.Contains(" ::: ", StringComparison.Ordinal);

    protected override IEnumerable<string> Split(string key, string value)
    {
        var parts = value.Split(" ::: ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return key == "categories" ? parts.Select(p => p.StartsWith('*') ? p[1..].Trim() : p) : parts;
    }

    [GeneratedRegex(@"^(E-mail|Phone|Address|Website|Relation|Event|Custom Field|IM|Organization) (\d{1,4}) - (.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
