using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Leads;
using LeadKit.Testing;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.VCard.Tests;

public sealed class VCardLeadMappingTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 9, 1, 8, 0));

    /// <summary>
    /// Every field of a generated lead that vCard holds comes back from a written and re-read card
    /// (line breaks as \n, e-mail display names aside: vCard has no place for them), with no issue.
    /// </summary>
    [Property(Arbitrary = new[] { typeof(LeadKitArbitraries) }, MaxTest = 200)]
    public Property ToVCardWriteReadToLead_GivesTheLeadsFieldsBack() =>
        Prop.ForAll(LeadKitArbitraries.Lead(), Gen.Elements(Enum.GetValues<VCardVersion>()).ToArbitrary(), (lead, version) =>
        {
            var text = VCardWriter.Write(VCardLeadMapping.ToVCard(lead, version), version);

            var result = VCardLeadMapping.ToLead(Assert.Single(VCardReader.Parse(text)), Clock);

            Assert.True(result.Issues.Count == 0, string.Join("\n", result.Issues) + "\n" + text);
            var back = result.Lead!;
            Assert.Equal(lead.Name, back.Name);
            Assert.Equal(lead.JobTitle, back.JobTitle);
            Assert.Equal(lead.CompanyName, back.CompanyName);
            Assert.Equal(lead.Emails.Select(e => (e.Kind, e.Address)), back.Emails.Select(e => (e.Kind, e.Address)));
            Assert.Equal(lead.Phones, back.Phones);
            Assert.Equal(lead.Addresses.Select(Normalized), back.Addresses);
            Assert.Equal(lead.WebPage?.OriginalString, back.WebPage?.OriginalString);
            Assert.Equal(Lf(lead.Comments), back.Comments);
            Assert.Equal(lead.Photo, back.Photo);
        });

    [Fact]
    public void ToVCard_Lead_WritesTheMappingTable()
    {
        var lead = Lead.Create(new PersonName("Dr. Ann Lee", "Dr.", "Ann", null, "Lee"), Clock);
        lead.SetCompanyName("Contoso, Ltd.");
        lead.SetJobTitle("Head of Sales");
        lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse("ann@contoso.com")));
        lead.AddPhone(new PhoneNumber(PhoneKind.Business2, "+1 555 0100"));
        lead.AddAddress(new PostalAddress(AddressKind.Home, "1 Main St", null, "Lyon", null, "69001", "France", isMailing: true));
        lead.SetWebPage(new Uri("https://contoso.com/ann"));
        lead.SetComments("met at\nthe fair");

        var text = VCardWriter.Write(VCardLeadMapping.ToVCard(lead, VCardVersion.Version30), VCardVersion.Version30);

        Assert.Equal(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Ann Lee\r\nN:Lee;Ann;;Dr.;\r\nORG:Contoso\\, Ltd.\r\nTITLE:Head of Sales\r\n" +
            "EMAIL;TYPE=work:ann@contoso.com\r\nTEL;TYPE=work,voice,x-business2:+1 555 0100\r\nADR;TYPE=home,pref:;;1 Main St;Lyon;;69001;France\r\n" +
            "URL:https://contoso.com/ann\r\nNOTE:met at\\nthe fair\r\nEND:VCARD\r\n",
            text);
        Assert.Contains("ADR;PREF=1;TYPE=home:", VCardWriter.Write(VCardLeadMapping.ToVCard(lead, VCardVersion.Version40), VCardVersion.Version40), StringComparison.Ordinal);
    }

    [Fact]
    public void ToLead_BadValues_AreReportedPerPropertyAndTheRestIsKept()
    {
        var card = Assert.Single(VCardReader.Parse(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nEMAIL:not-an-address\r\nEMAIL:ann@example.com\r\nEMAIL:ann@EXAMPLE.com\r\nTEL:no digits\r\n" +
            "URL:ftp://example.com\r\nPHOTO:data:image/png;base64,AAAA\r\nPHOTO:http://example.com/a.jpg\r\nKEY:data:application/pgp-keys;base64,AAAA\r\nX-FOO;TYPE=a:bar\r\nEND:VCARD\r\n"));

        var result = VCardLeadMapping.ToLead(card, Clock);

        Assert.Equal("ann@example.com", Assert.Single(result.Lead!.Emails).Address.Value);
        Assert.Null(result.Lead.Photo);
        Assert.Equal(
            [
                (VCardMappingIssueKind.InvalidValue, "EMAIL", 4, "LeadKit.EmailAddress.MissingAt"),
                (VCardMappingIssueKind.InvalidValue, "EMAIL", 6, "LeadKit.Record.DuplicateEmail"),
                (VCardMappingIssueKind.InvalidValue, "TEL", 7, "LeadKit.PhoneNumber.Syntax"),
                (VCardMappingIssueKind.Unmapped, "URL", 8, null),
                (VCardMappingIssueKind.InvalidValue, "PHOTO", 9, "LeadKit.Photo.Signature"),
                (VCardMappingIssueKind.Unmapped, "PHOTO", 10, null),
                (VCardMappingIssueKind.Unmapped, "KEY", 11, null),
                (VCardMappingIssueKind.Unmapped, "X-FOO", 12, null),
            ],
            result.Issues.Select(i => (i.Kind, i.PropertyName, i.LineNumber, i.ErrorCode)));
    }

    [Fact]
    public void ToLead_CardWithNothingToNameALeadBy_GivesNoLeadAndSaysWhy()
    {
        var card = Assert.Single(VCardReader.Parse("BEGIN:VCARD\r\nVERSION:3.0\r\nCATEGORIES:x\r\nEND:VCARD"));

        var result = VCardLeadMapping.ToLead(card, Clock);

        Assert.Null(result.Lead);
        Assert.Equal([VCardMappingIssueKind.NoName, VCardMappingIssueKind.Unmapped], result.Issues.Select(i => i.Kind));
    }

    [Theory]
    [InlineData("FN:Lee, Ann", "Lee, Ann", "Ann", "Lee")]
    [InlineData("ORG:Contoso", "Contoso", null, null)]
    [InlineData("TEL:+1 555 0100", "+1 555 0100", null, null)]
    public void ToLead_WithoutN_TheNameComesFromFnOrAnotherProperty(string line, string full, string? first, string? last)
    {
        var card = Assert.Single(VCardReader.Parse($"BEGIN:VCARD\r\nVERSION:4.0\r\n{line}\r\nEND:VCARD"));

        var name = VCardLeadMapping.ToLead(card, Clock).Lead!.Name;

        Assert.Equal((full, first, last), (name.FullName, name.First, name.Last));
    }

    [Theory]
    [InlineData("TYPE=work,voice", PhoneKind.Business)]
    [InlineData("TYPE=home", PhoneKind.Home)]
    [InlineData("TYPE=cell,voice,pref", PhoneKind.Mobile)]
    [InlineData("TYPE=fax", PhoneKind.OtherFax)]
    [InlineData("TYPE=home,fax", PhoneKind.HomeFax)]
    [InlineData("TYPE=work,fax", PhoneKind.BusinessFax)]
    [InlineData("TYPE=pager", PhoneKind.Pager)]
    [InlineData("TYPE=car", PhoneKind.Car)]
    [InlineData("TYPE=isdn", PhoneKind.Isdn)]
    [InlineData("TYPE=textphone", PhoneKind.TtyTdd)]
    [InlineData("TYPE=voice", PhoneKind.Other)]
    [InlineData("TYPE=x-callback", PhoneKind.Callback)]
    [InlineData("TYPE=work,x-company-main", PhoneKind.CompanyMain)]
    public void ToLead_TelTypes_GiveThePhoneKind(string parameters, PhoneKind kind)
    {
        var card = Assert.Single(VCardReader.Parse($"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nTEL;{parameters}:555 0100\r\nEND:VCARD"));

        Assert.Equal(kind, VCardLeadMapping.ToLead(card, Clock).Lead!.Phones.Single().Kind);
    }

    private static PostalAddress Normalized(PostalAddress a) =>
        new(a.Kind, Lf(a.Street), a.PoBox, a.City, a.State, a.PostalCode, a.Country, a.IsMailing);

    private static string? Lf(string? text) => text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
