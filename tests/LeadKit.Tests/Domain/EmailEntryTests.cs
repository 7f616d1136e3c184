using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class EmailEntryTests
{
    [Fact]
    public void Business_ParsesTheAddress()
    {
        var entry = EmailEntry.Business(" ann@example.com ", " Ann Lee (Business) ");

        Assert.Equal(EmailKind.Business, entry.Kind);
        Assert.Equal("ann@example.com", entry.Address.Value);
        Assert.Equal("Ann Lee (Business)", entry.DisplayName);
        Assert.Equal("Ann Lee (Business) <ann@example.com>", entry.ToString());
    }

    [Fact]
    public void Constructor_BlankDisplayName_BecomesNull()
    {
        var entry = new EmailEntry(EmailKind.Personal, EmailAddress.Parse("ann@example.com"), "  ");

        Assert.Null(entry.DisplayName);
        Assert.Equal("ann@example.com", entry.ToString());
    }

    [Fact]
    public void Business_InvalidAddress_IsRefusedByEmailAddress()
    {
        ValidationAssert.Single(() => EmailEntry.Business("ann@localhost"), "Domain", "LeadKit.EmailAddress.Domain");
    }

    [Fact]
    public void Constructor_NullAddress_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new EmailEntry(EmailKind.Business, null!));
    }

    [Fact]
    public void Constructor_UnknownKind_IsRefusedWithKind()
    {
        ValidationAssert.Single(() => new EmailEntry((EmailKind)9, EmailAddress.Parse("ann@example.com")), "Kind", "LeadKit.EmailEntry.Kind");
    }

    [Fact]
    public void Constructor_DisplayNameOf256_IsRefusedWithDisplayNameTooLong()
    {
        var address = EmailAddress.Parse("ann@example.com");

        Assert.Equal(255, new EmailEntry(EmailKind.Other, address, new string('d', 255)).DisplayName!.Length);
        ValidationAssert.Single(() => new EmailEntry(EmailKind.Other, address, new string('d', 256)), "DisplayName", "LeadKit.EmailEntry.DisplayNameTooLong");
    }

    [Fact]
    public void Equals_UsesTheAddressesEquality()
    {
        Assert.Equal(EmailEntry.Business("ann@example.com"), EmailEntry.Business("ann@EXAMPLE.COM"));
        Assert.NotEqual(EmailEntry.Business("ann@example.com"), EmailEntry.Business("Ann@example.com"));
    }
}
