using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Export;
using LeadKit.Import;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Testing;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Tests.Export;

/// <summary>LeadKit's lossless table layout, the one the tabular formats share: its columns, the keys of header names, the escape, and rows filled and read back.</summary>
public sealed class LeadKitTableLayoutTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 27, 9, 0));

    private static ExportRecord RecordOf(Lead lead) => new(lead, RecordKeys.Cells(lead, FieldCatalog.For(LeadKitGenerators.SampleSchema)));

    private static Lead Ada()
    {
        var ada = Lead.Create(PersonName.Parse("Dr. Ada Lovelace"), Clock);
        ada.SetJobTitle("=Countess");
        ada.SetCompanyName("'Analytical' Engines");
        ada.AddEmail(new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ada@home.example"), "Ada"));
        ada.AddPhone(new PhoneNumber(PhoneKind.Mobile, "+44 7700 900000"));
        ada.AddAddress(new PostalAddress(AddressKind.Home, "12 Square", null, "London", null, "SW1", "UK", true));
        return ada;
    }

    private static ExportShape ShapeOf(params ContactRecord[] records)
    {
        var keys = records.SelectMany(r => RecordOf((Lead)r).Cells).Where(c => c.Group == 0 || c.Key!.Split(':', '.')[0] is not ("email" or "phone" or "address")).Select(c => c.Key!).Distinct().ToList();
        return new ExportShape(records.Max(r => r.Emails.Count), records.Max(r => r.Phones.Count), records.Max(r => r.Addresses.Count), keys);
    }

    [Theory]
    [InlineData("title", "title")]
    [InlineData(" TITLE ", "title")]
    [InlineData("leadkit.version", "leadkit.version")]
    [InlineData("custom.Next call", "custom.Next call")]
    [InlineData("checked:budget", "checked:budget")]
    [InlineData("email.1.address", "email:{kind}")]
    [InlineData("email.2.displayName", "email:{kind}.displayName")]
    [InlineData("phone.3.number", "phone:{kind}")]
    [InlineData("address.1.postalCode", "address:{kind}.postalCode")]
    [InlineData("email.1.kind", "(email 1 kind)")]
    [InlineData("First Name", null)]
    [InlineData("email.1.colour", null)]
    [InlineData("custom.", null)]
    public void KeyFor_GivesTheKeyANameStandsFor(string header, string? key) =>
        Assert.Equal(key, LeadKitTableLayout.KeyFor(header));

    [Fact]
    public void IsLeadKitHeader_OnlyWithTheVersionColumn()
    {
        Assert.True(LeadKitTableLayout.IsLeadKitHeader(["first", " LeadKit.Version "]));
        Assert.False(LeadKitTableLayout.IsLeadKitHeader(["first", "last", "title", "email.1.address"]));
    }

    [Fact]
    public void AllColumns_FixedColumnsThenGroupsThenCustomFields()
    {
        var header = LeadKitTableLayout.AllColumns(emails: 2, phones: 1, addresses: 1, customFields: [" Budget "]);

        Assert.Equal(LeadKitTableLayout.FixedColumns, header.Take(LeadKitTableLayout.FixedColumns.Count));
        Assert.Equal<string>(
            ["email.1.kind", "email.1.address", "email.1.displayName", "email.2.kind", "email.2.address", "email.2.displayName", "phone.1.kind", "phone.1.number",
             "address.1.kind", "address.1.street", "address.1.poBox", "address.1.city", "address.1.state", "address.1.postalCode", "address.1.country", "address.1.mailing", "custom.Budget"],
            header.Skip(LeadKitTableLayout.FixedColumns.Count));
        Assert.All(header, h => Assert.NotNull(LeadKitTableLayout.KeyFor(h)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LeadKitTableLayout.AllColumns(emails: -1));
    }

    [Fact]
    public void FromShape_VersionThenSingleKeysThenGroupsThenCustomFields()
    {
        var layout = LeadKitTableLayout.FromShape(new ExportShape(1, 1, 0, ["name", "first", "custom.Budget", "title", "checked:budget"]));

        Assert.Equal<string>(
            ["leadkit.version", "name", "first", "title", "checked:budget", "email.1.kind", "email.1.address", "email.1.displayName", "phone.1.kind", "phone.1.number", "custom.Budget"],
            layout.Header);
    }

    [Theory]
    [InlineData("=1+2", true, "'=1+2")]
    [InlineData("=1+2", false, "=1+2")]
    [InlineData("'Tis", true, "''Tis")]
    [InlineData("'Tis", false, "''Tis")]
    [InlineData("+1 (555) 010-0100", true, "+1 (555) 010-0100")]
    [InlineData("-12.5", true, "-12.5")]
    [InlineData("+44 20 7946 0000 ext. 12", true, "+44 20 7946 0000 ext. 12")]
    [InlineData("-EMEA-", true, "'-EMEA-")]
    [InlineData("@SUM(A1)", true, "'@SUM(A1)")]
    [InlineData("\tindented", true, "'\tindented")]
    [InlineData("plain", true, "plain")]
    public void Escape_QuotesAQuoteAndWhenNeutralisingAFormula(string value, bool neutralise, string cell)
    {
        Assert.Equal(cell, LeadKitTableLayout.Escape(value, neutralise));
        Assert.Equal(value, LeadKitTableLayout.Unescape(cell));
    }

    /// <summary>The escape is undone exactly, and an escaped cell starts with <c>'</c> only before a <c>'</c> or a formula's first character — the room a format's own flag (the workbook's <c>'\</c>) relies on.</summary>
    [Property(MaxTest = 500)]
    public Property Escape_UnescapeGivesTheValueBack_AndAQuoteOnlyPrecedesAQuoteOrAFormulaStart() =>
        Prop.ForAll(
            Gen.Elements("'", "=", "+", "-", "@", "\t", "\r", "\\", "1", " ", "a", "é").ArrayOf().Select(string.Concat).ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (value, neutralise) =>
            {
                var cell = LeadKitTableLayout.Escape(value, neutralise);
                Assert.Equal(value, LeadKitTableLayout.Unescape(cell));
                Assert.True(cell.Length < 2 || cell[0] != '\'' || cell[1] is '\'' or '=' or '+' or '-' or '@' or '\t' or '\r', cell);
            });

    [Fact]
    public void Fill_PutsValuesInTheirColumns_KindsInTheirKindColumns_VersionFirst()
    {
        var ada = Ada();
        var layout = LeadKitTableLayout.FromShape(ShapeOf(ada));
        var row = new string?[layout.Header.Count];

        var unplaced = layout.Fill(RecordOf(ada), row);

        Assert.Empty(unplaced);
        var cells = layout.Header.Zip(row).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(("1", "'=Countess", "''Analytical' Engines"), (cells["leadkit.version"], cells["title"], cells["company"]));
        Assert.Equal(("personal", "ada@home.example", "Ada"), (cells["email.1.kind"], cells["email.1.address"], cells["email.1.displayName"]));
        Assert.Equal(("mobile", "+44 7700 900000"), (cells["phone.1.kind"], cells["phone.1.number"]));
        Assert.Equal(("home", "London", "true", null), (cells["address.1.kind"], cells["address.1.city"], cells["address.1.mailing"], cells["address.1.poBox"]));
    }

    [Fact]
    public void Fill_AHeaderWithoutAColumn_GivesTheValueBackAsUnplaced()
    {
        var layout = LeadKitTableLayout.FromHeader(["leadkit.version", "first", "last", "email.1.kind", "email.1.address"]);
        var row = new string?[5];

        var unplaced = layout.Fill(RecordOf(Ada()), row);

        Assert.Equal(["1", "Ada", "Lovelace", "personal", "ada@home.example"], row.Select(c => c!));
        Assert.Contains(unplaced, c => c.Key == "title");
        Assert.Contains(unplaced, c => c.Key == "email:personal.displayName");
        Assert.Contains(unplaced, c => c.Key == "phone:mobile");
        Assert.Throws<ArgumentException>(() => layout.Fill(RecordOf(Ada()), new string?[4]));
    }

    [Fact]
    public void Read_ResolvesKinds_UnescapesOnce_KeepsWhiteSpace_PassesUnknownColumnsWithoutAKey()
    {
        var layout = LeadKitTableLayout.FromHeader(
            ["leadkit.version", "name", "title", "email.1.kind", "email.1.address", "phone.1.kind", "phone.1.number", "address.1.city", "Remark"],
            ["leadkit.version", "name", "title", "email.1.kind", "email.1.address", "phone.1.kind", "phone.1.number", "address.1.city", "Remark#1"]);
        var values = new List<ImportCell>();

        layout.Read(["1", "  Ada ", "''Tis", "PERSONAL", "ada@home.example", "walkie-talkie", "+44 7700", "London", "'=kept", "beyond the header"], values);

        Assert.Equal<(string, string, string?, int)>(
            [("leadkit.version", "1", "leadkit.version", 0), ("name", "  Ada ", "name", 0), ("title", "'Tis", "title", 0), ("email.1.address", "ada@home.example", "email:personal", 1),
             ("phone.1.number", "+44 7700", "phone", 1), ("address.1.city", "London", "address.city", 1), ("Remark#1", "=kept", null, 0)],
            values.Select(v => (v.Column, v.Value, v.Key, v.Group)));
    }

    [Fact]
    public void Read_BlankCellsAndAShortRow_GiveNothing()
    {
        var layout = LeadKitTableLayout.FromHeader(["leadkit.version", "first", "last", "title"]);
        var values = new List<ImportCell>();

        layout.Read(["1", " ", "'"], values);

        Assert.Equal(["leadkit.version"], values.Select(v => v.Key));
    }

    [Fact]
    public void FromHeader_ChecksItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => LeadKitTableLayout.FromHeader(null!));
        Assert.Throws<ArgumentNullException>(() => LeadKitTableLayout.FromHeader(["first", null!]));
        Assert.Throws<ArgumentException>(() => LeadKitTableLayout.FromHeader(["first", "last"], ["first"]));
    }

    /// <summary>For any lead, a row filled under the layout made from its shape reads back as the lead's own keyed values (the version cell added, values of only white space aside: a blank cell is no value).</summary>
    [Property(MaxTest = 200)]
    public Property FillThenRead_GivesTheRecordsKeyedValuesBack() =>
        Prop.ForAll(LeadKitGenerators.Lead().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (lead, neutralise) =>
        {
            var record = RecordOf(lead);
            var layout = LeadKitTableLayout.FromShape(ShapeOf(lead));
            var row = new string?[layout.Header.Count];

            Assert.Empty(layout.Fill(record, row, neutralise));
            var values = new List<ImportCell>();
            layout.Read(row, values);

            var expected = record.Cells.Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => (c.Key, c.Value, c.Group)).Append(("leadkit.version", "1", 0)).Order();
            Assert.Equal(expected, values.Select(v => (v.Key, v.Value, v.Group)).Order());
        });
}
