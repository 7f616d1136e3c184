using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Csv.Layouts;
using LeadKit.Export;

namespace LeadKit.Csv;

/// <summary>The CSV layouts LeadKit knows, their detection from a header row, and the header lists for writing them.</summary>
public static class CsvLayouts
{
    /// <summary>The version of LeadKit's own layout this library writes, in the <c>leadkit.version</c> column.</summary>
    public const string LeadKitVersion = LeadKitTableLayout.Version;

    private static readonly string[] GoogleAddressParts = ["Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country", "Extended Address"];

    /// <summary>Gets Microsoft Outlook's contacts CSV (desktop 92 columns and older variants, Outlook.com, Google's "Outlook CSV").</summary>
    public static CsvLayout Outlook { get; } = new(new OutlookRules());

    /// <summary>Gets Google Contacts' current CSV export.</summary>
    public static CsvLayout Google { get; } = new(new GoogleRules(legacy: false));

    /// <summary>Gets the legacy Gmail contacts CSV export ("Given Name", "E-mail 1 - Type").</summary>
    public static CsvLayout GoogleLegacy { get; } = new(new GoogleRules(legacy: true));

    /// <summary>Gets Salesforce leads with API field names (Data Loader, Workbench).</summary>
    public static CsvLayout Salesforce { get; } = new(new SalesforceRules());

    /// <summary>Gets ACT! contacts exported with field names.</summary>
    public static CsvLayout Act { get; } = new(new ActRules());

    /// <summary>Gets Mozilla Thunderbird's address book CSV.</summary>
    public static CsvLayout Thunderbird { get; } = new(new ThunderbirdRules());

    /// <summary>Gets LeadKit's own lossless CSV (see <see cref="LeadKitHeader"/>).</summary>
    public static CsvLayout LeadKit { get; } = new(new LeadKitRules());

    /// <summary>Gets the layout of a file no known layout matches: no column has a key.</summary>
    public static CsvLayout Generic { get; } = new(new GenericRules());

    /// <summary>Gets every known layout (not <see cref="Generic"/>), in the order detection prefers them on a tie.</summary>
    public static IReadOnlyList<CsvLayout> All { get; } = [LeadKit, Outlook, Google, GoogleLegacy, Salesforce, Thunderbird, Act];

    /// <summary>Finds a layout by <see cref="CsvLayout.Name"/>, ignoring case.</summary>
    /// <param name="name">The name, e.g. <c>outlook</c> or <c>generic</c>.</param>
    /// <returns>The layout, or <see langword="null"/>.</returns>
    public static CsvLayout? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.Append(Generic).FirstOrDefault(l => l.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Works out a file's layout from its header row. Each layout counts the (non-blank) names it
    /// knows; only a layout that knows at least one name no other layout knows (a distinctive name)
    /// can win, and the one knowing the largest share wins (more distinctive names, then the order of
    /// <see cref="All"/>, break ties). A <c>leadkit.version</c> column always means LeadKit's layout,
    /// and only that column does: without it, LeadKit's layout is not a candidate.
    /// With no such layout, or one that knows less than half the names, the result is <see cref="Generic"/>.
    /// </summary>
    /// <param name="header">The header row.</param>
    /// <returns>The layout, how confident the match is and which names decided it.</returns>
    public static CsvLayoutMatch Detect(CsvHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var names = header.Names.Select(n => n.Trim()).Where(n => n.Length > 0).ToArray();
        if (LeadKitTableLayout.IsLeadKitHeader(names))
        {
            return Match(LeadKit, names, [.. names.Where(n => LeadKit.KeyFor(n) is not null)], [LeadKitTableLayout.VersionColumn]);
        }

        // Without its version column a file is not LeadKit's (its column names are plain field
        // names that hand-made files use too), so LeadKit's layout takes no part in the contest.
        var candidates = All.Where(l => l != LeadKit).ToArray();
        var known = candidates.Select(l => names.Where(n => l.KeyFor(n) is not null).ToArray()).ToArray();
        CsvLayoutMatch? best = null;
        var bestDistinctive = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            var distinctive = known[i].Where(n => !known.Where((_, j) => j != i).Any(k => k.Contains(n, StringComparer.OrdinalIgnoreCase))).ToArray();
            if (distinctive.Length == 0)
            {
                continue;
            }

            var match = Match(candidates[i], names, known[i], distinctive);
            if (best is null || match.Confidence > best.Confidence || (match.Confidence == best.Confidence && distinctive.Length > bestDistinctive))
            {
                best = match;
                bestDistinctive = distinctive.Length;
            }
        }

        return best is { Confidence: >= 0.5 } ? best : Match(Generic, names, [], []);
    }

    /// <summary>
    /// The header of LeadKit's own layout (<see cref="LeadKitTableLayout.AllColumns"/>, the one list
    /// every tabular format shares): <c>leadkit.version</c>, every single field it knows (the name and
    /// its parts, each lead field an import can set, the identity and audit columns), then as many
    /// numbered e-mail (<c>email.n.kind</c>, <c>.address</c>, <c>.displayName</c>), phone
    /// (<c>phone.n.kind</c>, <c>.number</c>) and address (<c>address.n.kind</c>, <c>.street</c>,
    /// <c>.poBox</c>, <c>.city</c>, <c>.state</c>, <c>.postalCode</c>, <c>.country</c>, <c>.mailing</c>)
    /// groups as the records need, then <c>custom.Name</c> per custom field.
    /// </summary>
    /// <param name="emails">How many e-mail groups.</param>
    /// <param name="phones">How many phone groups.</param>
    /// <param name="addresses">How many address groups.</param>
    /// <param name="customFields">The custom field names, in the order wanted.</param>
    /// <returns>The header names.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static IReadOnlyList<string> LeadKitHeader(int emails = 1, int phones = 1, int addresses = 1, IEnumerable<string>? customFields = null) =>
        LeadKitTableLayout.AllColumns(emails, phones, addresses, customFields);

    /// <summary>The header of Google Contacts' current export with as many numbered e-mail, phone and address groups as wanted.</summary>
    /// <param name="emails">How many e-mail groups (<c>E-mail n - Label</c>, <c>E-mail n - Value</c>).</param>
    /// <param name="phones">How many phone groups.</param>
    /// <param name="addresses">How many address groups (label, formatted, street, city, PO box, region, postal code, country, extended address).</param>
    /// <returns>The header names.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static IReadOnlyList<string> GoogleHeader(int emails = 1, int phones = 1, int addresses = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(emails);
        ArgumentOutOfRangeException.ThrowIfNegative(phones);
        ArgumentOutOfRangeException.ThrowIfNegative(addresses);
        var header = new List<string>(GoogleRules.Leading);
        for (var n = 1; n <= emails; n++)
        {
            header.Add(Format("E-mail {0} - Label", n));
            header.Add(Format("E-mail {0} - Value", n));
        }

        for (var n = 1; n <= phones; n++)
        {
            header.Add(Format("Phone {0} - Label", n));
            header.Add(Format("Phone {0} - Value", n));
        }

        foreach (var n in Enumerable.Range(1, addresses))
        {
            header.Add(Format("Address {0} - Label", n));
            header.AddRange(GoogleAddressParts.Select(p => Format("Address {0} - ", n) + p));
        }

        return header;
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private static CsvLayoutMatch Match(CsvLayout layout, string[] names, string[] known, string[] distinctive) =>
        new(
            layout,
            names.Length == 0 ? 0 : (double)known.Length / names.Length,
            known,
            [.. names.Where(n => !known.Contains(n, StringComparer.OrdinalIgnoreCase))],
            distinctive);
}
