using LeadKit.Import.Duplicates;

namespace LeadKit.Tests.Import.Duplicates;

public sealed class DuplicateMatchOptionsTests
{
    [Fact]
    public void Default_HasEveryRuleAndRegionUs()
    {
        var options = new DuplicateMatchOptions();

        Assert.Equal("US", options.DefaultRegion);
        Assert.Equal([DuplicateRule.Email, DuplicateRule.Phone, DuplicateRule.NameAndCompany], options.Rules);
        Assert.True(options.Uses(DuplicateRule.NameAndCompany));
        Assert.Same(DuplicateMatchOptions.Default, MatchKeys.Default.Options);
        Assert.Same(MatchKeys.Default, new DuplicateIndex<int>().MatchKeys);
    }

    [Theory]
    [InlineData("gb", "GB")]
    [InlineData(" DE ", "DE")]
    [InlineData("jp", "JP")]
    public void DefaultRegion_AnyCase_IsReadBackInUpperCase(string region, string expected) =>
        Assert.Equal(expected, new DuplicateMatchOptions { DefaultRegion = region }.DefaultRegion);

    [Theory]
    [InlineData("XX")]
    [InlineData("UK")] // the ISO code is GB
    [InlineData("USA")]
    [InlineData("")]
    [InlineData("001")]
    public void DefaultRegion_Unknown_IsRefusedNamingIt(string region)
    {
        var error = Assert.Throws<ArgumentException>(() => new DuplicateMatchOptions { DefaultRegion = region });

        Assert.Equal(nameof(DuplicateMatchOptions.DefaultRegion), error.ParamName);
        Assert.Contains($"'{region}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultRegion_Null_IsRefused() =>
        Assert.Throws<ArgumentNullException>(() => new DuplicateMatchOptions { DefaultRegion = null! });

    [Fact]
    public void Rules_AreKeptInRuleOrderWithoutRepeats()
    {
        var options = new DuplicateMatchOptions { Rules = [DuplicateRule.NameAndCompany, DuplicateRule.Email, DuplicateRule.NameAndCompany] };

        Assert.Equal([DuplicateRule.Email, DuplicateRule.NameAndCompany], options.Rules);
        Assert.False(options.Uses(DuplicateRule.Phone));
        Assert.Equal("rules Email, NameAndCompany; region US", options.ToString());
    }

    [Fact]
    public void Rules_UnknownOrNull_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuplicateMatchOptions { Rules = [(DuplicateRule)7] });
        Assert.Throws<ArgumentNullException>(() => new DuplicateMatchOptions { Rules = null! });
    }
}
