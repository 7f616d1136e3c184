using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LeadKit.Csv.Layouts;

/// <summary>
/// LeadKit's own lossless CSV: every header name is its key, repeated entries are numbered groups
/// (<c>email.1.kind</c>, <c>email.1.address</c>, <c>phone.2.number</c>, <c>address.1.city</c>), custom
/// fields are <c>custom.Name</c>, and the first column, <c>leadkit.version</c>, says which version of
/// the layout the file follows.
/// </summary>
internal sealed partial class LeadKitRules : LayoutRules
{
    internal const string VersionColumn = "leadkit.version";

    /// <summary>
    /// The single-field columns, in header order: the name and its parts (<c>name.whole</c> is a name
    /// kept whole, never split into parts), then every lead field an import can set, in the field
    /// catalogue's order, then the identity and audit columns (read, reported as not imported).
    /// </summary>
    internal static readonly string[] Fixed =
    [
        VersionColumn, "id", "prefix", "first", "middle", "last", "suffix", "name", "name.whole", "fileAs", "fileAsFormat", "title", "company", "account",
        "assignedTo", "source", "rating", "initiatedBy", "areaOfInterest", "photo", "webPage", "scoreType", "manualStars", "checked",
        "comments", "department", "office", "profession", "manager", "assistant", "nickname", "phoneticFirst", "phoneticLast", "phoneticCompany",
        "spouse", "imAddress", "territory", "birthday", "anniversary", "doNotCall", "doNotEmail", "doNotFax", "doNotSendLetter",
        "preferredContactMethod", "active", "created", "modified",
    ];

    internal static readonly string[] EmailParts = ["kind", "address", "displayName"];

    internal static readonly string[] PhoneParts = ["kind", "number"];

    internal static readonly string[] AddressParts = ["kind", "street", "poBox", "city", "state", "postalCode", "country", "mailing"];

    internal LeadKitRules()
        : base("leadkit", "LeadKit", Array.ConvertAll(Fixed, f => (f, f)))
    {
    }

    public override IReadOnlyDictionary<string, string> Patterns { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["email.{n}.kind"] = "(kind of e-mail n: business, personal, other)",
        ["email.{n}.address"] = "email:{kind}",
        ["email.{n}.displayName"] = "email:{kind}.displayName",
        ["phone.{n}.kind"] = "(kind of phone n: business, business2, home, home2, mobile, businessFax, homeFax, otherFax, pager, callback, companyMain, isdn, telex, radio, primary, car, assistant, ttyTdd, other)",
        ["phone.{n}.number"] = "phone:{kind}",
        ["address.{n}.kind"] = "(kind of address n: business, home, other)",
        ["address.{n}.street|poBox|city|state|postalCode|country|mailing"] = "address:{kind}.street|poBox|city|state|postalCode|country|mailing",
        ["checked:{criterion}"] = "checked:{criterion} (when the scoring criterion was checked: an ISO 8601 instant)",
        ["custom.{Name}"] = "custom.{Name}",
    };

    /// <summary>Gets a value indicating that LeadKit's values keep their white space: the layout is lossless.</summary>
    protected override bool KeepsWhiteSpace => true;

    /// <summary>
    /// LeadKit's own rule, exact both ways: a cell that starts with <c>'</c> loses that one
    /// <c>'</c>. The writer puts one in front of every value that starts with <c>'</c> and, when
    /// neutralising formulas, of every value that starts with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return; nothing else is changed (no trimming).
    /// </summary>
    protected override string Clean(string cell) => cell.Length > 0 && cell[0] == '\'' ? cell[1..] : cell;

    protected override ColumnBinding? BindPattern(string header)
    {
        if (header.StartsWith("custom.", StringComparison.OrdinalIgnoreCase) && header.Length > 7)
        {
            var key = "custom." + header[7..];
            return new ColumnBinding(key, 0, ColumnRole.Value, key);
        }

        if (header.StartsWith("checked:", StringComparison.OrdinalIgnoreCase) && header.Length > 8)
        {
            var key = "checked:" + header[8..];
            return new ColumnBinding(key, 0, ColumnRole.Value, key);
        }

        var match = Numbered().Match(header);
        if (!match.Success)
        {
            return null;
        }

        var stem = match.Groups[1].Value.ToLowerInvariant();
        var n = int.Parse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var parts = stem switch { "email" => EmailParts, "phone" => PhoneParts, _ => AddressParts };
        var part = Array.Find(parts, p => p.Equals(match.Groups[3].Value, StringComparison.OrdinalIgnoreCase));
        return part switch
        {
            null => null,
            "kind" => new ColumnBinding(stem, n, ColumnRole.Label, $"({stem} {n} kind)"),
            "address" or "number" => new ColumnBinding(stem, n, ColumnRole.Labelled, stem + ":{kind}"),
            _ => new ColumnBinding(stem + "." + part, n, ColumnRole.Labelled, $"{stem}:{{kind}}.{part}"),
        };
    }

    protected override string? LabelledKey(string stem, string? part, string label)
    {
        var kinds = stem switch { "email" => Kinds.Email, "phone" => Kinds.Phone, _ => Kinds.Address };
        var kind = Kind(kinds, label);
        var key = kind is null ? stem : stem + ":" + kind;
        return part is null ? key : key + "." + part;
    }

    [GeneratedRegex(@"^(email|phone|address)\.(\d{1,4})\.(\w+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
