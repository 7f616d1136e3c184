using System;

namespace LeadKit.Cli.Rendering;

/// <summary>Draws a star rating the way LeadKit shows scores: ★★★☆☆.</summary>
internal static class Stars
{
    /// <summary>The stars of the default scale.</summary>
    public const int DefaultScale = 5;

    /// <summary>Draws <paramref name="stars"/> filled stars out of at least <see cref="DefaultScale"/>.</summary>
    /// <param name="stars">The filled stars.</param>
    /// <returns>The text, e.g. <c>★★★☆☆</c>.</returns>
    public static string Draw(int stars)
    {
        var filled = Math.Max(0, stars);
        return new string('★', filled) + new string('☆', Math.Max(DefaultScale, filled) - filled);
    }
}
