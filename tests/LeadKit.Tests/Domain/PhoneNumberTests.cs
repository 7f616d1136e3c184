using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+1 (555) 123-4567")]
    [InlineData("01 23 45 67 89")]
    [InlineData("555.123.4567")]
    [InlineData("089/123456")]
    [InlineData("123")]
    public void Constructor_ValidNumber_IsAccepted(string text)
    {
        var phone = new PhoneNumber(PhoneKind.Business, text);

        Assert.Equal(text, phone.Number);
        Assert.Equal(PhoneKind.Business, phone.Kind);
    }

    [Fact]
    public void Constructor_SurroundingWhiteSpace_IsTrimmed()
    {
        Assert.Equal("555 1234", new PhoneNumber(PhoneKind.Home, "  555 1234 ").Number);
    }

    [Theory]
    [InlineData("+1 555 123 4567 x123", "+15551234567")]
    [InlineData("+1 555 123 4567 X123", "+15551234567")]
    [InlineData("555-1234 ext. 99", "5551234")]
    [InlineData("555-1234 ext 99", "5551234")]
    [InlineData("555-1234 EXT.99", "5551234")]
    [InlineData("555-1234 #12", "5551234")]
    [InlineData("555-1234x12", "5551234")]
    public void Constructor_Extension_IsAcceptedAndLeftOutOfDigits(string text, string digits)
    {
        var phone = new PhoneNumber(PhoneKind.Business, text);

        Assert.Equal(text, phone.Number);
        Assert.Equal(digits, phone.Digits);
    }

    [Theory]
    [InlineData("+33 (0)1 23-45.67/89", "+330123456789")]
    [InlineData("(555) 123 4567", "5551234567")]
    [InlineData("00 33 1 23", "0033123")]
    public void Digits_KeepsDigitsAndALeadingPlusOnly(string text, string digits)
    {
        Assert.Equal(digits, new PhoneNumber(PhoneKind.Mobile, text).Digits);
    }

    [Fact]
    public void Digits_PlusAfterTheStart_IsDropped()
    {
        Assert.Equal("5551234", new PhoneNumber(PhoneKind.Mobile, "555+1234").Digits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_Empty_IsRefusedWithRequired(string? text)
    {
        ValidationAssert.Single(() => new PhoneNumber(PhoneKind.Business, text!), "Number", "LeadKit.PhoneNumber.Required");
    }

    [Theory]
    [InlineData("555-CALL-NOW")]
    [InlineData("555_1234")]
    [InlineData("555*1234")]
    [InlineData("555 1234 x")]
    [InlineData("555 1234 x12a")]
    [InlineData("555 1234 ext.")]
    public void Constructor_ForbiddenCharacters_AreRefusedWithSyntax(string text)
    {
        ValidationAssert.Single(() => new PhoneNumber(PhoneKind.Business, text), "Number", "LeadKit.PhoneNumber.Syntax");
    }

    [Fact]
    public void Constructor_LettersOnly_ReportsSyntaxAndTooFewDigits()
    {
        var ex = ValidationAssert.Contains(() => new PhoneNumber(PhoneKind.Business, "abc"), "Number", "LeadKit.PhoneNumber.Syntax");

        Assert.Contains(ex.Errors, e => e.ErrorCode == "LeadKit.PhoneNumber.TooFewDigits");
    }

    [Theory]
    [InlineData("12")]
    [InlineData("+1-2")]
    [InlineData("(1)")]
    public void Constructor_FewerThanThreeDigits_IsRefusedWithTooFewDigits(string text)
    {
        ValidationAssert.Single(() => new PhoneNumber(PhoneKind.Business, text), "Number", "LeadKit.PhoneNumber.TooFewDigits");
    }

    [Fact]
    public void Constructor_DigitsOnlyInTheExtension_IsRefusedWithTooFewDigits()
    {
        ValidationAssert.Single(() => new PhoneNumber(PhoneKind.Business, "12 x345"), "Number", "LeadKit.PhoneNumber.TooFewDigits");
    }

    [Fact]
    public void Constructor_LongerThan64_IsRefusedWithTooLong()
    {
        var text = new string('1', PhoneNumber.MaxLength + 1);

        ValidationAssert.Single(() => new PhoneNumber(PhoneKind.Business, text), "Number", "LeadKit.PhoneNumber.TooLong");
    }

    [Fact]
    public void Constructor_Of64_IsAccepted()
    {
        Assert.Equal(64, new PhoneNumber(PhoneKind.Business, new string('1', PhoneNumber.MaxLength)).Number.Length);
    }

    [Fact]
    public void Constructor_UnknownKind_IsRefusedWithKind()
    {
        ValidationAssert.Single(() => new PhoneNumber((PhoneKind)99, "555 1234"), "Kind", "LeadKit.PhoneNumber.Kind");
    }

    [Fact]
    public void Equals_SameKindAndNumber_IsEqual()
    {
        Assert.Equal(new PhoneNumber(PhoneKind.Home, "555 1234"), new PhoneNumber(PhoneKind.Home, " 555 1234"));
        Assert.NotEqual(new PhoneNumber(PhoneKind.Home, "555 1234"), new PhoneNumber(PhoneKind.Business, "555 1234"));
        Assert.NotEqual(new PhoneNumber(PhoneKind.Home, "555 1234"), new PhoneNumber(PhoneKind.Home, "5551234"));
    }

    [Fact]
    public void ToString_ShowsKindAndNumber()
    {
        Assert.Equal("Mobile: 555 1234", new PhoneNumber(PhoneKind.Mobile, "555 1234").ToString());
    }
}
