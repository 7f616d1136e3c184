using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class LeadSourceTests
{
    [Fact]
    public void Constructor_TrimsTheName()
    {
        var source = new LeadSource("  Trade Show ");

        Assert.Equal("Trade Show", source.Name);
        Assert.Equal("Trade Show", source.ToString());
    }

    [Fact]
    public void Constructor_NewSourceTypedIn_IsAccepted()
    {
        Assert.Equal("Podcast", new LeadSource("Podcast").Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_Blank_IsRefusedWithRequired(string? name)
    {
        ValidationAssert.Single(() => new LeadSource(name!), string.Empty, "LeadKit.LeadSource.Required");
    }

    [Fact]
    public void Constructor_NameOf101_IsRefusedWithTooLong()
    {
        ValidationAssert.Single(() => new LeadSource(new string('a', LeadSource.MaxLength + 1)), string.Empty, "LeadKit.LeadSource.TooLong");
    }

    [Fact]
    public void Constructor_NameOf100_IsAccepted()
    {
        Assert.Equal(100, new LeadSource(new string('a', LeadSource.MaxLength)).Name.Length);
    }

    [Fact]
    public void Equals_DiffersOnlyInCase_IsEqual()
    {
        var a = new LeadSource("Web");
        var b = new LeadSource("WEB");

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new LeadSource("Seminar"));
        Assert.False(a.Equals(null));
    }
}
