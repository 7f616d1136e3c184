using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>
/// A person's name: the full name (the only required field of a lead) and its optional parts.
/// Immutable; every instance is valid.
/// </summary>
public sealed record PersonName
{
    private static readonly HashSet<string> KnownPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Rev", "Rev.",
    };

    private static readonly HashSet<string> KnownSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "PhD", "Ph.D.", "MD", "M.D.", "Esq", "Esq.",
    };

    /// <summary>Creates a name from its full form and explicit parts.</summary>
    /// <param name="fullName">The full name as it should be displayed; required, trimmed, at most 255 characters.</param>
    /// <param name="prefix">Title or prefix, e.g. <c>Dr.</c>.</param>
    /// <param name="first">Given name.</param>
    /// <param name="middle">Middle name(s).</param>
    /// <param name="last">Family name.</param>
    /// <param name="suffix">Suffix, e.g. <c>Jr.</c>.</param>
    /// <exception cref="Validation.LeadKitValidationException">The full name is missing or a part is too long.</exception>
    public PersonName(string fullName, string? prefix = null, string? first = null, string? middle = null, string? last = null, string? suffix = null)
    {
        FullName = fullName?.Trim() ?? string.Empty;
        Prefix = Preconditions.NullIfBlank(prefix);
        First = Preconditions.NullIfBlank(first);
        Middle = Preconditions.NullIfBlank(middle);
        Last = Preconditions.NullIfBlank(last);
        Suffix = Preconditions.NullIfBlank(suffix);
        Preconditions.Validated(this, PersonNameValidator.Instance, nameof(PersonName), PersonNameValidator.Accepts);
    }

    /// <summary>Gets the full name, never empty.</summary>
    public string FullName { get; }

    /// <summary>Gets the title or prefix, e.g. <c>Dr.</c>.</summary>
    public string? Prefix { get; }

    /// <summary>Gets the given name.</summary>
    public string? First { get; }

    /// <summary>Gets the middle name(s).</summary>
    public string? Middle { get; }

    /// <summary>Gets the family name.</summary>
    public string? Last { get; }

    /// <summary>Gets the suffix, e.g. <c>Jr.</c>.</summary>
    public string? Suffix { get; }

    /// <summary>
    /// Builds a name from its parts; the full name is composed as "prefix first middle last suffix".
    /// </summary>
    /// <param name="prefix">Title or prefix.</param>
    /// <param name="first">Given name.</param>
    /// <param name="middle">Middle name(s).</param>
    /// <param name="last">Family name.</param>
    /// <param name="suffix">Suffix.</param>
    /// <returns>The name.</returns>
    /// <exception cref="Validation.LeadKitValidationException">Every part is empty, or a part is too long.</exception>
    public static PersonName FromParts(string? prefix, string? first, string? middle, string? last, string? suffix)
    {
        // The parts that are not blank, trimmed, joined by single spaces (on the stack: a file import names every row so).
        Span<string?> parts = [prefix, first, middle, last, suffix];
        var count = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (Preconditions.NullIfBlank(parts[i]) is { } text)
            {
                parts[count++] = text;
            }
        }

        return new PersonName(string.Join(' ', (ReadOnlySpan<string?>)parts[..count]), prefix, first, middle, last, suffix);
    }

    /// <summary>
    /// Parses a full name into parts: "Last, First Middle" (a comma puts the family name first),
    /// otherwise "Prefix First Middle Last Suffix" with common prefixes (Dr., Ms., …) and suffixes
    /// (Jr., PhD, …) recognised. A single word becomes the first name.
    /// </summary>
    /// <param name="fullName">The name as typed or found in a file or e-mail header.</param>
    /// <returns>The name, whose <see cref="FullName"/> is the input normalised to "First Middle Last" order with single spaces.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The name is empty or too long.</exception>
    public static PersonName Parse(string fullName)
    {
        var text = string.Join(' ', (fullName ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0)
        {
            return new PersonName(text);
        }

        string? last = null;
        string rest = text;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma < text.Length - 1)
        {
            var afterComma = text[(comma + 1)..].Trim();
            if (!KnownSuffixes.Contains(afterComma))
            {
                last = text[..comma].Trim();
                rest = afterComma;
            }
        }

        var words = rest.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        string? prefix = null;
        string? suffix = null;
        if (words.Count > 1 && KnownPrefixes.Contains(words[0]))
        {
            prefix = words[0];
            words.RemoveAt(0);
        }

        if (words.Count > 1 && KnownSuffixes.Contains(words[^1]))
        {
            suffix = words[^1];
            words.RemoveAt(words.Count - 1);
        }

        if (last is null && words.Count > 1)
        {
            last = words[^1];
            words.RemoveAt(words.Count - 1);
        }

        string? first = words.Count > 0 ? words[0] : null;
        string? middle = words.Count > 1 ? string.Join(' ', words.Skip(1)) : null;
        if (first is null && last is not null)
        {
            (first, last) = (last, null);
        }

        var full = string.Join(' ', new[] { prefix, first, middle, last, suffix }.Where(p => p is not null));
        return new PersonName(full, prefix, first, middle, last, suffix);
    }

    /// <inheritdoc />
    public override string ToString() => FullName;
}
