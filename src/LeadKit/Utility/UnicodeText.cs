using System;
using System.Text;

namespace LeadKit.Utility;

/// <summary>Unicode normalisation that accepts any .NET string, ill-formed UTF-16 included.</summary>
internal static class UnicodeText
{
    /// <summary>
    /// Normalises text to a Unicode form. What <see cref="string.Normalize(NormalizationForm)"/> refuses
    /// with an <see cref="ArgumentException"/> — a lone surrogate (ill-formed UTF-16) or the noncharacters
    /// U+FFFE and U+FFFF — becomes U+FFFD first, so text decoded from any file can be compared.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="form">The form.</param>
    /// <returns>The normalised text.</returns>
    internal static string Normalize(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                // EnumerateRunes yields U+FFFD for a lone surrogate already.
                builder.Append(rune.Value is 0xFFFE or 0xFFFF ? Rune.ReplacementChar.ToString() : rune.ToString());
            }

            return builder.ToString().Normalize(form);
        }
    }
}
