using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.Import.Duplicates;

namespace LeadKit.Tests.Import.Duplicates;

/// <summary>
/// <see cref="MatchKeys.Phone"/> keys plain numbers (digits, separators, a leading plus) from their
/// digits, and North American ones without libphonenumber. The law: the key is always the one
/// libphonenumber gives the text as written, in every default region.
/// </summary>
[Properties(MaxTest = 3_000)]
public sealed class PhoneKeyFastPathTests
{
    private static readonly string[] Regions = ["US", "CA", "JM", "GB", "DE", "IT", "FR", "AU"];

    /// <summary>Digit strings around the lengths that matter: North American ten and eleven digits first.</summary>
    private static readonly Gen<string> Digits =
        Gen.OneOf(
            from first in Gen.Elements('0', '1', '2', '5', '9')
            from rest in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), 9)
            select first + new string(rest),
            from second in Gen.Elements('0', '1', '2', '4', '8')
            from rest in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), 9)
            select "1" + second + new string(rest),
            from prefix in Gen.Elements("44", "49", "39", "33", "61", "011", "00", "0", "1", "7", "86", "")
            from length in Gen.Choose(0, 14)
            from rest in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), length)
            select prefix + new string(rest));

    /// <summary>How a number is written: a plus or not, separators between digits, perhaps something a plain number does not have.</summary>
    private static readonly Gen<string> Written =
        from digits in Digits
        from plus in Gen.Elements("", "", "+", "+ ", " +")
        from separators in Gen.ArrayOf(Gen.Elements("", "", "", " ", "-", ".", "/", "(", ")", ") ", " (", "  "), digits.Length)
        from tail in Gen.Elements("", "", "", " ", " x12", " ext. 5", "#", "\u00A0", "\t", "a", "+1", "１")
        select plus + string.Concat(digits.Select((d, i) => separators[i] + d)) + tail;

    [Property]
    public Property Phone_AnyWrittenNumber_GivesLibphonenumbersKey() =>
        Prop.ForAll(
            Arb.From(Written, text => Enumerable.Range(0, text.Length).Select(i => text.Remove(i, 1))),
            Arb.From(Gen.Elements(Regions)),
            (text, region) =>
            {
                var keys = new MatchKeys(new DuplicateMatchOptions { DefaultRegion = region });

                Assert.Equal(keys.PhoneKeyThroughLibphonenumber(text), keys.Phone(text));
            });

    [Theory]
    [InlineData("+1 (212) 200-0001", "US", "+12122000001")]
    [InlineData("(212) 200-0001", "US", "+12122000001")]
    [InlineData("+1 212 200 0001", "GB", "+12122000001")]
    [InlineData("1-212-200-0001", "US", "+12122000001")]
    [InlineData("+44 (0)20 7946 0958", "US", "+442079460958")]
    [InlineData("020 7946 0958", "GB", "+442079460958")]
    public void Phone_PlainNumbers_KeyedAsLibphonenumberKeysThem(string text, string region, string expected)
    {
        var keys = new MatchKeys(new DuplicateMatchOptions { DefaultRegion = region });

        Assert.Equal(expected, keys.Phone(text)?.Value);
        Assert.Equal(keys.PhoneKeyThroughLibphonenumber(text), keys.Phone(text));
    }
}
