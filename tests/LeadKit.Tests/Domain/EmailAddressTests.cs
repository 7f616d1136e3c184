using LeadKit.Leads;
using LeadKit.Validation;

namespace LeadKit.Tests.Domain;

public sealed class EmailAddressTests
{
    [Fact]
    public void Parse_SimpleAddress_SplitsLocalPartAndDomain()
    {
        var address = EmailAddress.Parse("ann.lee@example.com");

        Assert.Equal("ann.lee", address.LocalPart);
        Assert.Equal("example.com", address.Domain);
        Assert.Equal("ann.lee@example.com", address.Value);
        Assert.Equal("ann.lee@example.com", address.ToString());
    }

    [Fact]
    public void Parse_SurroundingWhiteSpace_IsIgnored()
    {
        Assert.Equal("ann@example.com", EmailAddress.Parse("  ann@example.com \t").Value);
    }

    [Theory]
    [InlineData("first.o'neil+tag@example.co.uk")]
    [InlineData("a!#$%&'*+-/=?^_`{|}~z@example.com")]
    [InlineData("x@a-b.example.org")]
    [InlineData("x@123.example.com")]
    [InlineData("josé@example.com")]
    public void Parse_ValidSyntax_IsAccepted(string text)
    {
        Assert.Equal(text, EmailAddress.Parse(text).Value);
    }

    [Theory]
    [InlineData("ann@bücher.de")]
    [InlineData("ann@例え.jp")]
    [InlineData("ann@xn--bcher-kva.de")]
    [InlineData("ann@пример.рф")]
    public void Parse_InternationalisedDomain_IsAccepted(string text)
    {
        var address = EmailAddress.Parse(text);

        Assert.Equal(text, address.Value);
    }

    [Fact]
    public void Parse_NoAt_IsRefusedWithMissingAt()
    {
        var error = ValidationAssert.Single(() => EmailAddress.Parse("ann.example.com"), string.Empty, "LeadKit.EmailAddress.MissingAt");

        Assert.Equal("ann.example.com", error.AttemptedValue);
    }

    [Fact]
    public void Parse_EmptyLocalPart_IsRefusedWithLocalPartRequired()
    {
        ValidationAssert.Single(() => EmailAddress.Parse("@example.com"), "LocalPart", "LeadKit.EmailAddress.LocalPartRequired");
    }

    [Fact]
    public void Parse_EmptyDomain_IsRefusedWithDomainRequired()
    {
        ValidationAssert.Single(() => EmailAddress.Parse("ann@"), "Domain", "LeadKit.EmailAddress.DomainRequired");
    }

    [Theory]
    [InlineData("ann..lee@example.com")]
    [InlineData(".ann@example.com")]
    [InlineData("ann.@example.com")]
    [InlineData("ann lee@example.com")]
    [InlineData("ann\"lee@example.com")]
    [InlineData("ann@lee@example.com")]
    [InlineData("ann(lee)@example.com")]
    public void Parse_BadLocalPart_IsRefusedWithSyntax(string text)
    {
        ValidationAssert.Single(() => EmailAddress.Parse(text), "LocalPart", "LeadKit.EmailAddress.Syntax");
    }

    [Theory]
    [InlineData("ann@-example.com")]
    [InlineData("ann@example-.com")]
    [InlineData("ann@exa_mple.com")]
    [InlineData("ann@example..com")]
    [InlineData("ann@.example.com")]
    [InlineData("ann@example.com.")]
    [InlineData("ann@exa mple.com")]
    [InlineData("ann@[192.168.0.1]")]
    public void Parse_BadDomainLabel_IsRefusedWithDomain(string text)
    {
        ValidationAssert.Single(() => EmailAddress.Parse(text), "Domain", "LeadKit.EmailAddress.Domain");
    }

    [Fact]
    public void Parse_LabelLongerThan63_IsRefusedWithDomain()
    {
        var text = "ann@" + new string('a', 64) + ".com";

        ValidationAssert.Single(() => EmailAddress.Parse(text), "Domain", "LeadKit.EmailAddress.Domain");
    }

    [Fact]
    public void Parse_LabelOf63_IsAccepted()
    {
        var text = "ann@" + new string('a', 63) + ".com";

        Assert.Equal(text, EmailAddress.Parse(text).Value);
    }

    [Theory]
    [InlineData("ann@localhost")]
    [InlineData("ann@com")]
    public void Parse_SingleLabelDomain_IsRefusedWithDomain(string text)
    {
        ValidationAssert.Single(() => EmailAddress.Parse(text), "Domain", "LeadKit.EmailAddress.Domain");
    }

    [Theory]
    [InlineData("ann@example.123")]
    [InlineData("ann@192.168.0.1")]
    public void Parse_NumericTopLevelDomain_IsRefusedWithDomain(string text)
    {
        ValidationAssert.Single(() => EmailAddress.Parse(text), "Domain", "LeadKit.EmailAddress.Domain");
    }

    [Fact]
    public void Parse_LocalPartOf64_IsAccepted()
    {
        var text = new string('a', EmailAddressValidator.MaxLocalPartLength) + "@example.com";

        Assert.Equal(text, EmailAddress.Parse(text).Value);
    }

    [Fact]
    public void Parse_LocalPartOf65_IsRefusedWithLocalPartTooLong()
    {
        var text = new string('a', EmailAddressValidator.MaxLocalPartLength + 1) + "@example.com";

        ValidationAssert.Single(() => EmailAddress.Parse(text), "LocalPart", "LeadKit.EmailAddress.LocalPartTooLong");
    }

    [Fact]
    public void Parse_WholeAddressOf254_IsAccepted()
    {
        var text = new string('a', 64) + "@" + LongDomain(189);

        Assert.Equal(EmailAddressValidator.MaxLength, text.Length);
        Assert.Equal(text, EmailAddress.Parse(text).Value);
    }

    [Fact]
    public void Parse_WholeAddressOf255_IsRefusedWithTooLong()
    {
        var text = new string('a', 64) + "@" + LongDomain(190);

        Assert.Equal(EmailAddressValidator.MaxLength + 1, text.Length);
        ValidationAssert.Single(() => EmailAddress.Parse(text), "Value", "LeadKit.EmailAddress.TooLong");
    }

    [Fact]
    public void Parse_DomainLongerThan253_IsRefusedWithDomain()
    {
        var text = "a@" + LongDomain(254);

        ValidationAssert.Contains(() => EmailAddress.Parse(text), "Domain", "LeadKit.EmailAddress.Domain");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => EmailAddress.Parse(null!));
    }

    [Fact]
    public void Parse_Refusal_IsALeadKitExceptionNamingTheType()
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => EmailAddress.Parse("ann@localhost"));

        Assert.IsAssignableFrom<LeadKitException>(ex);
        Assert.Equal(nameof(EmailAddress), ex.TypeName);
    }

    [Theory]
    [InlineData("ann@example.com", true)]
    [InlineData(" ann@bücher.de ", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("ann", false)]
    [InlineData("@example.com", false)]
    [InlineData("ann..lee@example.com", false)]
    [InlineData("ann@localhost", false)]
    [InlineData("ann@example.123", false)]
    public void TryParse_Text_AgreesWithParse(string? text, bool expected)
    {
        var ok = EmailAddress.TryParse(text, out var address);

        Assert.Equal(expected, ok);
        Assert.Equal(expected, address is not null);
        if (expected)
        {
            Assert.Equal(EmailAddress.Parse(text!), address);
        }
        else if (text is not null)
        {
            Assert.Throws<LeadKitValidationException>(() => EmailAddress.Parse(text));
        }
    }

    [Fact]
    public void TryParse_TooLongLocalPartOrAddress_ReturnsFalse()
    {
        Assert.False(EmailAddress.TryParse(new string('a', 65) + "@example.com", out _));
        Assert.False(EmailAddress.TryParse(new string('a', 64) + "@" + LongDomain(190), out _));
    }

    [Fact]
    public void Equals_DomainDiffersOnlyInCase_IsEqual()
    {
        var lower = EmailAddress.Parse("ann@example.com");
        var upper = EmailAddress.Parse("ann@EXAMPLE.com");

        Assert.Equal(lower, upper);
        Assert.True(lower == upper);
        Assert.False(lower != upper);
        Assert.Equal(lower.GetHashCode(), upper.GetHashCode());
        Assert.Equal("EXAMPLE.com", upper.Domain);
    }

    [Fact]
    public void Equals_LocalPartDiffersOnlyInCase_IsNotEqual()
    {
        var lower = EmailAddress.Parse("ann@example.com");
        var upper = EmailAddress.Parse("Ann@example.com");

        Assert.NotEqual(lower, upper);
        Assert.False(lower == upper);
        Assert.True(lower != upper);
    }

    [Fact]
    public void Equals_Null_IsHandled()
    {
        var address = EmailAddress.Parse("ann@example.com");

        Assert.False(address.Equals(null));
        Assert.False(address.Equals((object?)null));
        Assert.False(address == null);
        Assert.True((EmailAddress?)null == null);
        Assert.True(address.Equals((object)EmailAddress.Parse("ann@Example.Com")));
    }

    /// <summary>A valid domain of exactly <paramref name="length"/> characters made of labels of at most 63.</summary>
    private static string LongDomain(int length)
    {
        var labels = new List<string>();
        var remaining = length - 4; // room for ".com"
        while (remaining > 0)
        {
            var size = Math.Min(63, remaining);
            if (remaining - size == 1)
            {
                size--; // never leave a single character for the separator alone
            }

            labels.Add(new string('b', size));
            remaining -= size + 1;
        }

        var domain = string.Join('.', labels) + ".com";
        Assert.Equal(length, domain.Length);
        return domain;
    }
}
