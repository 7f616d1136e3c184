using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Testing;

/// <summary>Building blocks of the shrinkers: shorter texts, simpler instants, and a guard that keeps only valid candidates.</summary>
internal static class Shrinking
{
    internal static readonly Instant SimplestInstant = NodaTime.Instant.FromUtc(2000, 1, 1, 0, 0);

    internal static readonly LocalDate SimplestDate = new(2000, 1, 1);

    /// <summary>Cuts a text to at most <paramref name="maxLength"/> characters without splitting a surrogate pair.</summary>
    internal static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut];
    }

    /// <summary>A non-blank text of exactly <paramref name="length"/> characters (for boundary tests), with some non-ASCII letters.</summary>
    internal static string Exactly(int length)
    {
        const string pattern = "Lorem-ipsum-ünï-çødé-";
        var text = string.Concat(Enumerable.Repeat(pattern, (length / pattern.Length) + 1));
        return text[..length];
    }

    /// <summary>Shorter versions of a text, biggest cut first: the first word, the first half, all but the last character.</summary>
    internal static IEnumerable<string> Text(string? text)
    {
        if (text is null || text.Length <= 1)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { text };
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && seen.Add(text[..space]))
        {
            yield return text[..space];
        }

        var half = Truncate(text, text.Length / 2);
        if (half.Length > 0 && seen.Add(half))
        {
            yield return half;
        }

        var allButLast = Truncate(text, text.Length - 1);
        if (allButLast.Length > 0 && seen.Add(allButLast))
        {
            yield return allButLast;
        }
    }

    /// <summary>Simpler versions of an instant: the simplest instant, then the same instant without sub-second or sub-day parts.</summary>
    internal static IEnumerable<Instant> Instant(Instant value)
    {
        if (value == SimplestInstant)
        {
            yield break;
        }

        yield return SimplestInstant;
        var ticks = value.ToUnixTimeTicks();
        var day = ticks - (ticks % (NodaConstants.TicksPerDay));
        var second = ticks - (ticks % NodaConstants.TicksPerSecond);
        if (day != ticks)
        {
            yield return NodaTime.Instant.FromUnixTimeTicks(day);
        }

        if (second != ticks && second != day)
        {
            yield return NodaTime.Instant.FromUnixTimeTicks(second);
        }
    }

    /// <summary>Simpler versions of a date: the simplest date, then the first of the month.</summary>
    internal static IEnumerable<LocalDate> Date(LocalDate value)
    {
        if (value == SimplestDate)
        {
            yield break;
        }

        yield return SimplestDate;
        if (value.Day != 1)
        {
            yield return new LocalDate(value.Year, value.Month, 1);
        }
    }

    /// <summary>Builds candidates, keeping those the domain accepts: a shrinker must never produce an invalid value.</summary>
    internal static IEnumerable<T> Valid<T>(IEnumerable<Func<T>> candidates)
        where T : class
    {
        foreach (var candidate in candidates)
        {
            var value = TryBuild(candidate);
            if (value is not null)
            {
                yield return value;
            }
        }
    }

    /// <summary>Builds a value, or returns <see langword="null"/> when the domain refuses it.</summary>
    internal static T? TryBuild<T>(Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (LeadKitValidationException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
