using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LeadKit.Csv.Layouts;

/// <summary>
/// Microsoft Outlook's contacts CSV: the 92-column desktop export (Outlook 2007 to 365), the older
/// variants (Outlook 2003 "Business Country", Outlook 2000 "PO Box" without e-mail types), the
/// Outlook.com web export and Google's "Outlook CSV" export.
/// </summary>
internal sealed partial class OutlookRules : LayoutRules
{
    /// <summary>The desktop export's 92 columns, in order (what <see cref="CsvLayout.Headers"/> writes).</summary>
    internal static readonly string[] Desktop =
    [
        "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
        "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State", "Business Postal Code", "Business Country/Region",
        "Home Street", "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code", "Home Country/Region",
        "Other Street", "Other Street 2", "Other Street 3", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
        "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone", "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2",
        "ISDN", "Mobile Phone", "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex",
        "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box", "Categories", "Children", "Directory Server",
        "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
        "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials", "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
        "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private", "Profession", "Referred By", "Sensitivity", "Spouse",
        "User 1", "User 2", "User 3", "User 4", "Web Page",
    ];

    internal OutlookRules()
        : base("outlook", "Microsoft Outlook", Table(), Desktop)
    {
    }

    protected override (string Key, string Value)? Adjust(string key, int group, string value, CsvRow row, ColumnBinding?[] columns)
    {
        switch (key)
        {
            case "email":
                // An Exchange entry ("EX") holds an X.500 legacyDN, not an address: the SMTP address,
                // if any, is in the display name as "Name (address@domain)".
                if (string.Equals(CellOf(row, columns, "email.type", group)?.Trim(), "EX", StringComparison.OrdinalIgnoreCase))
                {
                    var display = CellOf(row, columns, "email.displayName", group) ?? string.Empty;
                    var smtp = SmtpInDisplayName().Match(display);
                    return smtp.Success ? (key, smtp.Groups[1].Value.Trim()) : ("email.exchange", value);
                }

                return (key, value);
            case "email.type":
                return null;
            case "gender" when value.Equals("Unspecified", StringComparison.OrdinalIgnoreCase):
            case "priority" or "sensitivity" when value.Equals("Normal", StringComparison.OrdinalIgnoreCase):
            case "private" when value.Equals("False", StringComparison.OrdinalIgnoreCase):
                return null;
            default:
                return (key, value);
        }
    }

    protected override bool MaySplit(string key, string value) => key == "categories";

    protected override IEnumerable<string> Split(string key, string value) =>
        key == "categories" ? value.Split(';') : [value];

    private static (string Header, string Key)[] Table()
    {
        var table = new List<(string, string)>
        {
            ("Title", "prefix"), ("First Name", "first"), ("Middle Name", "middle"), ("Last Name", "last"), ("Suffix", "suffix"),
            ("Company", "company"), ("Department", "department"), ("Job Title", "title"),
            ("Nickname", "nickname"), ("Given Yomi", "phonetic.first"), ("Surname Yomi", "phonetic.last"), ("Company Yomi", "phonetic.company"),
            ("Assistant's Phone", "phone:assistant"), ("Business Fax", "phone:businessFax"), ("Business Phone", "phone:business"), ("Business Phone 2", "phone:business2"),
            ("Callback", "phone:callback"), ("Car Phone", "phone:car"), ("Company Main Phone", "phone:companyMain"), ("Home Fax", "phone:homeFax"),
            ("Home Phone", "phone:home"), ("Home Phone 2", "phone:home2"), ("ISDN", "phone:isdn"), ("Mobile Phone", "phone:mobile"), ("Other Fax", "phone:otherFax"),
            ("Other Phone", "phone:other"), ("Pager", "phone:pager"), ("Primary Phone", "phone:primary"), ("Radio Phone", "phone:radio"),
            ("TTY/TDD Phone", "phone:ttyTdd"), ("Telex", "phone:telex"),
            ("Account", "account"), ("Anniversary", "anniversary"), ("Assistant's Name", "assistant"), ("Billing Information", "billingInformation"),
            ("Birthday", "birthday"), ("Categories", "categories"), ("Children", "children"), ("Directory Server", "directoryServer"),
            ("E-mail Address", "email|1"), ("E-mail Type", "email.type|1"), ("E-mail Display Name", "email.displayName|1"),
            ("E-mail 2 Address", "email|2"), ("E-mail 2 Type", "email.type|2"), ("E-mail 2 Display Name", "email.displayName|2"),
            ("E-mail 3 Address", "email|3"), ("E-mail 3 Type", "email.type|3"), ("E-mail 3 Display Name", "email.displayName|3"),
            ("Gender", "gender"), ("Government ID Number", "governmentId"), ("Hobby", "hobby"), ("Initials", "initials"),
            ("Internet Free Busy", "freeBusy"), ("Internet Free/Busy", "freeBusy"), ("Keywords", "keywords"), ("Language", "language"), ("Location", "location"),
            ("Manager's Name", "manager"), ("Mileage", "mileage"), ("Notes", "comments"), ("Office Location", "office"),
            ("Organizational ID Number", "organizationalId"), ("Priority", "priority"), ("Private", "private"), ("Profession", "profession"),
            ("Referred By", "referredBy"), ("Sensitivity", "sensitivity"), ("Spouse", "spouse"),
            ("User 1", "user1"), ("User 2", "user2"), ("User 3", "user3"), ("User 4", "user4"),
            ("Web Page", "webPage"), ("Personal Web Page", "webPage:personal"), ("IMAddress", "im"), ("Schools", "schools"),
            ("PO Box", "address.poBox"),
        };
        foreach (var (prefix, kind) in new[] { ("Business", "business"), ("Home", "home"), ("Other", "other") })
        {
            table.Add(($"{prefix} Street", $"address:{kind}.street"));
            table.Add(($"{prefix} Street 2", $"address:{kind}.street2"));
            table.Add(($"{prefix} Street 3", $"address:{kind}.street3"));
            table.Add(($"{prefix} City", $"address:{kind}.city"));
            table.Add(($"{prefix} State", $"address:{kind}.state"));
            table.Add(($"{prefix} Postal Code", $"address:{kind}.postalCode"));
            table.Add(($"{prefix} Country/Region", $"address:{kind}.country"));
            table.Add(($"{prefix} Country", $"address:{kind}.country"));
            table.Add(($"{prefix} Address PO Box", $"address:{kind}.poBox"));
            table.Add(($"{prefix} Address", $"address:{kind}.formatted"));
        }

        return [.. table];
    }

    [GeneratedRegex(@"\(([^()\s]*@[^()\s]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex SmtpInDisplayName();
}
