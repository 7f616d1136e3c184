using System.IO;
using LeadKit.Leads;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.VCard.Tests;

/// <summary>
/// Every real export in the shared sample folder is read, and its names, e-mail addresses, phone
/// numbers and addresses come out as docs/vcard.md (the samples' decoded form) shows them.
/// </summary>
public sealed class SampleTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 9, 1, 8, 0));

    public static TheoryData<string> Files() => new(Samples.All().Select(Path.GetFileName).Select(f => f!));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ReadAsync_EverySample_GivesCardsAndALeadForEachThatHasAName(string file)
    {
        var cards = await Samples.ReadAsync(file);

        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            Assert.NotEmpty(card.Properties);
            var result = VCardLeadMapping.ToLead(card, Clock);
            Assert.NotNull(result.Lead);
            Assert.All(result.Issues, i => Assert.True(i.LineNumber >= card.LineNumber, i.ToString()));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ReadAsync_EverySample_ReadsTheSameAsParseOfItsText_WhenItIsUtf8(string file)
    {
        var bytes = Samples.Bytes(file);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return; // Parse takes decoded text; 8-bit files are read from bytes only.
        }

        var fromStream = await Samples.ReadAsync(file);
        var fromText = VCardReader.Parse(System.Text.Encoding.UTF8.GetString(bytes));

        Assert.Equal(fromStream, fromText);
    }

    [Fact]
    public async Task Outlook2003_QuotedPrintableSoftBreakInsideCrLf_IsJoined()
    {
        var card = Assert.Single(await Samples.ReadAsync("ezvcard_outlook-2003.vcf"));
        var lead = Lead(card, out var result);

        Assert.Equal(VCardVersion.Version21, card.Version);
        Assert.Equal("This is the note field!!\nSecond line\n\nThird line is empty\n", card.Find("NOTE")!.Value);
        Assert.Equal("TheOffice\n123 Main St\nAustin, TX 12345\nUnited States of America", card.Find("LABEL")!.Value);
        Assert.Equal(new PersonName("John Doe III", "Mr.", "John", null, "Doe", "III"), lead.Name);
        Assert.Equal("Company, The", lead.CompanyName);
        Assert.Equal("The Job Title", lead.JobTitle);
        Assert.Equal("jdoe@hotmail.com", Assert.Single(lead.Emails).Address.Value);
        Assert.Equal(new PostalAddress(AddressKind.Business, "TheOffice\n123 Main St", null, "Austin", "TX", "12345", "United States of America"), Assert.Single(lead.Addresses));
        Assert.Equal(new Uri("http://web-page-address.com"), lead.WebPage);
        var key = card.Find("KEY")!;
        Assert.True(key.IsBinary);
        Assert.Equal(0x30, key.Data!.Value.Span[0]);
        Assert.Equal(20, key.LineNumber);
        Assert.Equal(38, card.Find("EMAIL")!.LineNumber);

        // The phone "numbers" are words: each TEL is reported, with its line, not thrown.
        Assert.Empty(lead.Phones);
        Assert.Equal([10, 11, 12, 13], result.Issues.Where(i => i.Kind == VCardMappingIssueKind.InvalidValue).Select(i => i.LineNumber));
        Assert.All(result.Issues.Where(i => i.Kind == VCardMappingIssueKind.InvalidValue), i => Assert.Equal("LeadKit.PhoneNumber.Syntax", i.ErrorCode));
        Assert.Equal(["LABEL", "KEY", "FBURL", "REV"], result.Unmapped.Select(i => i.PropertyName));
        Assert.Equal(("Joey", "TheDepartment", "TheProfession", new LocalDate(1980, 3, 21)), (lead.Nickname, lead.Department, lead.Profession, lead.Birthday));
    }

    [Fact]
    public async Task Outlook2007_PhotoAndPhones_AreRead()
    {
        var card = Assert.Single(await Samples.ReadAsync("ezvcard_outlook-2007.vcf"));
        var lead = Lead(card, out var result);

        Assert.Equal(new PersonName("Mr. Michael Angstadt Jr.", "Mr.", "Michael", null, "Angstadt", "Jr."), lead.Name);
        Assert.StartsWith("This is the NOTE field\t\nI assume it encodes", lead.Comments, StringComparison.Ordinal);
        Assert.Equal(
            [(PhoneKind.Business, "(111) 555-1111"), (PhoneKind.Home, "(111) 555-2222"), (PhoneKind.Mobile, "(111) 555-4444"), (PhoneKind.BusinessFax, "(111) 555-3333")],
            lead.Phones.Select(p => (p.Kind, p.Number)));
        Assert.Equal(new PostalAddress(AddressKind.Business, "TheOffice\n222 Broadway", null, "New York", "NY", "99999", "USA", isMailing: true), Assert.Single(lead.Addresses));
        Assert.Equal("mike.angstadt@gmail.com", Assert.Single(lead.Emails).Address.Value);
        Assert.Equal("image/jpeg", lead.Photo!.MediaType);
        Assert.Equal(("TheSpouse", "TheManagerName", "TheAssistantName", "im@aim.com"), (lead.Spouse, lead.ManagerName, lead.AssistantName, lead.ImAddress));
        Assert.Equal((new LocalDate(1922, 3, 10), new LocalDate(2012, 8, 1)), (lead.Birthday, lead.Anniversary));
        Assert.Equal(("Mike", "TheDepartment", "TheProfession"), (lead.Nickname, lead.Department, lead.Profession));
        Assert.Contains(result.Unmapped, i => i.PropertyName == "URL" && i.LineNumber == 23);
    }

    [Fact]
    public async Task Gmail_GroupsEscapesAndFolding_AreRead()
    {
        var card = Assert.Single(await Samples.ReadAsync("ezvcard_gmail-single.vcf"));
        var lead = Lead(card, out var result);

        Assert.Equal(new PersonName("Greg Dartmouth", first: "Greg", last: "Dartmouth"), lead.Name);
        Assert.Equal("gdartmouth@hotmail.com", Assert.Single(lead.Emails).Address.Value);
        Assert.Equal([(PhoneKind.Mobile, "555 555 1111"), (PhoneKind.Other, "555 555 2222")], lead.Phones.Select(p => (p.Kind, p.Number)));
        Assert.Equal(
            [new PostalAddress(AddressKind.Home, "123 Home St\nHome City, HM 12345"), new PostalAddress(AddressKind.Other, "321 Custom St", null, "Custom City", "TX", "98765", "USA")],
            lead.Addresses);
        Assert.Equal("item2", card.FindAll("ADR").Last().Group);
        Assert.Equal(new Uri("http://TheProfile.com"), lead.WebPage);
        Assert.EndsWith("ACustomField: CustomField", lead.Comments, StringComparison.Ordinal);
        Assert.Equal(("MySpouse", new LocalDate(1970, 6, 2), new LocalDate(1960, 9, 10), "Gman"), (lead.Spouse, lead.Anniversary, lead.Birthday, lead.Nickname));
        Assert.Equal(new PhoneticName("Grregg", "Dart-mowth", null), lead.PhoneticName);
        Assert.Contains(result.Unmapped, i => i.PropertyName == "X-ABRELATEDNAMES" && i.Value == "MyCustom");
        Assert.DoesNotContain(result.Unmapped, i => i.Value is "MySpouse" or "_$!<Spouse>!$_" or "_$!<Anniversary>!$_");
    }

    [Fact]
    public async Task Android_QuotedPrintableUtf8SplitAcrossSoftBreaks_IsDecoded()
    {
        var cards = await Samples.ReadAsync("ezvcard_John_Doe_ANDROID.vcf");

        Assert.Equal(6, cards.Count);
        Assert.Equal("john.doe@company.com", Lead(cards[0], out var first).Emails.Single().Address.Value);
        Assert.Equal(VCardMappingIssueKind.NameDerived, first.Issues[0].Kind);
        Assert.Equal("Ñ Ñ Ñ Ñ", Lead(cards[2], out _).Name.Last);
        Assert.Equal(string.Join(' ', Enumerable.Repeat("Ñ", 11)), cards[3].Find("FN")!.Value);
        Assert.Equal(["123456", "234567", "3456789", "45678901"], Lead(cards[3], out _).Phones.Select(p => p.Number));
        var fifth = Lead(cards[4], out var fifthResult);
        Assert.Equal("bob@company.com", Assert.Single(fifth.Emails).Address.Value);
        Assert.Contains(fifthResult.Issues, i => i.Kind == VCardMappingIssueKind.InvalidValue && i.PropertyName == "EMAIL" && i.LineNumber == 44);
        Assert.Equal("image/jpeg", fifth.Photo!.MediaType);
        Assert.Contains(cards[4].Issues, i => i.PropertyName == "PHOTO");
        Assert.Equal(new string('Ñ', 44), cards[5].Find("ORG")!.Value);
    }

    [Fact]
    public async Task Rfc6350_TelUrisAndStructuredNames_AreRead()
    {
        var card = Assert.Single(await Samples.ReadAsync("ezvcard_rfc6350-example.vcf"));
        var lead = Lead(card, out var result);

        Assert.Equal(VCardVersion.Version40, card.Version);
        Assert.Equal(new PersonName("Simon Perreault", first: "Simon", last: "Perreault", suffix: "ing. jr, M.Sc."), lead.Name);
        Assert.Equal(["work", "voice"], card.Find("TEL")!.Types);
        Assert.Equal([(PhoneKind.Business, "+1-418-656-9254 x102"), (PhoneKind.Mobile, "+1-418-262-6501")], lead.Phones.Select(p => (p.Kind, p.Number)));
        Assert.Equal(new PostalAddress(AddressKind.Business, "Suite D2-630\n2875 Laurier", null, "Quebec", "QC", "G1V 2M2", "Canada"), Assert.Single(lead.Addresses));
        Assert.Equal("simon.perreault@viagenie.ca", Assert.Single(lead.Emails).Address.Value);
        Assert.Equal(EmailKind.Business, lead.Emails[0].Kind);
        Assert.Contains(result.Unmapped, i => i.PropertyName == "KEY" && i.Value == "http://www.viagenie.ca/simon.perreault/simon.asc");
    }

    [Fact]
    public async Task Issue114_CaretEscapesInAnUnquotedParameter_AreDecoded()
    {
        var card = Assert.Single(await Samples.ReadAsync("ezvcard_issue114.vcf"));
        var lead = Lead(card, out _);

        Assert.Equal("Dummy, Dummy", lead.Name.FullName);
        Assert.Equal("Dummy-Dummy-Strasse 1 61352 Bad Homburg\nGERMANY\"", card.Find("ADR")!.GetParameter("LABEL")!.Value);
        var address = Assert.Single(lead.Addresses);
        Assert.Equal(("Bad Homburg", "61352", "Germany"), (address.City, address.PostalCode, address.Country));
        Assert.EndsWith("Dummy-Dummy-Strasse 1", address.Street, StringComparison.Ordinal);
        Assert.Equal([(PhoneKind.Mobile, "+49 1234 56789"), (PhoneKind.Business, "+49 9876 54321")], lead.Phones.Select(p => (p.Kind, p.Number)));
        Assert.Equal((EmailKind.Personal, "dummy.dummy@dummy.com"), (lead.Emails[0].Kind, lead.Emails[0].Address.Value));
    }

    [Fact]
    public async Task Rfc2426_TwoCardsLowerCaseBeginAndLfEndings_AreRead()
    {
        var cards = await Samples.ReadAsync("ezvcard_rfc2426-example.vcf");

        Assert.Equal(["Frank Dawson", "Tim Howes"], cards.Select(c => Lead(c, out _).Name.FullName));
        Assert.Equal(["Frank_Dawson@Lotus.com", "fdawson@earthlink.net"], Lead(cards[0], out _).Emails.Select(e => e.Address.Value));
        Assert.Equal(new PostalAddress(AddressKind.Business, "501 E. Middlefield Rd.", null, "Mountain View", "CA", "94043", "U.S.A."), Lead(cards[1], out _).Addresses.Single());
        Assert.Equal([(PhoneKind.Business, "+1-415-937-3419"), (PhoneKind.BusinessFax, "+1-415-528-4164")], Lead(cards[1], out _).Phones.Select(p => (p.Kind, p.Number)));
        Assert.Equal(13, cards[1].LineNumber);
    }

    [Fact]
    public async Task IPhone_CrCrLfLineEndsLabelsAndPhoto_AreRead()
    {
        var card = Assert.Single(await Samples.ReadAsync("ezvcard_John_Doe_IPHONE.vcf"));
        var lead = Lead(card, out _);

        Assert.Equal(new PersonName("Mr. John Richter James Doe Sr.", "Mr.", "John", "Richter James", "Doe", "Sr."), lead.Name);
        Assert.Equal(["Richter", "James"], card.Find("N")!.Components[2]);
        Assert.Equal("john.doe@ibm.com", Assert.Single(lead.Emails).Address.Value);
        Assert.Equal(
            [PhoneKind.Mobile, PhoneKind.Home, PhoneKind.Business, PhoneKind.HomeFax, PhoneKind.BusinessFax, PhoneKind.Pager, PhoneKind.Assistant],
            lead.Phones.Select(p => p.Kind));
        Assert.Equal(new PostalAddress(AddressKind.Home, "Silicon Alley 5", null, "New York", "New York", "12345", "United States of America", isMailing: true), lead.Addresses[0]);
        Assert.Equal("Street4\nBuilding 6\nFloor 8", lead.Addresses[1].Street);
        Assert.Equal(32531, lead.Photo!.Length);
        Assert.Equal(25, card.Find("PHOTO")!.LineNumber);
    }

    [Fact]
    public async Task LotusNotes_EscapedCommasAndTwoSpaceFolding_AreRead()
    {
        var card = Assert.Single(await Samples.ReadAsync("ezvcard_John_Doe_LOTUS_NOTES.vcf"));
        var lead = Lead(card, out var result);

        Assert.Equal(new PersonName("Mr. Doe John I Johny", "Mr.", "John", "Johny", "Doe", "I"), lead.Name);
        Assert.Equal(["john.doe@ibm.com", "billy_bob@gmail.com"], lead.Emails.Select(e => e.Address.Value));
        Assert.Equal("25334\nSouth cresent drive, Building 5, 3rd floo r", Assert.Single(lead.Addresses).Street);
        Assert.Equal(["Johny,JayJay"], card.Find("NICKNAME")!.Components[0]);
        Assert.Contains(result.Unmapped, i => i.PropertyName == "X-LONG-STRING");
        Assert.Equal(7957, lead.Photo!.Length);
    }

    [Fact]
    public async Task MsOutlook_TwoAddressesAndQuotedPrintableLabels_AreRead()
    {
        var card = Assert.Single(await Samples.ReadAsync("ezvcard_John_Doe_MS_OUTLOOK.vcf"));
        var lead = Lead(card, out _);

        Assert.Equal("Doe", lead.Name.Last);
        Assert.Equal("john.doe@ibm.cm", Assert.Single(lead.Emails).Address.Value);
        Assert.Equal([(PhoneKind.Business, "(905) 555-1234"), (PhoneKind.Home, "(905) 666-1234")], lead.Phones.Select(p => (p.Kind, p.Number)));
        Assert.Equal([(AddressKind.Business, true, "Cresent moon drive"), (AddressKind.Home, false, "Silicon Alley 5")], lead.Addresses.Select(a => (a.Kind, a.IsMailing, a.Street)));
        Assert.Equal("Cresent moon drive\nAlbaney, New York  12345", card.Find("LABEL")!.Value);
    }

    [Fact]
    public async Task Thunderbird_MixedLineEndsInThePhoto_AreRead()
    {
        var card = Assert.Single(await Samples.ReadAsync("ezvcard_thunderbird-MoreFunctionsForAddressBook-extension.vcf"));
        var lead = Lead(card, out _);

        Assert.Equal(new PersonName("John Doe", first: "John", last: "Doe"), lead.Name);
        Assert.Equal(5, lead.Emails.Count);
        Assert.Equal([PhoneKind.Business, PhoneKind.Home, PhoneKind.Mobile, PhoneKind.OtherFax, PhoneKind.Pager], lead.Phones.Select(p => p.Kind));
        Assert.Equal(["222 Broadway\nSuite 100", "123 Main St\nApt 10"], lead.Addresses.Select(a => a.Street));
        Assert.Equal(["category1, category2, category3"], card.Find("CATEGORIES")!.Components[0]);
        Assert.EndsWith("field; even curse words.", lead.Comments, StringComparison.Ordinal);
        Assert.Equal(8940, lead.Photo!.Length);
        Assert.Empty(card.Issues);
    }

    private static Lead Lead(VCard card, out VCardLeadResult result)
    {
        result = VCardLeadMapping.ToLead(card, Clock);
        return Assert.IsType<Lead>(result.Lead);
    }
}
