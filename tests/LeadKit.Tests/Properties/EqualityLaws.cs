namespace LeadKit.Tests.Properties;

/// <summary>The equality laws every LeadKit value type obeys, checked on two random values and an equal, independently built copy of the first.</summary>
internal static class EqualityLaws
{
    public static void Check<T>(T x, T y, T copyOfX)
        where T : IEquatable<T>
    {
        // Reflexive.
        Assert.True(x.Equals(x), $"{x} does not equal itself.");

        // An independently built equal value: equal both ways, through every overload, with the same hash.
        Assert.True(x.Equals(copyOfX), $"{x} does not equal its rebuilt copy {copyOfX}.");
        Assert.True(copyOfX.Equals(x), $"The rebuilt copy {copyOfX} does not equal {x}.");
        Assert.True(x.Equals((object?)copyOfX), $"{x}.Equals(object) disagrees with Equals({typeof(T).Name}).");
        Assert.Equal(x.GetHashCode(), copyOfX.GetHashCode());

        // Symmetric, consistent with Equals(object), and equal values hash alike.
        Assert.Equal(x.Equals(y), y.Equals(x));
        Assert.Equal(x.Equals(y), x.Equals((object?)y));
        if (x.Equals(y))
        {
            Assert.Equal(x.GetHashCode(), y.GetHashCode());
        }

        // Never equal to null or to another type.
        Assert.False(x.Equals((object?)null));
        Assert.False(x.Equals(new object()));
    }
}
