using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class RatingTests
{
    [Fact]
    public void Constructor_TrimsTheName()
    {
        var rating = new Rating(" Good ");

        Assert.Equal("Good", rating.Name);
        Assert.Equal("Good", rating.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_Blank_IsRefusedWithRequired(string? name)
    {
        ValidationAssert.Single(() => new Rating(name!), string.Empty, "LeadKit.Rating.Required");
    }

    [Fact]
    public void Constructor_NameOf101_IsRefusedWithTooLong()
    {
        ValidationAssert.Single(() => new Rating(new string('a', Rating.MaxLength + 1)), string.Empty, "LeadKit.Rating.TooLong");
    }

    [Fact]
    public void Equals_DiffersOnlyInCase_IsEqual()
    {
        var a = new Rating("Excellent");
        var b = new Rating("excellent");

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Rating("Poor"));
        Assert.False(a.Equals(null));
    }
}
