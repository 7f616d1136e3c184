using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using LeadKit.Leads;
using LeadKit.Validation;

namespace LeadKit.Email;

/// <summary>
/// Turns a sender's display name (or, failing that, the address's local part) into a
/// <see cref="PersonName"/>: the rules of <c>docs/email.md</c>, "Name splitting".
/// </summary>
internal static partial class SenderName
{
    // Pairs of quotes that people (and mail clients) wrap whole display names in: "Ann Lee", 'Ann Lee'.
    private static readonly (char Open, char Close)[] QuotePairs = [('"', '"'), ('\'', '\''), ('`', '`'), ('“', '”'), ('‘', '’'), ('«', '»')];

    /// <summary>Reads the name of a sender.</summary>
    /// <param name="rawDisplayName">The display name as MimeKit decoded it (encoded words decoded, quoted strings unquoted).</param>
    /// <param name="address">The sender's address, for the fallback.</param>
    /// <param name="warnings">Where to record what the user should check.</param>
    /// <returns>The name, where it came from, and the cleaned display name (or <see langword="null"/> when it is unusable).</returns>
    public static (PersonName Name, NameSource Source, string? DisplayName) Read(string? rawDisplayName, EmailAddress address, List<CaptureWarning> warnings)
    {
        var display = Clean(rawDisplayName);
        if (display.Length == 0)
        {
            return FromLocalPart(address, "No display name", warnings);
        }

        if (IsAddress(display))
        {
            return FromLocalPart(address, $"The display name \"{display}\" is an e-mail address, not a name", warnings);
        }

        if (display.Length > EmailEntry.MaxDisplayNameLength)
        {
            return FromLocalPart(address, $"The display name is {display.Length} characters long (at most {EmailEntry.MaxDisplayNameLength} are kept)", warnings);
        }

        if (EncodedWord().IsMatch(display))
        {
            return FromLocalPart(address, $"The display name \"{display}\" holds an encoded word that could not be decoded", warnings);
        }

        var nameText = Collapse(RemoveNonNameText(display));
        if (nameText.Length == 0)
        {
            nameText = display;
        }
        else if (!string.Equals(nameText, display, StringComparison.Ordinal))
        {
            warnings.Add(new CaptureWarning(
                CaptureWarningKind.NameTextRemoved,
                $"The display name \"{display}\" holds text in parentheses or quotes that is not part of a person's name; the name is \"{nameText}\" (the e-mail keeps the whole display name)."));
        }

        var name = Split(nameText, out var split);
        if (name is null)
        {
            return FromLocalPart(address, $"The display name \"{display}\" cannot be a lead's name", warnings);
        }

        if (!split)
        {
            warnings.Add(new CaptureWarning(
                CaptureWarningKind.NameNotSplit,
                $"The display name \"{nameText}\" could not be split into name parts (a part has at most {PersonNameValidator.MaxPartLength} characters); it is kept whole as the full name."));
        }

        return (name, NameSource.DisplayName, display);
    }

    /// <summary>
    /// Makes a readable name from an address's local part: the sub-address (<c>+tag</c>) is dropped,
    /// dots and underscores separate words, digits around words are dropped, and each all-lower or
    /// all-upper word is capitalised (<c>ann.lee</c> → <c>Ann Lee</c>, <c>mary-jane_o'neil2</c> →
    /// <c>Mary-Jane O'Neil</c>). A local part with no letters is kept as it is.
    /// </summary>
    /// <param name="localPart">The local part.</param>
    /// <returns>The name text.</returns>
    public static string NameFromLocalPart(string localPart)
    {
        var plus = localPart.IndexOf('+', StringComparison.Ordinal);
        var mailbox = plus > 0 ? localPart[..plus] : localPart;
        var words = mailbox
            .Split(['.', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim("0123456789".ToCharArray()))
            .Where(w => w.Any(char.IsLetter))
            .Select(Capitalise)
            .ToList();
        return words.Count == 0 ? localPart : string.Join(' ', words);
    }

    /// <summary>Collapses every run of white space into one space and trims.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The collapsed text.</returns>
    public static string Collapse(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static (PersonName Name, NameSource Source, string? DisplayName) FromLocalPart(EmailAddress address, string reason, List<CaptureWarning> warnings)
    {
        var text = NameFromLocalPart(address.LocalPart);

        // A local part is at most 64 characters, so the whole-name fallback of Split always succeeds.
        var name = Split(text, out _) ?? new PersonName(address.LocalPart);
        warnings.Add(new CaptureWarning(
            CaptureWarningKind.NameFromAddress,
            $"{reason}: the name \"{name.FullName}\" was taken from the address's local part \"{address.LocalPart}\"; check it."));
        return (name, NameSource.AddressLocalPart, null);
    }

    private static PersonName? Split(string text, out bool split)
    {
        split = true;
        try
        {
            return PersonName.Parse(text);
        }
        catch (LeadKitValidationException)
        {
            // A word longer than a name part, or a name that is all punctuation: keep it whole.
        }

        split = false;
        try
        {
            return new PersonName(text);
        }
        catch (LeadKitValidationException)
        {
            return null;
        }
    }

    private static string Clean(string? rawDisplayName)
    {
        var text = Collapse(rawDisplayName);
        var stripped = true;
        while (stripped && text.Length >= 2)
        {
            stripped = false;
            foreach (var (open, close) in QuotePairs)
            {
                var inner = text[1..^1];
                if (text[0] == open && text[^1] == close && inner.IndexOf(open) < 0 && inner.IndexOf(close) < 0)
                {
                    text = inner.Trim();
                    stripped = true;
                    break;
                }
            }
        }

        return text;
    }

    private static bool IsAddress(string display)
    {
        if (!display.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        var candidate = display.Trim().TrimStart('<').TrimEnd('>');
        return candidate.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || EmailAddress.TryParse(candidate, out _);
    }

    /// <summary>Removes comments in parentheses (nested too) and nicknames in double quotes: <c>Jeffrey "fejj" Stedfast (Sales)</c> → <c>Jeffrey Stedfast</c>.</summary>
    private static string RemoveNonNameText(string display)
    {
        var builder = new StringBuilder(display.Length);
        var depth = 0;
        var inQuotes = false;
        foreach (var c in display)
        {
            if (!inQuotes && c == '(')
            {
                depth++;
                builder.Append(' ');
            }
            else if (!inQuotes && c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && c is '"' or '“' or '”')
            {
                inQuotes = !inQuotes;
                builder.Append(' ');
            }
            else if (depth == 0 && !inQuotes)
            {
                builder.Append(c);
            }
        }

        // An unbalanced parenthesis or quote is not a comment: keep the text as written.
        return depth == 0 && !inQuotes ? builder.ToString() : display;
    }

    private static string Capitalise(string word)
    {
        var builder = new StringBuilder(word.Length);
        var start = true;
        var lowerOrUpper = word.All(c => !char.IsLetter(c) || char.IsLower(c)) || word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        foreach (var c in word)
        {
            builder.Append(start ? char.ToUpperInvariant(c) : lowerOrUpper ? char.ToLowerInvariant(c) : c);
            start = c is '-' or '\'';
        }

        return builder.ToString();
    }

    // What is left of an RFC 2047 encoded word MimeKit could not decode: =?charset?B|Q?...
    [GeneratedRegex(@"=\?[^?\s]+\?[BbQq]\?", RegexOptions.CultureInvariant)]
    private static partial Regex EncodedWord();
}
