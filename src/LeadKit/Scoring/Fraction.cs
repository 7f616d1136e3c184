using System;
using System.Globalization;

namespace LeadKit.Scoring;

/// <summary>
/// An exact rational number <c>Numerator / Denominator</c>, kept in lowest terms with a positive
/// denominator: the form a score's percent takes (<c>100 · M / W</c>, e.g. 50/3 for 16.67 %), so it
/// never drifts the way a rounded float does. <see cref="ToDecimal"/> and <see cref="Round"/> give
/// decimal views for display.
/// </summary>
public readonly struct Fraction : IEquatable<Fraction>, IComparable<Fraction>
{
    private readonly long _denominatorMinusOne;

    /// <summary>Creates the fraction <paramref name="numerator"/> / <paramref name="denominator"/>, reduced to lowest terms.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, not zero.</param>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    /// <exception cref="OverflowException">A value is <see cref="long.MinValue"/>.</exception>
    public Fraction(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            throw new DivideByZeroException("A fraction's denominator cannot be zero.");
        }

        if (numerator == long.MinValue || denominator == long.MinValue)
        {
            throw new OverflowException("A fraction's numerator and denominator are above long.MinValue.");
        }

        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = Gcd(Math.Abs(numerator), denominator);
        Numerator = numerator / gcd;
        _denominatorMinusOne = (denominator / gcd) - 1;
    }

    /// <summary>Gets zero (0/1), also the value of <c>default(Fraction)</c>.</summary>
    public static Fraction Zero => default;

    /// <summary>Gets the numerator (its sign is the fraction's sign).</summary>
    public long Numerator { get; }

    /// <summary>Gets the denominator, always positive.</summary>
    public long Denominator => _denominatorMinusOne + 1;

    /// <summary>Gets a value indicating whether the fraction is a whole number.</summary>
    public bool IsInteger => Denominator == 1;

    /// <summary>Converts a whole number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator Fraction(long value) => new(value, 1);

    /// <summary>Compares two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Fraction left, Fraction right) => left.Equals(right);

    /// <summary>Compares two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Fraction left, Fraction right) => !left.Equals(right);

    /// <summary>Compares two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Fraction left, Fraction right) => left.CompareTo(right) < 0;

    /// <summary>Compares two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>Whether <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(Fraction left, Fraction right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>Whether <paramref name="left"/> is larger.</returns>
    public static bool operator >(Fraction left, Fraction right) => left.CompareTo(right) > 0;

    /// <summary>Compares two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>Whether <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(Fraction left, Fraction right) => left.CompareTo(right) >= 0;

    /// <summary>Creates a fraction from a whole number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The fraction <paramref name="value"/>/1.</returns>
    public static Fraction FromInt64(long value) => new(value, 1);

    /// <summary>Parses <c>50/3</c>, <c>-7/2</c> or a whole number such as <c>50</c> (invariant digits, no spaces).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The fraction, in lowest terms.</returns>
    /// <exception cref="FormatException">The text is not a fraction.</exception>
    public static Fraction Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var numeratorText = slash < 0 ? text : text[..slash];
        var denominatorText = slash < 0 ? "1" : text[(slash + 1)..];
        if (!long.TryParse(numeratorText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var numerator)
            || !long.TryParse(denominatorText, NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
            || denominator == 0
            || numerator == long.MinValue)
        {
            throw new FormatException($"'{text}' is not a fraction: write n or n/d with a positive d, e.g. 50/3.");
        }

        return new Fraction(numerator, denominator);
    }

    /// <summary>Returns the closest <see cref="decimal"/> (exact when the fraction has a terminating decimal expansion that fits).</summary>
    /// <returns>The decimal value, e.g. 16.666666666666666666666666667 for 50/3.</returns>
    public decimal ToDecimal() => (decimal)Numerator / Denominator;

    /// <summary>
    /// Rounds to <paramref name="decimals"/> decimal places, halves away from zero, computed exactly
    /// (no intermediate rounding): 50/3 gives 16.67, 100/8 gives 12.5 at one place and 13 at none.
    /// </summary>
    /// <param name="decimals">The number of decimal places, 0 to 18.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0..18.</exception>
    /// <exception cref="OverflowException">The result does not fit a <see cref="decimal"/>.</exception>
    public decimal Round(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 18);
        Int128 power = 1;
        for (var i = 0; i < decimals; i++)
        {
            power *= 10;
        }

        var magnitude = ((Int128)Math.Abs(Numerator) * power * 2) + Denominator;
        var rounded = magnitude / ((Int128)Denominator * 2);
        if (rounded > (Int128)decimal.MaxValue)
        {
            throw new OverflowException("The rounded fraction does not fit a decimal.");
        }

        var value = (decimal)rounded / (decimal)power;
        return Numerator < 0 ? -value : value;
    }

    /// <inheritdoc />
    public bool Equals(Fraction other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fraction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <inheritdoc />
    public int CompareTo(Fraction other) => ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);

    /// <summary>Returns <c>50/3</c>, or <c>50</c> for a whole number: the form <see cref="Parse"/> reads.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsInteger
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }
}
