using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Email;
using LeadKit.Leads;
using LeadKit.Testing;
using MimeKit;
using NodaTime;
using NodaTime.Testing;

namespace LeadKit.Email.Tests;

/// <summary>
/// Laws of capture: whatever name and address LeadKit's generators give, MimeKit's formatting of them
/// as a From: header is captured back into the same address and name.
/// </summary>
[Properties(Arbitrary = new[] { typeof(LeadKitArbitraries) }, MaxTest = 300)]
public sealed class EmailLeadCapturePropertyTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 9, 1, 8, 0));

    private static readonly Arbitrary<FormatOptions> Formats = Gen.Elements(false, true)
        .Select(international =>
        {
            var options = FormatOptions.Default.Clone();
            options.International = international;
            return options;
        })
        .ToArbitrary();

    /// <summary>
    /// The display name comes back as written (white space collapsed, which MimeKit does for quoted
    /// strings anyway); the only change LeadKit makes is to unwrap a name wholly in quotes.
    /// </summary>
    [Property]
    public Property FromHeader_FormattedMailbox_GivesBackTheAddressAndTheFullName() =>
        Prop.ForAll(LeadKitArbitraries.PersonName(), LeadKitArbitraries.EmailAddress(), Formats, (name, address, format) =>
        {
            var header = new MailboxAddress(name.FullName, address.Value).ToString(format, encode: true);

            var draft = EmailLeadCapture.FromHeader(header, Clock);

            Assert.Equal(AsMimeKitReadsIt(address), draft.Address);
            var expected = Collapse(name.FullName);
            if (!IsWhollyQuoted(expected))
            {
                Assert.Equal(expected, draft.DisplayName);
                Assert.Equal(NameSource.DisplayName, draft.NameSource);
            }
        });

    /// <summary>Names as people type them ("Lee, Dr. Ann", stray spaces) are split exactly as <see cref="PersonName.Parse"/> splits them.</summary>
    [Property]
    public Property FromHeader_TypedName_IsSplitLikePersonNameParse() =>
        Prop.ForAll(Arb.From(LeadKitGenerators.PersonNameText()), LeadKitArbitraries.EmailAddress(), Formats, (text, address, format) =>
        {
            var header = new MailboxAddress(text, address.Value).ToString(format, encode: true);

            var draft = EmailLeadCapture.FromHeader(header, Clock);

            Assert.Equal(PersonName.Parse(text), draft.Name);
            Assert.Equal(draft.Name, draft.Lead.Name);
            Assert.Empty(draft.Warnings);
        });

    /// <summary>An address alone always gives a lead, named from its local part, and says so.</summary>
    [Property]
    public Property FromHeader_AddressAlone_IsNamedFromTheLocalPart() =>
        Prop.ForAll(LeadKitArbitraries.EmailAddress(), Formats, (address, format) =>
        {
            var header = new MailboxAddress(string.Empty, address.Value).ToString(format, encode: true);

            var draft = EmailLeadCapture.FromHeader(header, Clock);

            Assert.Equal(AsMimeKitReadsIt(address), draft.Address);
            Assert.Equal(NameSource.AddressLocalPart, draft.NameSource);
            Assert.Null(draft.DisplayName);
            Assert.Equal(CaptureWarningKind.NameFromAddress, Assert.Single(draft.Warnings).Kind);
        });

    /// <summary>Capturing a message's From: header, or that header's value alone, gives the same draft.</summary>
    [Property]
    public Property FromMessage_AndFromHeader_Agree() =>
        Prop.ForAll(LeadKitArbitraries.PersonName(), LeadKitArbitraries.EmailAddress(), (name, address) =>
        {
            using var message = new MimeMessage();
            message.From.Add(new MailboxAddress(name.FullName, address.Value));
            var header = message.Headers[message.Headers.IndexOf(HeaderId.From)];

            var fromMessage = EmailLeadCapture.FromMessage(message, Clock);
            var fromHeader = EmailLeadCapture.FromHeader(System.Text.Encoding.UTF8.GetString(header.RawValue), Clock);

            Assert.Equal(fromMessage.Name, fromHeader.Name);
            Assert.Equal(fromMessage.Address, fromHeader.Address);
            Assert.Equal(fromMessage.DisplayName, fromHeader.DisplayName);
            Assert.Equal(fromMessage.Warnings, fromHeader.Warnings);
        });

    /// <summary>Whatever the text, capture gives a draft or an <see cref="EmailCaptureException"/>, nothing else.</summary>
    [Property(MaxTest = 1000)]
    public void FromHeader_AnyText_GivesADraftOrAClearError(NonNull<string> text) => DraftOrClearError(text.Get);

    /// <summary>The same for header-like text: the tokens address syntax is made of, in any order.</summary>
    [Property(MaxTest = 1000)]
    public Property FromHeader_AnyHeaderLikeText_GivesADraftOrAClearError() =>
        Prop.ForAll(HeaderSoup, DraftOrClearError);

    private static readonly Arbitrary<string> HeaderSoup =
        Gen.ArrayOf(Gen.Elements(
                "Ann", "Lee", " ", "\t", "\r\n ", "\n", "\"", "\\", "'", "<", ">", "@", ".", ",", ";", ":", "(", ")", "[", "]",
                "example.com", "ann.lee", "xn--bcher-kva", "=?utf-8?q?", "=?ISO-8859-1?B?", "?=", "Zo=C3=AB", "Wm/Dqw==", "_", "Zoë", "+tag", "From:"))
            .Select(tokens => string.Concat(tokens))
            .ToArbitrary();

    private static void DraftOrClearError(string text)
    {
        try
        {
            var draft = EmailLeadCapture.FromHeader(text, Clock);
            Assert.NotEmpty(draft.Name.FullName);
            Assert.Equal(draft.Address, draft.Lead.Emails[0].Address);
            Assert.Equal(draft.DisplayName, draft.Lead.Emails[0].DisplayName);
        }
        catch (EmailCaptureException e)
        {
            Assert.NotEqual(EmailCaptureFailure.UnreadableMessage, e.Failure);
            Assert.Equal(text, e.HeaderValue);
            Assert.Contains("From: header", e.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>MimeKit reads internationalised domains in their Unicode form (<c>xn--bcher-kva.example</c> → <c>bücher.example</c>).</summary>
    private static EmailAddress AsMimeKitReadsIt(EmailAddress address) =>
        EmailAddress.Parse(address.LocalPart + "@" + Idn.GetUnicode(address.Domain));

    private static readonly System.Globalization.IdnMapping Idn = new();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsWhollyQuoted(string text) =>
        text.Length >= 2 && "\"'`“‘«".Contains(text[0], StringComparison.Ordinal) && "\"'`”’»".Contains(text[^1], StringComparison.Ordinal);
}
