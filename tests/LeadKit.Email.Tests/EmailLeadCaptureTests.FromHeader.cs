using LeadKit.Email;
using LeadKit.Leads;
using MimeKit;

namespace LeadKit.Email.Tests;

/// <content>Header values: the cases of shared/data/formats/email-from.md, and the other forms a From: header takes.</content>
public sealed partial class EmailLeadCaptureTests
{
    /// <summary>
    /// Every case of <c>shared/data/formats/email-from.md</c> (inputs verbatim, C# escapes as in the
    /// doc): the expected name is the display name as decoded, the expected address the address.
    /// </summary>
    [Theory]
    [InlineData(1, "Jeffrey Stedfast <fejj@helixcode.com>", "Jeffrey Stedfast", "fejj@helixcode.com")]
    [InlineData(2, "this is\n\ta folded name <folded@name.com>", "this is a folded name", "folded@name.com")]
    [InlineData(3, "\"Jeffrey \\\"fejj\\\" Stedfast\" <fejj@helixcode.com>", "Jeffrey \"fejj\" Stedfast", "fejj@helixcode.com")]
    [InlineData(4, "\"Stedfast, Jeffrey\" <fejj@helixcode.com>", "Stedfast, Jeffrey", "fejj@helixcode.com")]
    [InlineData(5, "fejj@helixcode.com (Jeffrey Stedfast)", "Jeffrey Stedfast", "fejj@helixcode.com")]
    [InlineData(5, "aperson@dom.ain (Al Person)", "Al Person", "aperson@dom.ain")]
    [InlineData(6, "Jeffrey Stedfast <fejj(recursive (comment) block)@helixcode.(and a comment here)com>", "Jeffrey Stedfast", "fejj@helixcode.com")]
    public void FromHeader_EmailFromCase_GivesTheExpectedNameAndAddress(int caseNumber, string header, string expectedName, string expectedAddress)
    {
        var draft = Header(header);

        Assert.True(caseNumber > 0);
        Assert.Equal(expectedName, draft.DisplayName);
        Assert.Equal(EmailAddress.Parse(expectedAddress), draft.Address);
        Assert.Equal(expectedAddress, draft.Address.Value);
        Assert.Equal(NameSource.DisplayName, draft.NameSource);
        Assert.Equal(SenderHeader.From, draft.Header);
        var email = Assert.Single(draft.Lead.Emails);
        Assert.Equal(new EmailEntry(EmailKind.Business, draft.Address, expectedName), email);
    }

    /// <summary>How each email-from.md case is split into name parts (where LeadKit goes beyond the doc).</summary>
    [Theory]
    [InlineData("Jeffrey Stedfast <fejj@helixcode.com>", "Jeffrey Stedfast", "Jeffrey", null, "Stedfast")]
    [InlineData("this is\n\ta folded name <folded@name.com>", "this is a folded name", "this", "is a folded", "name")]
    [InlineData("\"Stedfast, Jeffrey\" <fejj@helixcode.com>", "Jeffrey Stedfast", "Jeffrey", null, "Stedfast")]
    [InlineData("fejj@helixcode.com (Jeffrey Stedfast)", "Jeffrey Stedfast", "Jeffrey", null, "Stedfast")]
    [InlineData("Jeffrey Stedfast <fejj(recursive (comment) block)@helixcode.(and a comment here)com>", "Jeffrey Stedfast", "Jeffrey", null, "Stedfast")]
    public void FromHeader_EmailFromCase_SplitsTheNameIntoParts(string header, string fullName, string? first, string? middle, string? last)
    {
        var draft = Header(header);

        AssertName(draft.Name, fullName, first, middle, last);
        Assert.Same(draft.Name, draft.Lead.Name);
        Assert.Empty(draft.Warnings);
    }

    [Fact]
    public void FromHeader_QuotedNickname_KeepsItInTheDisplayNameOnly()
    {
        var draft = Header("\"Jeffrey \\\"fejj\\\" Stedfast\" <fejj@helixcode.com>");

        Assert.Equal("Jeffrey \"fejj\" Stedfast", draft.DisplayName);
        AssertName(draft.Name, "Jeffrey Stedfast", "Jeffrey", null, "Stedfast");
        AssertWarnings(draft, CaptureWarningKind.NameTextRemoved);
        Assert.Contains("\"Jeffrey Stedfast\"", draft.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=?UTF-8?B?Wm/DqyBEdXBvbnQ=?= <zoe@example.com>", "Zoë Dupont", "Zoë", "Dupont")]
    [InlineData("=?utf-8?q?Zo=C3=AB_Dupont?= <zoe@example.com>", "Zoë Dupont", "Zoë", "Dupont")]
    [InlineData("=?ISO-8859-1?Q?Fran=E7ois_M=FCller?= <zoe@example.com>", "François Müller", "François", "Müller")]
    [InlineData("=?ISO-8859-1?B?RnJhbudvaXMgTfxsbGVy?= <zoe@example.com>", "François Müller", "François", "Müller")]
    [InlineData("=?UTF-8?B?0JjQstCw0L0=?= =?UTF-8?B?INCY0LLQsNC90L7Qsg==?= <zoe@example.com>", "Иван Иванов", "Иван", "Иванов")]
    [InlineData("Zoë Dupont <zoe@example.com>", "Zoë Dupont", "Zoë", "Dupont")]
    public void FromHeader_EncodedWordName_IsDecodedAndSplit(string header, string displayName, string first, string last)
    {
        var draft = Header(header);

        Assert.Equal(displayName, draft.DisplayName);
        AssertName(draft.Name, displayName, first, null, last);
    }

    [Fact]
    public void FromHeader_EncodedLastFirstWithComma_IsOneMailboxSplitLastFirst()
    {
        // Decoding before parsing would make two addresses of this (see dotnet-libraries.md); MimeKit parses first.
        var draft = Header("=?ISO-8859-1?Q?Moore=2C_Keith?= <keith.moore@example.com>");

        Assert.Equal("Moore, Keith", draft.DisplayName);
        AssertName(draft.Name, "Keith Moore", "Keith", null, "Moore");
        Assert.Empty(draft.Warnings);
    }

    [Theory]
    [InlineData("\"Lee, Dr. Ann Marie\" <ann@example.com>", "Dr. Ann Marie Lee", "Dr.", "Ann", "Marie", "Lee", null)]
    [InlineData("\"Dr. Ann Lee Jr.\" <ann@example.com>", "Dr. Ann Lee Jr.", "Dr.", "Ann", null, "Lee", "Jr.")]
    [InlineData("\"Lee, Ann, PhD\" <ann@example.com>", "Ann Lee PhD", null, "Ann", null, "Lee", "PhD")]
    [InlineData("Ann <ann@example.com>", "Ann", null, "Ann", null, null, null)]
    public void FromHeader_PrefixesSuffixesAndLastFirst_AreSplitByPersonNameParse(string header, string fullName, string? prefix, string? first, string? middle, string? last, string? suffix)
    {
        var draft = Header(header);

        AssertName(draft.Name, fullName, first, middle, last, prefix, suffix);
        Assert.Equal(PersonName.Parse(draft.DisplayName!), draft.Name);
    }

    [Theory]
    [InlineData("'Ann Lee' <ann@example.com>", "Ann Lee")]
    [InlineData("\"'Ann Lee'\" <ann@example.com>", "Ann Lee")]
    [InlineData("=?utf-8?q?=22Ann_Lee=22?= <ann@example.com>", "Ann Lee")]
    [InlineData("“Ann Lee” <ann@example.com>", "Ann Lee")]
    [InlineData("\"  Ann    Lee \" <ann@example.com>", "Ann Lee")]
    public void FromHeader_SurroundingQuotesAndSpaces_AreRemoved(string header, string displayName)
    {
        var draft = Header(header);

        Assert.Equal(displayName, draft.DisplayName);
        AssertName(draft.Name, "Ann Lee", "Ann", null, "Lee");
        Assert.Empty(draft.Warnings);
    }

    [Fact]
    public void FromHeader_QuotesInsideTheName_AreNotSurroundingQuotes()
    {
        var draft = Header("\"'t Hooft, 'Gerard'\" <g@example.com>");

        Assert.Equal("'t Hooft, 'Gerard'", draft.DisplayName);
        Assert.Equal("'t Hooft", draft.Name.Last);
    }

    [Theory]
    [InlineData("\"Ann Lee (Sales)\" <ann@example.com>", "Ann Lee (Sales)")]
    [InlineData("\"Ann Lee (via (nested) Forms)\" <ann@example.com>", "Ann Lee (via (nested) Forms)")]
    [InlineData("=?utf-8?q?Ann_Lee_=28Contoso=29?= <ann@example.com>", "Ann Lee (Contoso)")]
    public void FromHeader_CommentInTheDisplayName_IsLeftOutOfTheName(string header, string displayName)
    {
        var draft = Header(header);

        Assert.Equal(displayName, draft.DisplayName);
        AssertName(draft.Name, "Ann Lee", "Ann", null, "Lee");
        AssertWarnings(draft, CaptureWarningKind.NameTextRemoved);
    }

    [Fact]
    public void FromHeader_UnquotedComment_IsDroppedByTheParser()
    {
        var draft = Header("Ann Lee (Sales) <ann@example.com>");

        Assert.Equal("Ann Lee", draft.DisplayName);
        Assert.Empty(draft.Warnings);
    }

    [Fact]
    public void FromHeader_UnbalancedParenthesis_IsKeptAsWritten()
    {
        var draft = Header("\"Ann Lee (Sales\" <ann@example.com>");

        Assert.Equal("Ann Lee (Sales", draft.Name.FullName);
        Assert.Empty(draft.Warnings);
    }

    [Theory]
    [InlineData("ann.lee@example.com", "Ann Lee", "Ann", "Lee", "ann.lee")]
    [InlineData("<ann.lee@example.com>", "Ann Lee", "Ann", "Lee", "ann.lee")]
    [InlineData("\"\" <ann_lee@example.com>", "Ann Lee", "Ann", "Lee", "ann_lee")]
    [InlineData("JSMITH@example.com", "Jsmith", "Jsmith", null, "JSMITH")]
    public void FromHeader_NoDisplayName_TakesTheNameFromTheLocalPart(string header, string fullName, string first, string? last, string localPart)
    {
        var draft = Header(header);

        Assert.Null(draft.DisplayName);
        Assert.Equal(NameSource.AddressLocalPart, draft.NameSource);
        AssertName(draft.Name, fullName, first, null, last);
        AssertWarnings(draft, CaptureWarningKind.NameFromAddress);
        Assert.StartsWith("No display name", draft.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains($"\"{localPart}\"", draft.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(draft.Lead.Emails).DisplayName);
    }

    [Theory]
    [InlineData("\"ann.lee@example.com\" <ann.lee@example.com>")]
    [InlineData("'ann.lee@example.com' <ann.lee@example.com>")]
    [InlineData("\"<ann.lee@example.com>\" <ann.lee@example.com>")]
    [InlineData("\"mailto:ann.lee@example.com\" <ann.lee@example.com>")]
    public void FromHeader_DisplayNameIsAnAddress_TakesTheNameFromTheLocalPart(string header)
    {
        var draft = Header(header);

        Assert.Null(draft.DisplayName);
        AssertName(draft.Name, "Ann Lee", "Ann", null, "Lee");
        AssertWarnings(draft, CaptureWarningKind.NameFromAddress);
        Assert.Contains("is an e-mail address", draft.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHeader_UndecodableEncodedWord_TakesTheNameFromTheLocalPart()
    {
        var draft = Header("=?utf-8?B?QW5u <ann.lee@example.com>");

        Assert.Null(draft.DisplayName);
        Assert.Equal("Ann Lee", draft.Name.FullName);
        Assert.Contains("encoded word", Assert.Single(draft.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHeader_DisplayNameLongerThanAnEntryAllows_TakesTheNameFromTheLocalPart()
    {
        var longName = string.Join(' ', Enumerable.Repeat("Annabelle", 30));

        var draft = Header($"\"{longName}\" <ann.lee@example.com>");

        Assert.Null(draft.DisplayName);
        Assert.Equal("Ann Lee", draft.Name.FullName);
        Assert.Contains("characters long", Assert.Single(draft.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHeader_WordLongerThanANamePart_KeepsTheNameWhole()
    {
        var word = new string('x', PersonNameValidator.MaxPartLength + 1);

        var draft = Header($"\"{word}\" <ann@example.com>");

        Assert.Equal(word, draft.Name.FullName);
        Assert.Null(draft.Name.First);
        AssertWarnings(draft, CaptureWarningKind.NameNotSplit);
    }

    [Fact]
    public void FromHeader_DisplayNameOfPunctuationOnly_IsKeptWhole()
    {
        var draft = Header("\",\" <ann@example.com>");

        Assert.Equal(",", draft.Name.FullName);
        AssertWarnings(draft, CaptureWarningKind.NameNotSplit);
    }

    [Theory]
    [InlineData("From: Ann Lee <ann@example.com>")]
    [InlineData("  from :Ann Lee <ann@example.com>")]
    [InlineData("FROM: Ann Lee\r\n <ann@example.com>")]
    public void FromHeader_WithTheFieldName_IgnoresIt(string header)
    {
        var draft = Header(header);

        Assert.Equal("Ann Lee", draft.DisplayName);
        Assert.Equal("ann@example.com", draft.Address.Value);
    }

    [Theory]
    [InlineData("Ann\nLee <ann@example.com>")]
    [InlineData("Ann\r\nLee <ann@example.com>")]
    [InlineData("Ann\rLee <ann@example.com>")]
    [InlineData("Ann\r\n\tLee <ann@example.com>")]
    public void FromHeader_LineBreaks_AreUnfolded(string header)
    {
        var draft = Header(header);

        Assert.Equal("Ann Lee", draft.DisplayName);
    }

    [Fact]
    public void FromHeader_Group_TakesItsFirstMailbox()
    {
        var draft = Header("Sales Team: \"Lee, Ann\" <ann@example.com>, bob@example.com;");

        Assert.Equal("Lee, Ann", draft.DisplayName);
        Assert.Equal("ann@example.com", draft.Address.Value);
        AssertWarnings(draft, CaptureWarningKind.MoreThanOneAuthor);
        Assert.Contains("bob@example.com", draft.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHeader_EmptyGroupThenMailbox_TakesTheMailbox()
    {
        var draft = Header("undisclosed-recipients:;, Ann Lee <ann@example.com>");

        Assert.Equal("ann@example.com", draft.Address.Value);
        Assert.Empty(draft.Warnings);
    }

    [Fact]
    public void FromHeader_SeveralMailboxes_TakesTheFirstAndSaysSo()
    {
        var draft = Header("Ann Lee <ann@example.com>, Bob Smith <bob@example.com>, carol@example.com");

        Assert.Equal("ann@example.com", draft.Address.Value);
        AssertWarnings(draft, CaptureWarningKind.MoreThanOneAuthor);
        Assert.Contains("3 authors", draft.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("Bob Smith <bob@example.com>, carol@example.com", draft.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Single(draft.Lead.Emails);
    }

    [Fact]
    public void FromHeader_FirstMailboxWithoutDomain_IsSkipped()
    {
        var draft = Header("Ann <ann>, Bob Smith <bob@example.com>");

        Assert.Equal("bob@example.com", draft.Address.Value);
        AssertWarnings(draft, CaptureWarningKind.MailboxSkipped);
        Assert.Contains("'ann' is not a valid e-mail address", draft.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHeader_UnreadableFirstMailbox_IsSkippedLikeInAMessage()
    {
        var draft = Header("Ann <ann@>, Bob Smith <bob@example.com>");

        Assert.Equal("bob@example.com", draft.Address.Value);
        AssertWarnings(draft, CaptureWarningKind.MailboxSkipped);
        Assert.Contains("MimeKit:", draft.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ann Lee <ann@xn--bcher-kva.example>", "ann@bücher.example")]
    [InlineData("Ann Lee <ann@bücher.example>", "ann@bücher.example")]
    [InlineData("Ann Lee <ann@Example.COM>", "ann@Example.COM")]
    [InlineData("Ann Lee <ann.lee+crm@example.com>", "ann.lee+crm@example.com")]
    [InlineData("Ann Lee <ann@example.com", "ann@example.com")]
    public void FromHeader_Address_IsKeptAsMimeKitReadsIt(string header, string address)
    {
        var draft = Header(header);

        Assert.Equal(address, draft.Address.Value);
    }

    [Fact]
    public void FromHeader_StampsTheLeadWithTheClockAndLeavesItUnsaved()
    {
        var draft = Header("Ann Lee <ann@example.com>");

        Assert.Equal(Now, draft.Lead.CreatedAt);
        Assert.Equal(0, draft.Lead.Version);
        Assert.Null(draft.Message);
        Assert.Null(draft.Organization);
        Assert.Null(draft.Lead.CompanyName);
        Assert.Equal(SenderHeader.From, draft.Header);
        Assert.Equal("Ann Lee <ann@example.com>", draft.HeaderValue);
        Assert.False(draft.HasWarnings);
    }

    [Fact]
    public void FromHeader_TwiceTheSameValue_GivesTwoDistinctLeads()
    {
        var first = Header("Ann Lee <ann@example.com>");
        var second = Header("Ann Lee <ann@example.com>");

        Assert.NotEqual(first.Lead.Id, second.Lead.Id);
        Assert.Equal(first.Name, second.Name);
    }

    [Fact]
    public void FromHeader_StrictOptions_AreUsed()
    {
        var strict = ParserOptions.Default.Clone();
        strict.AllowAddressesWithoutDomain = false;
        strict.AddressParserComplianceMode = RfcComplianceMode.Strict;

        var draft = EmailLeadCapture.FromHeader("\"Lee, Ann\" <ann@example.com>", Clock, strict);

        Assert.Equal("Ann Lee", draft.Name.FullName);
    }
}
