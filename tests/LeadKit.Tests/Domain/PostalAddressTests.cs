using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class PostalAddressTests
{
    [Fact]
    public void Constructor_OneComponent_IsAccepted()
    {
        var address = new PostalAddress(AddressKind.Business, city: "Lyon");

        Assert.Equal("Lyon", address.City);
        Assert.False(address.IsMailing);
        Assert.Equal("Lyon", address.ToString());
    }

    [Fact]
    public void Constructor_TrimsComponentsAndBlankOnesBecomeNull()
    {
        var address = new PostalAddress(AddressKind.Home, street: " 1 Main St ", poBox: " ", city: "Springfield", state: "\t", postalCode: " 12345", country: "");

        Assert.Equal("1 Main St", address.Street);
        Assert.Null(address.PoBox);
        Assert.Null(address.State);
        Assert.Equal("12345", address.PostalCode);
        Assert.Null(address.Country);
        Assert.Equal("1 Main St, Springfield, 12345", address.ToString());
    }

    [Fact]
    public void Constructor_MultiLineStreet_KeepsTheLineBreak()
    {
        var street = "Building 4" + Environment.NewLine + "1 Main St";

        Assert.Equal(street, new PostalAddress(AddressKind.Business, street: street).Street);
    }

    [Fact]
    public void Constructor_NoComponent_IsRefusedWithEmpty()
    {
        ValidationAssert.Single(() => new PostalAddress(AddressKind.Business), string.Empty, "LeadKit.PostalAddress.Empty");
    }

    [Fact]
    public void Constructor_OnlyBlankComponents_IsRefusedWithEmpty()
    {
        ValidationAssert.Single(() => new PostalAddress(AddressKind.Home, " ", "", "\t", null, " ", " ", isMailing: true), string.Empty, "LeadKit.PostalAddress.Empty");
    }

    [Theory]
    [InlineData("Street")]
    [InlineData("PoBox")]
    [InlineData("City")]
    [InlineData("State")]
    [InlineData("PostalCode")]
    [InlineData("Country")]
    public void Constructor_ComponentOf256_IsRefusedNamingTheComponent(string component)
    {
        var text = new string('x', PostalAddress.MaxComponentLength + 1);
        Func<object?> create = component switch
        {
            "Street" => () => new PostalAddress(AddressKind.Business, street: text),
            "PoBox" => () => new PostalAddress(AddressKind.Business, poBox: text),
            "City" => () => new PostalAddress(AddressKind.Business, city: text),
            "State" => () => new PostalAddress(AddressKind.Business, state: text),
            "PostalCode" => () => new PostalAddress(AddressKind.Business, postalCode: text),
            _ => () => new PostalAddress(AddressKind.Business, country: text),
        };

        ValidationAssert.Single(create, component, "LeadKit.PostalAddress.TooLong");
    }

    [Fact]
    public void Constructor_ComponentOf255_IsAccepted()
    {
        Assert.Equal(255, new PostalAddress(AddressKind.Other, country: new string('x', 255)).Country!.Length);
    }

    [Fact]
    public void Constructor_UnknownKind_IsRefusedWithKind()
    {
        ValidationAssert.Single(() => new PostalAddress((AddressKind)7, city: "Lyon"), "Kind", "LeadKit.PostalAddress.Kind");
    }

    [Fact]
    public void WithMailing_ChangesOnlyTheFlag()
    {
        var address = new PostalAddress(AddressKind.Business, "1 Main St", "PO 7", "Lyon", "Rhône", "69001", "France");

        var mailing = address.WithMailing(true);

        Assert.True(mailing.IsMailing);
        Assert.False(address.IsMailing);
        Assert.Equal(address, mailing.WithMailing(false));
        Assert.Same(address, address.WithMailing(false));
        Assert.NotEqual(address, mailing);
    }
}
