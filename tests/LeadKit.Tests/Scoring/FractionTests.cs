using FsCheck.Xunit;
using LeadKit.Scoring;

namespace LeadKit.Tests.LeadScoring;

/// <summary>The exact percent: fractions in lowest terms, compared and rounded exactly.</summary>
public sealed class FractionTests
{
    [Theory]
    [InlineData(100, 6, 50, 3, "50/3")]
    [InlineData(600, 6, 100, 1, "100")]
    [InlineData(0, 7, 0, 1, "0")]
    [InlineData(3, -6, -1, 2, "-1/2")]
    public void Constructor_ReducesToLowestTerms(long numerator, long denominator, long n, long d, string text)
    {
        var fraction = new Fraction(numerator, denominator);

        Assert.Equal((n, d), (fraction.Numerator, fraction.Denominator));
        Assert.Equal(text, fraction.ToString());
        Assert.Equal(fraction, Fraction.Parse(text));
    }

    [Theory]
    [InlineData(50, 3, 2, "16.67")]
    [InlineData(100, 8, 1, "12.5")]
    [InlineData(100, 8, 0, "13")]
    [InlineData(-100, 8, 0, "-13")]
    [InlineData(200, 3, 2, "66.67")]
    [InlineData(1, 3, 18, "0.333333333333333333")]
    public void Round_HalvesAwayFromZeroExactly(long numerator, long denominator, int decimals, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), new Fraction(numerator, denominator).Round(decimals));
    }

    [Fact]
    public void DefaultAndZero_AreTheSame()
    {
        Assert.Equal(Fraction.Zero, default);
        Assert.Equal(1, default(Fraction).Denominator);
        Assert.Equal("0", default(Fraction).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1/0")]
    [InlineData("1/-2")]
    [InlineData("a/b")]
    [InlineData("1.5")]
    public void Parse_Invalid_Throws(string text) => Assert.Throws<FormatException>(() => Fraction.Parse(text));

    [Fact]
    public void Constructor_ZeroDenominator_Throws() => Assert.Throws<DivideByZeroException>(() => new Fraction(1, 0));

    [Property(MaxTest = 500)]
    public bool Compare_AgreesWithCrossMultiplication(int a, int b, int c, int d)
    {
        // a/b against c/d, exactly: with positive denominators, the sign of a·d − c·b.
        (long an, long ad) = b < 0 ? (-(long)a, -(long)b) : (a, b == 0 ? 1 : b);
        (long cn, long cd) = d < 0 ? (-(long)c, -(long)d) : (c, d == 0 ? 1 : d);
        var expected = ((System.Numerics.BigInteger)an * cd).CompareTo((System.Numerics.BigInteger)cn * ad);
        return Math.Sign(new Fraction(an, ad).CompareTo(new Fraction(cn, cd))) == Math.Sign(expected);
    }

    [Property(MaxTest = 500)]
    public bool Round_MatchesDecimalRoundingOfTheExactValue(short numerator, byte denominator)
    {
        var d = denominator == 0 ? 1 : denominator;
        return new Fraction(numerator, d).Round(2) == Math.Round((decimal)numerator / d, 2, MidpointRounding.AwayFromZero);
    }
}
