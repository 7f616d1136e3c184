namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// Folds text the way the filter language compares it (ordinal, ignoring case): upper-cased
/// character by character, so that equality, prefixes, substrings and order of folded text are
/// those of <see cref="System.StringComparison.OrdinalIgnoreCase"/>. NUL characters (which
/// PostgreSQL text cannot hold) become U+FFFD in stored keys and literals alike.
/// </summary>
internal static class TextKey
{
    public static string? Fold(string? text) =>
        text is null ? null : text.ToUpperInvariant().Replace('\0', '\uFFFD');
}
