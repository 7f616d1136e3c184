using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using LeadKit.Csv;
using LeadKit.Leads;

namespace LeadKit.Benchmarks;

/// <summary>
/// The CSV file the import benchmarks read: an Outlook desktop export (92 columns, every cell quoted,
/// CRLF, UTF-8) of distinct people — unique e-mail addresses and phone numbers, so an import with
/// duplicate detection imports every row — with about 20 cells filled per row: name, company,
/// department, job title, business address, business, mobile and (every third row) home phone,
/// e-mail with type and display name, a birthday or Outlook's <c>0/0/00</c>, a multi-line quoted
/// note on every tenth row and a web page on every seventh. Generated once per size into the temp
/// folder and reused. <see cref="ReadContact"/> is the hand-written baseline's mapping of the same
/// cells to a lead.
/// </summary>
public static class ImportFiles
{
    private static readonly string[] First = ["Ann", "Bob", "Chloé", "Dmitri", "Eve", "Farid", "Grace", "Hiro", "Ines", "Jonas"];
    private static readonly string[] Last = ["Lee", "Martin", "Novak", "OBrien", "Petit", "Quinn", "Rossi", "Schmidt", "Tanaka", "Urban"];

    /// <summary>Gets the sizes of the import benchmarks: 100 000 rows, 1 000 000 with <c>LEADKIT_BENCH_LARGE=1</c>, 2 000 in CI's smoke run.</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("LEADKIT_BENCH_LARGE") == "1" ? [1_000_000] : BenchmarkSizes.IsSmokeRun ? [2_000] : [100_000];

    /// <summary>Returns the path of the file of <paramref name="rows"/> rows, writing it first if needed.</summary>
    /// <param name="rows">The number of rows after the header.</param>
    /// <returns>The path.</returns>
    public static string Outlook(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"leadkit-outlook-people-{rows.ToString(CultureInfo.InvariantCulture)}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        // Written under another name and renamed, so a run stopped half-way leaves no partial file behind.
        var partial = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".partial";
        using (var writer = new StreamWriter(partial, false, new UTF8Encoding(false), 1 << 20))
        {
            Write(writer, rows);
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static void Write(StreamWriter writer, int rows)
    {
        var header = CsvLayouts.Outlook.Headers;
        var index = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i);
        writer.Write(string.Join(",", header.Select(h => "\"" + h + "\"")) + "\r\n");
        var random = new Random(20261204);
        var cells = new string[header.Count];
        for (var r = 0; r < rows; r++)
        {
            Array.Fill(cells, string.Empty);
            var first = First[random.Next(First.Length)];
            var last = Last[random.Next(Last.Length)] + "son";
            var email = $"{first}.{last}.{r.ToString(CultureInfo.InvariantCulture)}@contoso.example".ToLowerInvariant();
            cells[index["First Name"]] = first;
            cells[index["Middle Name"]] = r % 5 == 0 ? "J." : string.Empty;
            cells[index["Last Name"]] = last;
            cells[index["Company"]] = "Contoso " + r.ToString(CultureInfo.InvariantCulture) + ", Ltd.";
            cells[index["Department"]] = "Sales";
            cells[index["Job Title"]] = "Account Manager";
            cells[index["Business Street"]] = random.Next(1, 999).ToString(CultureInfo.InvariantCulture) + " Main Street";
            cells[index["Business City"]] = "Springfield";
            cells[index["Business State"]] = "IL";
            cells[index["Business Postal Code"]] = random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
            cells[index["Business Country/Region"]] = "United States of America";
            cells[index["Business Phone"]] = Phone("212", r);
            cells[index["Mobile Phone"]] = Phone("917", r);
            cells[index["Home Phone"]] = r % 3 == 0 ? Phone("718", r) : string.Empty;
            cells[index["E-mail Address"]] = email;
            cells[index["E-mail Type"]] = "SMTP";
            cells[index["E-mail Display Name"]] = $"{first} {last} ({email})";
            cells[index["Birthday"]] = r % 4 == 0 ? "4/21/1985" : "0/0/00";
            cells[index["Notes"]] = r % 10 == 0 ? "Met at the fair.\r\nWants a \"demo\", soon." : string.Empty;
            cells[index["Web Page"]] = r % 7 == 0 ? "https://contoso.example" : string.Empty;
            writer.Write(string.Join(",", cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
            writer.Write("\r\n");
        }
    }

    /// <summary>A distinct North American number for row <paramref name="r"/>: exchange 200–999, line 0000–9999.</summary>
    private static string Phone(string area, int r) =>
        string.Create(CultureInfo.InvariantCulture, $"+1 ({area}) {200 + (r / 10_000 % 800)}-{r % 10_000:D4}");

    /// <summary>
    /// The hand-written baseline's import of one row: the lead LeadKit's Outlook import makes of the
    /// same cells (name parts, company, department, title, business address, phones by kind, the
    /// e-mail address with its display name, birthday unless <c>0/0/00</c>, notes, web page).
    /// </summary>
    /// <param name="contact">The row.</param>
    /// <returns>The lead.</returns>
    public static Lead ReadContact(OutlookContact contact)
    {
        var lead = Lead.Create(PersonName.FromParts(null, Text(contact.FirstName), Text(contact.MiddleName), Text(contact.LastName), null), SampleLeads.Clock);
        lead.SetCompanyName(Text(contact.Company));
        lead.SetDepartment(Text(contact.Department));
        lead.SetJobTitle(Text(contact.JobTitle));
        if (Text(contact.EmailAddress) is { } address)
        {
            lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse(address), Text(contact.EmailDisplayName)));
        }

        Phone(lead, PhoneKind.Business, contact.BusinessPhone);
        Phone(lead, PhoneKind.Home, contact.HomePhone);
        Phone(lead, PhoneKind.Mobile, contact.MobilePhone);
        if (Text(contact.BusinessStreet) is not null || Text(contact.BusinessCity) is not null)
        {
            lead.AddAddress(new PostalAddress(AddressKind.Business, Text(contact.BusinessStreet) ?? string.Empty, null, Text(contact.BusinessCity), Text(contact.BusinessState), Text(contact.BusinessPostalCode), Text(contact.BusinessCountry), false));
        }

        if (Text(contact.Birthday) is { } birthday && birthday != "0/0/00" && DateTime.TryParse(birthday, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            lead.SetBirthday(NodaTime.LocalDate.FromDateTime(date));
        }

        lead.SetComments(Text(contact.Notes));
        if (Text(contact.WebPage) is { } page)
        {
            lead.SetWebPage(new Uri(page, UriKind.Absolute));
        }

        return lead;
    }

    private static void Phone(Lead lead, PhoneKind kind, string number)
    {
        if (Text(number) is { } text)
        {
            lead.AddPhone(new PhoneNumber(kind, text));
        }
    }

    private static string? Text(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
