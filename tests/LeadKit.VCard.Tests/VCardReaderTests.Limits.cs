using System.Text;

namespace LeadKit.VCard.Tests;

/// <content>Every limit's error path: a typed exception naming the line, the property and the option.</content>
public sealed partial class VCardReaderTests
{
    [Fact]
    public async Task ReadAsync_LineLongerThanTheLimit_IsRefusedWithItsLine()
    {
        var text = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:" + new string('x', 200) + "\r\nEND:VCARD\r\n";

        var e = await Assert.ThrowsAsync<VCardFormatException>(() => Io.ReadAsync(text, options: new VCardReaderOptions { MaxLineLength = 100 }));

        Assert.Equal((VCardFormatError.LineTooLong, 3), (e.Error, e.LineNumber));
        Assert.Contains("MaxLineLength", e.Message, StringComparison.Ordinal);
        Assert.Single(await Io.ReadAsync(text, options: new VCardReaderOptions { MaxLineLength = 300 }));
    }

    [Fact]
    public async Task ReadAsync_CardLargerThanTheLimit_IsRefusedWithTheLineAndProperty()
    {
        var text = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:a\r\n" + string.Concat(Enumerable.Repeat(" bcdefghij\r\n", 20)) + "END:VCARD\r\n";

        var e = await Assert.ThrowsAsync<VCardFormatException>(() => Io.ReadAsync(text, options: new VCardReaderOptions { MaxCardSize = 100 }));

        Assert.Equal(VCardFormatError.CardTooLarge, e.Error);
        Assert.Equal("NOTE", e.PropertyName);
        Assert.InRange(e.LineNumber, 4, 12);
        Assert.Contains("MaxCardSize", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MoreCardsThanTheLimit_IsRefusedAtTheFirstCardTooMany()
    {
        var text = string.Concat(Enumerable.Repeat("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n", 4));
        var cards = new List<VCard>();
        using var stream = new System.IO.MemoryStream(Encoding.UTF8.GetBytes(text));

        var e = await Assert.ThrowsAsync<VCardFormatException>(async () =>
        {
            await foreach (var card in VCardReader.ReadAsync(stream, new VCardReaderOptions { MaxCards = 3 }))
            {
                cards.Add(card);
            }
        });

        Assert.Equal((VCardFormatError.TooManyCards, 10), (e.Error, e.LineNumber));
        Assert.Equal(3, cards.Count);
        Assert.Contains("MaxCards", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PHOTO;ENCODING=b;TYPE=JPEG:")]
    [InlineData("PHOTO:data:image/jpeg;base64,")]
    public async Task ReadAsync_BinaryValueLargerThanTheLimit_IsRefusedWithTheProperty(string head)
    {
        var text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n" + head + Convert.ToBase64String(new byte[3000]) + "\r\nEND:VCARD\r\n";

        var e = await Assert.ThrowsAsync<VCardFormatException>(() => Io.ReadAsync(text, options: new VCardReaderOptions { MaxBinaryValueBytes = 2000 }));

        Assert.Equal((VCardFormatError.BinaryValueTooLarge, 4, "PHOTO"), (e.Error, e.LineNumber, e.PropertyName));
        Assert.Contains("MaxBinaryValueBytes", e.Message, StringComparison.Ordinal);
        Assert.Equal(3000, Assert.Single(await Io.ReadAsync(text, options: new VCardReaderOptions { MaxBinaryValueBytes = 3000 })).Find("PHOTO")!.Data!.Value.Length);
    }

    [Fact]
    public async Task ReadAsync_LongJunkBeforeAnyCard_IsRefusedOnceItPassesTheCardSize()
    {
        var text = string.Concat(Enumerable.Repeat("not a card at all\r\n", 100)) + "BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n";

        var e = await Assert.ThrowsAsync<VCardFormatException>(() => Io.ReadAsync(text, options: new VCardReaderOptions { MaxCardSize = 500 }));

        Assert.Equal((VCardFormatError.NotAVCard, 1), (e.Error, e.LineNumber));
    }

    [Fact]
    public void Parse_Limits_ApplyToTextToo()
    {
        var e = Assert.Throws<VCardFormatException>(() => VCardReader.Parse("BEGIN:VCARD\r\nNOTE:" + new string('x', 50) + "\r\nEND:VCARD", new VCardReaderOptions { MaxLineLength = 20 }));

        Assert.Equal((VCardFormatError.LineTooLong, 2), (e.Error, e.LineNumber));
    }
}
