using System.IO;
using LeadKit.Email;
using LeadKit.Leads;
using MimeKit;
using NodaTime;

namespace LeadKit.Email.Tests;

/// <content>The sample messages in Messages/: which header wins, fallbacks, extras, 8-bit headers.</content>
public sealed partial class EmailLeadCaptureTests
{
    public static TheoryData<string, string, string?, string, string?, string?> SenderCases => new()
    {
        // file, address, display name, full name, first, last
        { "plain.eml", "ann.lee@contoso.com", "Ann Lee", "Ann Lee", "Ann", "Lee" },
        { "encoded-b-utf8.eml", "zoe.dupont@fabrikam.fr", "Zoë Dupont", "Zoë Dupont", "Zoë", "Dupont" },
        { "encoded-q-latin1.eml", "f.mueller@example.de", "François Müller", "François Müller", "François", "Müller" },
        { "encoded-q-last-first.eml", "keith.moore@example.com", "Moore, Keith", "Keith Moore", "Keith", "Moore" },
        { "last-first-quoted.eml", "fejj@helixcode.com", "Stedfast, Jeffrey", "Jeffrey Stedfast", "Jeffrey", "Stedfast" },
        { "single-quoted.eml", "ann.lee@contoso.com", "Ann Lee", "Ann Lee", "Ann", "Lee" },
        { "prefix-suffix.eml", "dr.lee@clinic.example", "Dr. Ann Marie Lee Jr.", "Dr. Ann Marie Lee Jr.", "Ann", "Lee" },
        { "nickname-comment.eml", "bob.smith@northwind.example", "Robert \"Bob\" Smith (Sales)", "Robert Smith", "Robert", "Smith" },
        { "no-display-name.eml", "mary-jane.o'neil+crm@contoso.com", null, "Mary-Jane O'Neil", "Mary-Jane", "O'Neil" },
        { "display-name-is-address.eml", "ann.lee@contoso.com", null, "Ann Lee", "Ann", "Lee" },
        { "group.eml", "ann.lee@contoso.com", "Lee, Ann", "Ann Lee", "Ann", "Lee" },
        { "multiple-from.eml", "ann.lee@contoso.com", "Ann Lee", "Ann Lee", "Ann", "Lee" },
        { "sender-fallback.eml", "bob.smith@northwind.example", "Bob Smith", "Bob Smith", "Bob", "Smith" },
        { "sender-and-from.eml", "ann.lee@contoso.com", "Ann Lee", "Ann Lee", "Ann", "Lee" },
        { "malformed-from-with-sender.eml", "ann.lee@contoso.com", "Ann Lee", "Ann Lee", "Ann", "Lee" },
        { "reply-to.eml", "ann.lee@contoso.com", "Ann Lee", "Ann Lee", "Ann", "Lee" },
        { "raw-utf8-header.eml", "zoe.odegard@example.no", "Zoë Ødegård", "Zoë Ødegård", "Zoë", "Ødegård" },
        { "raw-latin1-header.eml", "f.mueller@example.de", "François Müller", "François Müller", "François", "Müller" },
    };

    public static TheoryData<string, CaptureWarningKind[]> WarningCases => new()
    {
        { "plain.eml", [] },
        { "encoded-b-utf8.eml", [] },
        { "encoded-q-latin1.eml", [] },
        { "encoded-q-last-first.eml", [] },
        { "last-first-quoted.eml", [] },
        { "single-quoted.eml", [] },
        { "prefix-suffix.eml", [] },
        { "nickname-comment.eml", [CaptureWarningKind.NameTextRemoved] },
        { "no-display-name.eml", [CaptureWarningKind.NameFromAddress] },
        { "display-name-is-address.eml", [CaptureWarningKind.NameFromAddress] },
        { "group.eml", [CaptureWarningKind.MoreThanOneAuthor] },
        { "multiple-from.eml", [CaptureWarningKind.MoreThanOneAuthor] },
        { "sender-fallback.eml", [CaptureWarningKind.SenderFallback] },
        { "sender-and-from.eml", [] },
        { "malformed-from-with-sender.eml", [CaptureWarningKind.SenderFallback] },
        { "reply-to.eml", [CaptureWarningKind.ReplyToAdded] },
        { "raw-utf8-header.eml", [] },
        { "raw-latin1-header.eml", [] },
    };

    public static TheoryData<string, EmailCaptureFailure, string> FailureCases => new()
    {
        { "missing-from.eml", EmailCaptureFailure.MissingSender, "The message has no sender to make a lead from: there is no From: header, and there is no Sender: header." },
        { "empty-group.eml", EmailCaptureFailure.MissingSender, "The message has no sender to make a lead from: the From: header \"undisclosed-recipients:;\" names no mailbox, and there is no Sender: header." },
        { "malformed-address.eml", EmailCaptureFailure.MalformedSender, "The message has no usable sender to make a lead from: the From: header \"Ann Lee <ann.lee@>\" cannot be read as an address (MimeKit: " },
        { "name-only.eml", EmailCaptureFailure.MalformedSender, "The message has no usable sender to make a lead from: the From: header \"Ann Lee\" cannot be read as an address (MimeKit: " },
        { "not-a-message.eml", EmailCaptureFailure.UnreadableMessage, "The stream is not an e-mail message: its headers cannot be read (" },
    };

    [Theory]
    [MemberData(nameof(SenderCases))]
    public async Task FromStreamAsync_SampleMessage_CapturesTheSender(string file, string address, string? displayName, string fullName, string? first, string? last)
    {
        var draft = await Load(file);

        Assert.Equal(address, draft.Address.Value);
        Assert.Equal(displayName, draft.DisplayName);
        Assert.Equal(fullName, draft.Name.FullName);
        Assert.Equal(first, draft.Name.First);
        Assert.Equal(last, draft.Name.Last);
        Assert.Equal(new EmailEntry(EmailKind.Business, draft.Address, displayName), draft.Lead.Emails[0]);
        Assert.Equal(Now, draft.Lead.CreatedAt);
    }

    [Theory]
    [MemberData(nameof(WarningCases))]
    public async Task FromStreamAsync_SampleMessage_WarnsAboutWhatToCheck(string file, CaptureWarningKind[] kinds)
    {
        var draft = await Load(file);

        AssertWarnings(draft, kinds);
    }

    [Theory]
    [MemberData(nameof(FailureCases))]
    public async Task FromStreamAsync_SampleMessageWithoutUsableSender_FailsClearly(string file, EmailCaptureFailure failure, string messageStart)
    {
        await using var stream = File.OpenRead(PathOf(file));

        var error = await Assert.ThrowsAsync<EmailCaptureException>(() => EmailLeadCapture.FromStreamAsync(stream, Clock));

        Assert.Equal(failure, error.Failure);
        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromStreamAsync_Plain_CapturesTheMessageAndTheOrganization()
    {
        var draft = await Load("plain.eml");

        Assert.Equal(SenderHeader.From, draft.Header);
        Assert.Equal("Ann Lee <ann.lee@contoso.com>", draft.HeaderValue);
        Assert.Equal(NameSource.DisplayName, draft.NameSource);
        Assert.Equal("Contoso Ltd.", draft.Organization);
        Assert.Equal("Contoso Ltd.", draft.Lead.CompanyName);
        Assert.Equal(new EmailMessageInfo("plain-1@mail.contoso.com", "Quote for 20 licences", Instant.FromUtc(2026, 9, 1, 7, 30)), draft.Message);
        Assert.Single(draft.Lead.Emails);
    }

    [Fact]
    public async Task FromStreamAsync_EncodedSubject_IsDecoded()
    {
        var draft = await Load("encoded-b-utf8.eml");

        Assert.Equal("Demande de démo", draft.Message!.Subject);
    }

    [Fact]
    public async Task FromStreamAsync_MissingDateAndMessageId_LeavesThemEmpty()
    {
        await using var stream = new MemoryStream(System.Text.Encoding.ASCII.GetBytes("From: Ann Lee <ann@example.com>\r\n\r\nbody\r\n"));

        var draft = await EmailLeadCapture.FromStreamAsync(stream, Clock);

        Assert.Equal(new EmailMessageInfo(null, null, null), draft.Message);
    }

    [Fact]
    public async Task FromStreamAsync_SenderFallback_SaysWhyFromWasNotUsed()
    {
        var draft = await Load("sender-fallback.eml");

        Assert.Equal(SenderHeader.Sender, draft.Header);
        Assert.Equal("\"Bob Smith\" <bob.smith@northwind.example>", draft.HeaderValue);
        Assert.Equal(
            "The From: header \"undisclosed-recipients:;\" names no mailbox; the sender was taken from the Sender: header \"\"Bob Smith\" <bob.smith@northwind.example>\".",
            draft.Warnings[0].Message);
    }

    [Fact]
    public async Task FromStreamAsync_MalformedFromWithSender_SaysWhatWasMalformed()
    {
        var draft = await Load("malformed-from-with-sender.eml");

        Assert.Equal(SenderHeader.Sender, draft.Header);
        Assert.StartsWith("The From: header \"Ann Lee <ann.lee@>\" cannot be read as an address (MimeKit: ", draft.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromStreamAsync_FromAndSender_FromWins()
    {
        var draft = await Load("sender-and-from.eml");

        Assert.Equal(SenderHeader.From, draft.Header);
        Assert.DoesNotContain(draft.Lead.Emails, e => e.Address.Value == "assistant@contoso.com");
    }

    [Fact]
    public async Task FromStreamAsync_ReplyTo_AddsTheOtherAddressOnce()
    {
        var draft = await Load("reply-to.eml");

        Assert.Equal(
            [new EmailEntry(EmailKind.Business, EmailAddress.Parse("ann.lee@contoso.com"), "Ann Lee"), new EmailEntry(EmailKind.Other, EmailAddress.Parse("ann@lee-consulting.example"), "Ann Lee")],
            draft.Lead.Emails);
        Assert.Equal("Lee Consulting Sàrl", draft.Lead.CompanyName);
    }

    [Fact]
    public async Task FromStreamAsync_RawUtf8Organization_IsDecoded()
    {
        var draft = await Load("raw-utf8-header.eml");

        Assert.Equal("Müller & Söhne GmbH", draft.Lead.CompanyName);
    }

    [Fact]
    public async Task FromStreamAsync_NoDisplayName_DerivesTheNameAndSaysSo()
    {
        var draft = await Load("no-display-name.eml");

        Assert.Equal(NameSource.AddressLocalPart, draft.NameSource);
        Assert.Equal(
            "No display name: the name \"Mary-Jane O'Neil\" was taken from the address's local part \"mary-jane.o'neil+crm\"; check it.",
            draft.Warnings[0].Message);
    }

    [Fact]
    public void FromMessage_BuiltWithMimeKit_GivesTheSameDraftAsItsText()
    {
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Lee, Ann", "ann@example.com"));
        message.Headers.Add(HeaderId.Organization, "Contoso");

        var draft = EmailLeadCapture.FromMessage(message, Clock);

        Assert.Equal("Lee, Ann", draft.DisplayName);
        Assert.Equal("Ann Lee", draft.Name.FullName);
        Assert.Equal("Contoso", draft.Lead.CompanyName);
        Assert.Equal(Instant.FromDateTimeOffset(message.Date), draft.Message!.SentAt);
    }

    [Fact]
    public void FromMessage_LongOrganization_IsLeftOutWithAWarning()
    {
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ann Lee", "ann@example.com"));
        message.Headers.Add(HeaderId.Organization, new string('x', 300));

        var draft = EmailLeadCapture.FromMessage(message, Clock);

        Assert.Null(draft.Lead.CompanyName);
        Assert.Null(draft.Organization);
        AssertWarnings(draft, CaptureWarningKind.ExtraSkipped);
    }

    [Fact]
    public void FromMessage_InvalidReplyTo_IsLeftOutWithAWarning()
    {
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ann Lee", "ann@example.com"));
        message.ReplyTo.Add(new MailboxAddress("Ann", "ann"));

        var draft = EmailLeadCapture.FromMessage(message, Clock);

        Assert.Single(draft.Lead.Emails);
        AssertWarnings(draft, CaptureWarningKind.ExtraSkipped);
    }

    [Fact]
    public void FromMessage_MoreReplyToAddressesThanALeadHolds_KeepsTheFirstOnes()
    {
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ann Lee", "ann@example.com"));
        for (var i = 0; i < ContactRecord.MaxEntries + 2; i++)
        {
            message.ReplyTo.Add(new MailboxAddress(null, $"ann{i}@example.com"));
        }

        var draft = EmailLeadCapture.FromMessage(message, Clock);

        Assert.Equal(ContactRecord.MaxEntries, draft.Lead.Emails.Count);
        Assert.Equal(3, draft.Warnings.Count(w => w.Kind == CaptureWarningKind.ExtraSkipped));
    }

    [Fact]
    public async Task FromHeader_OfASampleMessagesFrom_GivesTheSameDraftAsTheMessage()
    {
        foreach (var file in new[] { "plain.eml", "encoded-q-latin1.eml", "group.eml", "multiple-from.eml", "no-display-name.eml", "nickname-comment.eml" })
        {
            await using var stream = File.OpenRead(PathOf(file));
            using var message = await MimeMessage.LoadAsync(stream);
            var fromMessage = EmailLeadCapture.FromMessage(message, Clock);

            var fromHeader = Header(System.Text.Encoding.UTF8.GetString(message.Headers[message.Headers.IndexOf(HeaderId.From)].RawValue));

            Assert.Equal(fromMessage.Name, fromHeader.Name);
            Assert.Equal(fromMessage.Address, fromHeader.Address);
            Assert.Equal(fromMessage.DisplayName, fromHeader.DisplayName);
            Assert.Equal(fromMessage.Warnings, fromHeader.Warnings);
        }
    }

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Messages", file);

    private static async Task<LeadDraft> Load(string file)
    {
        await using var stream = File.OpenRead(PathOf(file));
        return await EmailLeadCapture.FromStreamAsync(stream, Clock);
    }
}
