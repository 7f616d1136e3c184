using FsCheck.Xunit;
using LeadKit.Leads;
using LeadKit.Testing;

namespace LeadKit.Tests.Properties;

[Properties(Arbitrary = new[] { typeof(LeadKitArbitraries) }, MaxTest = 500)]
public sealed class EmailAddressPropertyTests
{
    [Property]
    public void Parse_OfToString_GivesAnEqualAddressWithTheSameText(EmailAddress address)
    {
        var parsed = EmailAddress.Parse(address.ToString());

        Assert.Equal(address, parsed);
        Assert.Equal(address.Value, parsed.Value);
        Assert.Equal(address.LocalPart, parsed.LocalPart);
        Assert.Equal(address.Domain, parsed.Domain);
    }

    [Property]
    public void TryParse_OfToString_AgreesWithParse(EmailAddress address)
    {
        Assert.True(EmailAddress.TryParse(" " + address.Value + "\t", out var parsed));
        Assert.Equal(address, parsed);
    }

    [Property]
    public void Equals_DomainInAnotherCase_IsEqualWithTheSameHash(EmailAddress address)
    {
        foreach (var domain in new[] { address.Domain.ToUpperInvariant(), address.Domain.ToLowerInvariant(), SwapAsciiCase(address.Domain) })
        {
            var other = EmailAddress.Parse(address.LocalPart + "@" + domain);

            Assert.Equal(address, other);
            Assert.True(address == other);
            Assert.Equal(address.GetHashCode(), other.GetHashCode());
        }
    }

    [Property]
    public void Equals_LocalPartInAnotherCase_IsNotEqual(EmailAddress address)
    {
        var swapped = SwapAsciiCase(address.LocalPart);
        if (swapped == address.LocalPart)
        {
            return; // no ASCII letter to change
        }

        var other = EmailAddress.Parse(swapped + "@" + address.Domain);

        Assert.NotEqual(address, other);
        Assert.True(address != other);
    }

    private static string SwapAsciiCase(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c));
}
