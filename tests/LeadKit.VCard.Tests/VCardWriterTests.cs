using System.Text;

namespace LeadKit.VCard.Tests;

public sealed class VCardWriterTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    [Theory]
    [InlineData(VCardVersion.Version21)]
    [InlineData(VCardVersion.Version30)]
    [InlineData(VCardVersion.Version40)]
    public void Write_LongValues_FoldAt75OctetsWithoutSplittingACharacter(VCardVersion version)
    {
        var note = string.Concat(Enumerable.Repeat("Zoë 東京 😀 line; a,b\\c\n", 20));
        var card = new VCard(version, [VCardProperty.Text("NOTE", note), VCardProperty.Binary("PHOTO", new byte[600], "image/jpeg")]);

        var text = VCardWriter.Write(card, version);

        Assert.EndsWith("END:VCARD\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 76));
        Assert.Equal(card.Properties, Assert.Single(VCardReader.Parse(text)).Properties);
    }

    [Fact]
    public void Write_Version30_EscapesTextAndQuotesParameters()
    {
        var card = new VCard(VCardVersion.Version30, [
            VCardProperty.Text("NOTE", "a,b;c\\d\ne", [new VCardParameter("X-LABEL", "x:y", "say \"hi\"^")]),
            VCardProperty.Structured("N", [["Lee, Jr"], ["Ann", "Marie"], [""], [""], [""]]),
            VCardProperty.Text("TEL", "+1 555", [new VCardParameter("TYPE", "work", "voice")], group: "item1"),
        ]);

        var text = VCardWriter.Write(card, VCardVersion.Version30);

        Assert.Contains("NOTE;X-LABEL=\"x:y\",say ^'hi^'^^:a\\,b\\;c\\\\d\\ne\r\n", text, StringComparison.Ordinal);
        Assert.Contains("N:Lee\\, Jr;Ann,Marie;;;\r\n", text, StringComparison.Ordinal);
        Assert.Contains("item1.TEL;TYPE=work,voice:+1 555\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Version21_UsesBareTypesAndQuotedPrintableForNonAsciiAndLineBreaks()
    {
        var card = new VCard(VCardVersion.Version21, [
            VCardProperty.Text("TEL", "555", [new VCardParameter("TYPE", "WORK", "VOICE")]),
            VCardProperty.Text("NOTE", "Grüße\nzweite Zeile = gut"),
            VCardProperty.Structured("ORG", [["Company, The"], ["Sales"]]),
        ]);

        var text = VCardWriter.Write(card, VCardVersion.Version21);

        Assert.Contains("TEL;WORK;VOICE:555\r\n", text, StringComparison.Ordinal);
        Assert.Contains("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Gr=C3=BC=C3=9Fe=0D=0Azweite Ze=\r\nile =3D gut\r\n", text, StringComparison.Ordinal);
        Assert.Contains("ORG:Company, The;Sales\r\n", text, StringComparison.Ordinal);
        Assert.Equal(card.Properties, Assert.Single(VCardReader.Parse(text)).Properties);
    }

    [Theory]
    [InlineData(VCardVersion.Version21, "PHOTO;JPEG;ENCODING=BASE64:/9j/4AECAwQFBgcICQ==\r\n\r\n")]
    [InlineData(VCardVersion.Version30, "PHOTO;TYPE=JPEG;ENCODING=b:/9j/4AECAwQFBgcICQ==\r\n")]
    [InlineData(VCardVersion.Version40, "PHOTO:data:image/jpeg;base64,/9j/4AECAwQFBgcICQ==\r\n")]
    public void Write_Photo_IsEncodedAsTheVersionWantsIt(VCardVersion version, string expected)
    {
        var card = new VCard(version, [VCardProperty.Binary("PHOTO", Jpeg, "image/jpeg")]);

        var text = VCardWriter.Write(card, version);

        Assert.Contains(expected, text, StringComparison.Ordinal);
        var photo = Assert.Single(VCardReader.Parse(text)).Find("PHOTO")!;
        Assert.Equal(Jpeg, photo.Data!.Value.ToArray());
        Assert.Equal("image/jpeg", photo.MediaType);
    }

    [Fact]
    public async Task WriteAsync_SeveralCards_WritesUtf8WithoutBomAndReadsBack()
    {
        var cards = new[]
        {
            new VCard(VCardVersion.Version40, [VCardProperty.Text("FN", "Zoë")]),
            new VCard(VCardVersion.Version40, [VCardProperty.Text("FN", "Bob")]),
        };

        var bytes = await Io.WriteAsync(cards, VCardVersion.Version40);

        Assert.Equal((byte)'B', bytes[0]);
        Assert.Equal(cards, await Io.ReadAsync(bytes));
    }

    [Fact]
    public void Properties_RefuseWhatTheWriterOwnsOrCannotWrite()
    {
        Assert.Throws<ArgumentException>(() => VCardProperty.Text("VERSION", "4.0"));
        Assert.Throws<ArgumentException>(() => VCardProperty.Text("bad name", "x"));
        Assert.Throws<ArgumentException>(() => VCardProperty.Text("N", "x"));
        Assert.Throws<ArgumentException>(() => VCardProperty.Structured("ORG", [["a", "b"]]));
        Assert.Throws<ArgumentException>(() => VCardProperty.Structured("NOTE", [["a"], ["b"]]));
        Assert.Throws<ArgumentException>(() => new VCardParameter("ENCODING", "b"));
        Assert.Throws<ArgumentException>(() => new VCardParameter("TYPE", "a,b"));
        Assert.Throws<ArgumentException>(() => new VCardParameter("TYPE"));
    }

    [Fact]
    public void Properties_MergeTypeParametersAndNormalizeLineBreaks()
    {
        var property = VCardProperty.Text("tel", "1\r\n2\r3", [new VCardParameter("type", "work"), new VCardParameter("PREF", "1"), new VCardParameter("TYPE", "voice")]);

        Assert.Equal("TEL", property.Name);
        Assert.Equal("1\n2\n3", property.Value);
        Assert.Equal(["TYPE", "PREF"], property.Parameters.Select(p => p.Name));
        Assert.Equal(["work", "voice"], property.Types);
    }
}
