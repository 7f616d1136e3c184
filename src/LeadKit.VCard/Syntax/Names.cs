namespace LeadKit.VCard.Syntax;

/// <summary>What a property, group or parameter name may be made of.</summary>
internal static class Names
{
    /// <summary>Letters, digits, <c>-</c> and <c>_</c> (the RFC allows no <c>_</c>, but real exports use it).</summary>
    internal static bool IsName(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
