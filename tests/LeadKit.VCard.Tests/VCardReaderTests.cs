using System.Text;

namespace LeadKit.VCard.Tests;

/// <summary>The traps of real vCards, one at a time.</summary>
public sealed partial class VCardReaderTests
{
    private const string Crlf = "\r\n";

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8-bom")]
    public async Task ReadAsync_Utf16AndBomFiles_AreDecoded(string form)
    {
        var text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ødegård 東京\r\nNOTE;CHARSET=windows-1252:naïve\r\nEND:VCARD\r\n";
        var bytes = form switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
            _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        };

        var card = Assert.Single(await Io.ReadAsync(bytes));

        Assert.Equal("Zoë Ødegård 東京", card.Find("FN")!.Value);
        Assert.Equal("naïve", card.Find("NOTE")!.Value);
    }

    [Fact]
    public async Task ReadAsync_CharsetParameters_DecodeEightBitValues()
    {
        var latin1 = Encoding.Latin1;
        var bytes = Concat(
            "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1252:",
            latin1.GetBytes("Ren\u00e9 \u0080"),
            "\r\nNOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe\r\nTITLE:",
            latin1.GetBytes("Caf\u00e9"),
            "\r\nORG;CHARSET=UTF-8:",
            Encoding.UTF8.GetBytes("Müller"),
            "\r\nROLE;CHARSET=x-unknown:abc\r\nEND:VCARD\r\n");

        var card = Assert.Single(await Io.ReadAsync(bytes));

        Assert.Equal("René €", card.Find("FN")!.Value);
        Assert.Equal("Grüße", card.Find("NOTE")!.Value);
        Assert.Equal("Café", card.Find("TITLE")!.Value); // not UTF-8, no CHARSET: windows-1252
        Assert.Equal("Müller", card.Find("ORG")!.Value);
        Assert.Contains(card.Issues, i => i.PropertyName == "ROLE" && i.Message.Contains("x-unknown", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_FallbackEncoding_IsUsedForEightBitTextWithoutCharset()
    {
        var bytes = Concat("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:", new byte[] { 0xC1, 0xE2 }, "\r\nEND:VCARD\r\n");
        var options = new VCardReaderOptions { FallbackEncoding = CodePagesEncodingProvider.Instance.GetEncoding("iso-8859-7") };

        var card = Assert.Single(await Io.ReadAsync(bytes, options));

        Assert.Equal("Αβ", card.Find("FN")!.Value);
    }

    [Fact]
    public async Task ReadAsync_QuotedPrintableSoftBreaks_JoinEvenInsideATripletPairAndOverEmptyLines()
    {
        var text = "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:one=0D=\r\n=0Atwo=\r\n\r\nN;QUOTED-PRINTABLE;CHARSET=UTF-8:L=C3=\r\n=BC;A=\r\n nn;;;\r\nEND:VCARD\r\n";

        var card = Assert.Single(await Io.ReadAsync(text));

        Assert.Equal("one\ntwo", card.Find("NOTE")!.Value);
        Assert.Equal(["Lü", "A nn", string.Empty, string.Empty, string.Empty], card.Find("N")!.Components.Select(c => c[0]));
    }

    [Fact]
    public async Task ReadAsync_Folding_RemovesOneSpaceOrTab()
    {
        var text = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:a\r\n b\r\n\tc\r\n  d\r\nitem1.EMAIL;TYPE=\r\n work:x@example.com\r\nEND:VCARD\r\n";

        var card = Assert.Single(await Io.ReadAsync(text));

        Assert.Equal("abc d", card.Find("NOTE")!.Value);
        var email = card.Find("EMAIL")!;
        Assert.Equal(("item1", "work", "x@example.com"), (email.Group, email.Types.Single(), email.Value));
    }

    [Fact]
    public async Task ReadAsync_Parameters_InEveryVersionsSyntax()
    {
        var text = "BEGIN:VCARD\r\nVERSION:4.0\r\n" +
            "TEL;WORK;VOICE:1\r\n" +
            "TEL;TYPE=work,voice;type=pref:2\r\n" +
            "TEL;TYPE=\"work,voice\";PREF=1:3\r\n" +
            "ADR;LABEL=\"Main St 1^nCity; ^'quoted^' ^^:\";GEO=\"geo:1,2\":;;Main St 1;City;;;\r\n" +
            "END:VCARD\r\n";

        var card = Assert.Single(await Io.ReadAsync(text));

        var tels = card.FindAll("TEL").ToList();
        Assert.Equal(["WORK", "VOICE"], tels[0].Types);
        Assert.Equal(["work", "voice", "pref"], tels[1].Types);
        Assert.True(tels[1].IsPreferred);
        Assert.Equal(["work", "voice"], tels[2].Types);
        Assert.True(tels[2].IsPreferred);
        var adr = card.Find("ADR")!;
        Assert.Equal("Main St 1\nCity; \"quoted\" ^:", adr.GetParameter("label")!.Value);
        Assert.Equal("geo:1,2", adr.GetParameter("GEO")!.Value);
        Assert.Equal("City", adr.Components[3][0]);
    }

    [Fact]
    public async Task ReadAsync_Escapes_AreResolvedByShape()
    {
        var text = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:a\\, b\\; c\\nd\\\\e\\x f;g,h\r\nN:Lee\\, Jr;Ann,Marie;;;\r\nCATEGORIES:a,b\\,c\r\nORG:Acme, Inc.;Sales\\;Support\r\nEND:VCARD\r\n";

        var card = Assert.Single(await Io.ReadAsync(text));

        Assert.Equal("a, b; c\nd\\e\\x f;g,h", card.Find("NOTE")!.Value);
        Assert.Equal(["Lee, Jr"], card.Find("N")!.Components[0]);
        Assert.Equal(["Ann", "Marie"], card.Find("N")!.Components[1]);
        Assert.Equal(["a", "b,c"], card.Find("CATEGORIES")!.Components[0]);
        Assert.Equal(["Acme, Inc.", "Sales;Support"], card.Find("ORG")!.Components.Select(c => c[0]));
    }

    [Fact]
    public async Task ReadAsync_Base64_ToleratesBlankLinesAndUnindentedContinuations()
    {
        var data = Enumerable.Range(0, 200).Select(i => (byte)i).ToArray();
        var b64 = Convert.ToBase64String(data);
        var text = "BEGIN:VCARD\r\nVERSION:2.1\r\nPHOTO;ENCODING=BASE64;TYPE=PNG:\r\n    " + b64[..60] + "\r\n\r\n" + b64[60..120] + "\r\n\r\n\t" + b64[120..] + "\r\n\r\n\r\nEMAIL:a@example.com\r\nEND:VCARD\r\n";

        var card = Assert.Single(await Io.ReadAsync(text));

        var photo = card.Find("PHOTO")!;
        Assert.Equal(data, photo.Data!.Value.ToArray());
        Assert.Equal("image/png", photo.MediaType);
        Assert.Empty(photo.Types);
        Assert.Equal("a@example.com", card.Find("EMAIL")!.Value);
        Assert.Empty(card.Issues);
    }

    [Fact]
    public async Task ReadAsync_DataUriAndEncodingB_AreBinary()
    {
        var text = "BEGIN:VCARD\r\nVERSION:4.0\r\nPHOTO:data:image/gif;base64,R0lGODlh\r\nLOGO;VALUE=uri:http://example.com/logo.png\r\nKEY;ENCODING=b;TYPE=PGP:AAEC\r\nEND:VCARD\r\n";

        var card = Assert.Single(await Io.ReadAsync(text));

        Assert.Equal(("image/gif", "GIF89a"), (card.Find("PHOTO")!.MediaType, Encoding.ASCII.GetString(card.Find("PHOTO")!.Data!.Value.Span)));
        Assert.False(card.Find("LOGO")!.IsBinary);
        Assert.Equal(("application/pgp-keys", 3), (card.Find("KEY")!.MediaType, card.Find("KEY")!.Data!.Value.Length));
    }

    [Fact]
    public async Task ReadAsync_JunkNestedAndUnclosedCards_AreToleratedAndReported()
    {
        var text = "junk before\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nthis line has no colon\r\n:no name\r\nbad name!:x\r\nFN:Ann\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Agent\r\nEND:VCARD\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\njunk between\r\nBEGIN:VCARD\r\nFN:Bob";

        var cards = await Io.ReadAsync(text);

        Assert.Equal(2, cards.Count);
        Assert.Equal(["FN", "AGENT", "EMAIL"], cards[0].Properties.Select(p => p.Name));
        Assert.Equal([4, 5, 6, 9], cards[0].Issues.Select(i => i.LineNumber).Order());
        Assert.Equal("Bob", cards[1].Find("FN")!.Value);
        Assert.Equal(VCardVersion.Version30, cards[1].Version);
        Assert.Contains(cards[1].Issues, i => i.PropertyName == "VERSION");
        Assert.Contains(cards[1].Issues, i => i.Message.Contains("END:VCARD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n  \r\n")]
    public async Task ReadAsync_EmptyStream_GivesNoCard(string text) => Assert.Empty(await Io.ReadAsync(text));

    [Fact]
    public async Task ReadAsync_TextThatIsNoVCard_IsRefused()
    {
        var e = await Assert.ThrowsAsync<VCardFormatException>(() => Io.ReadAsync("Name,Email\r\nAnn,ann@example.com\r\n"));

        Assert.Equal((VCardFormatError.NotAVCard, 1), (e.Error, e.LineNumber));
        Assert.IsAssignableFrom<LeadKitException>(e);
    }

    [Fact]
    public async Task ReadAsync_CancelledToken_Stops()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var stream = new System.IO.MemoryStream(Encoding.UTF8.GetBytes("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var card in VCardReader.ReadAsync(stream, cancellationToken: cts.Token))
            {
                Assert.Fail(card.ToString());
            }
        });
    }

    [Fact]
    public void ReadAsync_BadArguments_AreRefusedAtOnce()
    {
        Assert.Throws<ArgumentNullException>(() => VCardReader.ReadAsync(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => VCardReader.ReadAsync(System.IO.Stream.Null, new VCardReaderOptions { MaxCards = 0 }));
    }

    private static byte[] Concat(params object[] parts) =>
        parts.SelectMany(p => p is string s ? Encoding.ASCII.GetBytes(s) : (byte[])p).ToArray();
}
