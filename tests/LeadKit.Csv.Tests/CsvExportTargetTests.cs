using System.IO;
using System.Text;
using LeadKit.CustomFields;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Csv.Tests;

/// <summary>What <see cref="CsvExportTarget"/> writes in each layout, what the foreign layouts leave out, and that LeadKit's layout reads back exactly.</summary>
public sealed class CsvExportTargetTests
{
    private static readonly CustomFieldDefinition Budget = new(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR");
    private static readonly CustomFieldDefinition Remarks = new(RecordKind.Lead, "Remarks", CustomFieldType.Text, maxLength: 500);
    private static readonly CustomFieldSchema Schema = new([Budget, Remarks]);

    /// <summary>A lead with a bit of everything, including the values a spreadsheet would run and white space that must survive.</summary>
    private static Lead Ada(IClock clock)
    {
        var ada = Lead.Create(PersonName.Parse("Dr. Ada Lovelace"), clock);
        ada.SetJobTitle("=HYPERLINK(\"http://x\")");
        ada.SetCompanyName("'Analytical' Engines, Ltd.");
        ada.SetDepartment("R&D");
        ada.SetTerritory("-EMEA-");
        ada.SetSource(new LeadSource("@conference"));
        ada.SetRating(new Rating("Hot"));
        ada.SetComments("Met at the fair.\r\nWants a \"demo\", soon.\n\tIndented line");
        ada.SetBirthday(new LocalDate(1815, 12, 10));
        ada.SetWebPage(new Uri("https://example.com/ada?x=1,2"));
        ada.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ada@example.com"), "Ada L."));
        ada.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ada@home.example")));
        ada.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+44 7700 900000"));
        ada.AddPhone(new PhoneNumber(PhoneKind.Business, "+44 20 7946 0000 x12"));
        ada.AddPhone(new PhoneNumber(PhoneKind.Business, "-44 20 7946 0001"));
        ada.AddAddress(new PostalAddress(AddressKind.Home, "12 St James's Square\nFlat 3\nBack door", null, "London", null, "SW1Y 4JH", "United Kingdom", true));
        ada.AddAddress(new PostalAddress(AddressKind.Business, "1 Engine Row", "PO 7", "Manchester", "Lancashire", "M1 1AA", "UK", false));
        ada.SetManualScore(4);
        ada.CheckCriterion(new CriterionId("budget"), Instant.FromUtc(2026, 11, 27, 9, 0));
        ada.SetCustomField(Budget, CustomFieldValue.FromCurrency(-1250.5m));
        ada.SetCustomField(Remarks, CustomFieldValue.FromText("  +keeps its spaces  "));
        return ada;
    }

    private static string Text(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

    private static async Task<Csv.Table> ReadAsync(byte[] bytes) => await Csv.ReadAsync(bytes);

    [Fact]
    public async Task LeadKit_HeaderHasTheUsedKeys_VersionFirst_GroupsThenCustomFields()
    {
        var ws = await Workspace.CreateAsync(Schema);
        var ada = Ada(ws.Context.Clock);
        var whole = Lead.Create(new PersonName("Contoso Purchasing"), ws.Context.Clock);
        await ws.AddLeadsAsync([ada, whole]);

        var (bytes, target) = await ws.ExportAsync();

        Assert.Equal("leadkit", target.Format);
        Assert.Empty(target.Unwritten);
        var table = await ReadAsync(bytes);
        Assert.Equal(65001, table.Encoding.CodePage);
        Assert.Equal<string>(
            [
                "leadkit.version", "name", "name.whole", "prefix", "first", "last", "fileAsFormat", "title", "company", "source", "rating", "webPage", "scoreType", "manualStars",
                "comments", "department", "territory", "birthday", "doNotCall", "doNotEmail", "doNotFax", "doNotSendLetter", "preferredContactMethod", "active", "checked:budget",
                "email.1.kind", "email.1.address", "email.1.displayName", "email.2.kind", "email.2.address", "email.2.displayName",
                "phone.1.kind", "phone.1.number", "phone.2.kind", "phone.2.number", "phone.3.kind", "phone.3.number",
                "address.1.kind", "address.1.street", "address.1.poBox", "address.1.city", "address.1.state", "address.1.postalCode", "address.1.country", "address.1.mailing",
                "address.2.kind", "address.2.street", "address.2.poBox", "address.2.city", "address.2.state", "address.2.postalCode", "address.2.country", "address.2.mailing",
                "custom.Budget", "custom.Remarks",
            ],
            table.Header.Names);
        Assert.Same(CsvLayouts.LeadKit, CsvLayouts.Detect(table.Header).Layout);
        var row = table.Rows.Single(r => r["name"] == "Dr. Ada Lovelace");
        Assert.Equal(("1", "Manual", "4", "2026-11-27T09:00:00Z"), (row["leadkit.version"], row["scoreType"], row["manualStars"], row["checked:budget"]));
        Assert.Equal(("business", "ada@example.com", "Ada L."), (row["email.1.kind"], row["email.1.address"], row["email.1.displayName"]));
        Assert.Equal(("home", "12 St James's Square\nFlat 3\nBack door", "true"), (row["address.1.kind"], row["address.1.street"], row["address.1.mailing"]));

        // Formulas neutralised, reversibly; numbers and phone numbers left as they are; a leading ' escaped.
        Assert.Equal("'=HYPERLINK(\"http://x\")", row["title"]);
        Assert.Equal("'@conference", row["source"]);
        Assert.Equal("'-EMEA-", row["territory"]);
        Assert.Equal("''Analytical' Engines, Ltd.", row["company"]);
        Assert.Equal(("+44 7700 900000", "-44 20 7946 0001", "-1250.5"), (row["phone.1.number"], row["phone.3.number"], row["custom.Budget"]));
        Assert.Equal("  +keeps its spaces  ", row["custom.Remarks"]);
        Assert.Equal("Contoso Purchasing", table.Rows.Single(r => r["name.whole"] is { Length: > 0 })["name.whole"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LeadKit_ExportThenImport_ReproducesTheLeadsExactly_NeutralisedOrNot(bool neutralise)
    {
        var from = await Workspace.CreateAsync(Schema);
        var ada = Ada(from.Context.Clock);
        var whole = Lead.Create(new PersonName("  Contoso Purchasing "), from.Context.Clock);
        await from.AddLeadsAsync([ada, whole]);
        var (bytes, _) = await from.ExportAsync(new CsvExportOptions { NeutraliseFormulas = neutralise });

        var to = await Workspace.CreateAsync(Schema);
        var result = await to.ImportAsync(bytes, ImportOptions.Default with { Duplicates = DuplicatePolicy.Import });

        Workspace.AssertAccounted(result);
        Assert.Equal(("leadkit", 2L), (result.Format, result.Imported));
        Assert.Empty(result.NotImported);
        var imported = await to.LeadsAsync();
        foreach (var original in await from.LeadsAsync())
        {
            var copy = Assert.Single(imported, l => l.Name.FullName == original.Name.FullName);
            Assert.Empty(Workspace.RoundTripDifferences(original, copy));
        }
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    public async Task LeadKit_OtherDelimitersAndUtf16_ReadBackWithoutNamingThem(char delimiter)
    {
        var from = await Workspace.CreateAsync(Schema);
        await from.AddLeadsAsync([Ada(from.Context.Clock)]);
        var (bytes, _) = await from.ExportAsync(new CsvExportOptions { Delimiter = delimiter, Encoding = Encoding.Unicode, QuoteAll = delimiter == ';' });

        var to = await Workspace.CreateAsync(Schema);
        var result = await to.ImportAsync(bytes);

        Assert.Equal(1L, result.Imported);
        Assert.Empty(Workspace.RoundTripDifferences((await from.LeadsAsync())[0], (await to.LeadsAsync())[0]));
    }

    [Fact]
    public async Task Outlook_92Columns_WhatFits_TheRestCountedAsUnwritten()
    {
        var ws = await Workspace.CreateAsync(Schema);
        var ada = Ada(ws.Context.Clock);
        ada.AddEmail(new EmailEntry(EmailKind.Other, EmailAddress.Parse("ada3@example.com")));
        ada.AddEmail(new EmailEntry(EmailKind.Other, EmailAddress.Parse("ada4@example.com")));
        ada.AddAddress(new PostalAddress(AddressKind.Home, "2 Second Home", null, "Bath", null, null, null, false));
        ada.AddAddress(new PostalAddress(AddressKind.Home, "3 Third Home", null, "York", null, null, null, false));
        await ws.AddLeadsAsync([ada]);

        var (bytes, target) = await ws.ExportAsync(new CsvExportOptions { Layout = "Outlook", QuoteAll = true });

        Assert.False(target.NeedsShape);
        var table = await ReadAsync(bytes);
        Assert.Equal(CsvLayouts.Outlook.Headers, table.Header.Names);
        Assert.StartsWith("\"Title\",\"First Name\"", Text(bytes), StringComparison.Ordinal);
        var row = Assert.Single(table.Rows);
        Assert.Equal(("Dr.", "Ada", "Lovelace"), (row["Title"], row["First Name"], row["Last Name"]));
        Assert.Equal(("'=HYPERLINK(\"http://x\")", "'Analytical' Engines, Ltd.", "R&D"), (row["Job Title"], row["Company"], row["Department"]));
        Assert.Equal(("ada@example.com", "SMTP", "Ada L."), (row["E-mail Address"], row["E-mail Type"], row["E-mail Display Name"]));
        Assert.Equal(("ada@home.example", "ada3@example.com"), (row["E-mail 2 Address"], row["E-mail 3 Address"]));
        Assert.Equal(("+44 7700 900000", "+44 20 7946 0000 x12", "-44 20 7946 0001"), (row["Mobile Phone"], row["Business Phone"], row["Business Phone 2"]));
        Assert.Equal(("12 St James's Square", "Flat 3", "Back door", "London", "SW1Y 4JH", "United Kingdom"), (row["Home Street"], row["Home Street 2"], row["Home Street 3"], row["Home City"], row["Home Postal Code"], row["Home Country/Region"]));
        Assert.Equal(("1 Engine Row", "PO 7", "Lancashire"), (row["Business Street"], row["Business Address PO Box"], row["Business State"]));
        Assert.Equal(("2 Second Home", "Bath"), (row["Other Street"], row["Other City"]));
        Assert.Equal(("1815-12-10", "https://example.com/ada?x=1,2"), (row["Birthday"], row["Web Page"]));
        Assert.Equal("Met at the fair.\r\nWants a \"demo\", soon.\n\tIndented line", row["Notes"]);

        Assert.Equal(
            new Dictionary<string, long>
            {
                ["address.city"] = 1, ["address.mailing"] = 1, ["address.street"] = 1, ["checked"] = 1, ["custom.Budget"] = 1, ["custom.Remarks"] = 1,
                ["email"] = 1, ["manualStars"] = 1, ["rating"] = 1, ["scoreType"] = 1, ["source"] = 1, ["territory"] = 1,
            },
            target.Unwritten.OrderBy(u => u.Key, StringComparer.Ordinal).ToDictionary());
    }

    [Fact]
    public async Task Outlook_ExportThenImport_KeepsWhatOutlookHolds()
    {
        var from = await Workspace.CreateAsync(Schema);
        await from.AddLeadsAsync([Ada(from.Context.Clock)]);
        var (bytes, _) = await from.ExportAsync(new CsvExportOptions { Layout = "outlook", Encoding = CsvEncodings.Windows1252 });

        var to = await Workspace.CreateAsync(Schema);
        var result = await to.ImportAsync(bytes);

        Workspace.AssertAccounted(result);
        Assert.Equal(("outlook", 1L), (result.Format, result.Imported));
        var ada = Assert.Single(await to.LeadsAsync());
        Assert.Equal(("Dr.", "Ada", "Lovelace"), (ada.Name.Prefix, ada.Name.First, ada.Name.Last));
        Assert.Equal("=HYPERLINK(\"http://x\")", ada.JobTitle);
        Assert.Equal([("ada@example.com", "Ada L."), ("ada@home.example", null)], ada.Emails.Select(e => (e.Address.Value, e.DisplayName)));
        Assert.Equal([(PhoneKind.Business, "+44 20 7946 0000 x12"), (PhoneKind.Business2, "-44 20 7946 0001"), (PhoneKind.Mobile, "+44 7700 900000")], ada.Phones.Select(p => (p.Kind, p.Number)).Order());
        var home = Assert.Single(ada.Addresses, a => a.Kind == AddressKind.Home);
        Assert.Equal("12 St James's Square\nFlat 3\nBack door", home.Street);
        Assert.Equal(new LocalDate(1815, 12, 10), ada.Birthday);
    }

    [Fact]
    public async Task Google_LabelledGroups_CustomFieldsAsCustomFieldGroups_ReadBackWithTheirKinds()
    {
        var from = await Workspace.CreateAsync(Schema);
        await from.AddLeadsAsync([Ada(from.Context.Clock)]);

        var (bytes, target) = await from.ExportAsync(new CsvExportOptions { Layout = "google" });

        var table = await ReadAsync(bytes);
        Assert.Same(CsvLayouts.Google, CsvLayouts.Detect(table.Header).Layout);
        var row = Assert.Single(table.Rows);
        Assert.Equal(("Ada", "Lovelace", "Dr."), (row["First Name"], row["Last Name"], row["Name Prefix"]));
        Assert.Equal(("Work", "ada@example.com", "Home", "ada@home.example"), (row["E-mail 1 - Label"], row["E-mail 1 - Value"], row["E-mail 2 - Label"], row["E-mail 2 - Value"]));
        Assert.Equal(("Mobile", "Work", "Work"), (row["Phone 1 - Label"], row["Phone 2 - Label"], row["Phone 3 - Label"]));
        Assert.Equal(("Home", "London", "Work", "Lancashire", "PO 7"), (row["Address 1 - Label"], row["Address 1 - City"], row["Address 2 - Label"], row["Address 2 - Region"], row["Address 2 - PO Box"]));
        Assert.Equal(("Budget", "-1250.5", "Remarks"), (row["Custom Field 1 - Label"], row["Custom Field 1 - Value"], row["Custom Field 2 - Label"]));
        Assert.Equal(("Work", "https://example.com/ada?x=1,2"), (row["Website 1 - Label"], row["Website 1 - Value"]));
        Assert.Contains("email.displayName", target.Unwritten.Keys);
        Assert.Contains("source", target.Unwritten.Keys);

        var to = await Workspace.CreateAsync(Schema);
        var result = await to.ImportAsync(bytes);
        Workspace.AssertAccounted(result);
        var ada = Assert.Single(await to.LeadsAsync());
        Assert.Equal([EmailKind.Business, EmailKind.Personal], ada.Emails.Select(e => e.Kind));
        Assert.Equal([PhoneKind.Mobile, PhoneKind.Business, PhoneKind.Business], ada.Phones.Select(p => p.Kind));
        Assert.Equal([AddressKind.Home, AddressKind.Business], ada.Addresses.Select(a => a.Kind));
        Assert.Equal(CustomFieldValue.FromCurrency(-1250.5m), ada.CustomFields["Budget"]);
        Assert.Equal("  +keeps its spaces  ".Trim(), ada.CustomFields["Remarks"].AsText);
        Assert.Equal("https://example.com/ada?x=1,2", ada.WebPage!.OriginalString);
    }

    [Fact]
    public async Task Export_CharacterTheEncodingCannotHold_IsACsvFormatExceptionNamingRowAndColumn()
    {
        var ws = await Workspace.CreateAsync();
        await ws.AddLeadsAsync([Lead.Create(PersonName.Parse("日本 太郎"), ws.Context.Clock)]);

        var e = await Assert.ThrowsAsync<CsvFormatException>(() => ws.ExportAsync(new CsvExportOptions { Encoding = CsvEncodings.Windows1252 }));

        Assert.Equal((CsvProblemKind.UnrepresentableCharacter, 2L, 2), (e.Kind, e.RowNumber, e.ColumnNumber));
    }

    [Fact]
    public async Task Export_ColumnsChosen_OnlyThoseAreWritten()
    {
        var ws = await Workspace.CreateAsync(Schema);
        await ws.AddLeadsAsync([Ada(ws.Context.Clock)]);

        var (bytes, _) = await ws.ExportAsync(export: new ExportOptions { Columns = ["name", "email"] });

        var table = await ReadAsync(bytes);
        Assert.Equal<string>(
            ["leadkit.version", "name", "prefix", "first", "last", "email.1.kind", "email.1.address", "email.1.displayName", "email.2.kind", "email.2.address", "email.2.displayName"],
            table.Header.Names);
    }

    [Fact]
    public async Task Export_NoLeads_WritesTheHeaderOnly()
    {
        var ws = await Workspace.CreateAsync();

        var (bytes, _) = await ws.ExportAsync(new CsvExportOptions { Layout = "google" });

        var table = await ReadAsync(bytes);
        Assert.Empty(table.Rows);
        Assert.Equal(CsvLayouts.GoogleHeader(0, 0, 0), table.Header.Names);
    }

    [Fact]
    public void Options_UnknownLayoutOrBadDelimiter_AreArgumentExceptions()
    {
        Assert.Throws<ArgumentException>(() => new CsvExportTarget(new MemoryStream(), new CsvExportOptions { Layout = "vcard" }));
        Assert.Throws<ArgumentException>(() => new CsvExportTarget(new MemoryStream(), new CsvExportOptions { Delimiter = 'x' }));
        Assert.Throws<ArgumentException>(() => new CsvExportTarget(new MemoryStream([], writable: false)));
    }
}
