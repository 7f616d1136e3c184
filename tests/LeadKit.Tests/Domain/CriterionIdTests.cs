using LeadKit.Scoring;
using LeadKit.Validation;

namespace LeadKit.Tests.Domain;

public sealed class CriterionIdTests
{
    [Theory]
    [InlineData("budget-confirmed")]
    [InlineData("a")]
    [InlineData("7")]
    [InlineData("9-lives")]
    [InlineData("trailing-")]
    [InlineData("double--hyphen")]
    public void Constructor_Slug_IsAccepted(string slug)
    {
        var id = new CriterionId(slug);

        Assert.Equal(slug, id.Value);
        Assert.Equal(slug, id.ToString());
    }

    [Fact]
    public void Constructor_SixtyFourCharacters_IsAccepted()
    {
        Assert.Equal(CriterionId.MaxLength, new CriterionId(new string('a', CriterionId.MaxLength)).Value.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-budget")]
    [InlineData("Budget")]
    [InlineData("budget confirmed")]
    [InlineData("budget_confirmed")]
    [InlineData("budget.confirmed")]
    [InlineData("café")]
    [InlineData(" budget")]
    public void Constructor_InvalidSlug_IsRefusedWithSyntax(string slug)
    {
        var ex = Assert.Throws<LeadKitValidationException>(() => new CriterionId(slug));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(string.Empty, error.PropertyPath);
        Assert.Equal("LeadKit.CriterionId.Syntax", error.ErrorCode);
        Assert.Equal(slug, error.AttemptedValue);
    }

    [Fact]
    public void Constructor_SixtyFiveCharacters_IsRefusedWithSyntax()
    {
        ValidationAssert.Single(() => new CriterionId(new string('a', CriterionId.MaxLength + 1)), string.Empty, "LeadKit.CriterionId.Syntax");
    }

    [Fact]
    public void Constructor_Null_IsRefusedWithSyntax()
    {
        ValidationAssert.Single(() => new CriterionId(null!), string.Empty, "LeadKit.CriterionId.Syntax");
    }

    [Theory]
    [InlineData("budget", true)]
    [InlineData("Budget", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_AgreesWithTheConstructor(string? slug, bool expected)
    {
        Assert.Equal(expected, CriterionId.TryParse(slug, out var id));
        Assert.Equal(expected ? slug : string.Empty, id.Value);
    }

    [Fact]
    public void Default_HasAnEmptyValue()
    {
        Assert.Equal(string.Empty, default(CriterionId).Value);
        Assert.Equal(string.Empty, default(CriterionId).ToString());
    }

    [Fact]
    public void Operators_CompareOrdinally()
    {
        var a = new CriterionId("a-b");
        var b = new CriterionId("ab");

        Assert.True(a < b);
        Assert.True(a <= b);
        Assert.True(a <= new CriterionId("a-b"));
        Assert.True(b > a);
        Assert.True(b >= a);
        Assert.True(b >= new CriterionId("ab"));
        Assert.False(b < a);
        Assert.False(a > b);
        Assert.True(new CriterionId("9") < new CriterionId("a"));
        Assert.Equal(0, a.CompareTo(new CriterionId("a-b")));
    }

    [Fact]
    public void Equals_SameSlug_IsEqual()
    {
        Assert.Equal(new CriterionId("need"), new CriterionId("need"));
        Assert.True(new CriterionId("need") == new CriterionId("need"));
        Assert.NotEqual(new CriterionId("need"), new CriterionId("needs"));
        Assert.Equal(new CriterionId("need").GetHashCode(), new CriterionId("need").GetHashCode());
    }
}
