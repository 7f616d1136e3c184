using System;
using System.Globalization;
using FluentValidation;

namespace LeadKit.Leads;

/// <summary>
/// Validates the syntax of an <see cref="EmailAddress"/>: a dot-atom local part (RFC 5322,
/// with UTF-8 letters allowed as RFC 6531 does) of at most 64 characters, and a domain of at
/// least two labels (internationalised names allowed) of at most 253 characters.
/// </summary>
public sealed class EmailAddressValidator : AbstractValidator<EmailAddress>
{
    /// <summary>The longest local part accepted.</summary>
    public const int MaxLocalPartLength = 64;

    /// <summary>The longest whole address accepted.</summary>
    public const int MaxLength = 254;

    private const string AText = "!#$%&'*+-/=?^_`{|}~";
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
    private static readonly System.Buffers.SearchValues<char> LabelCharacters = System.Buffers.SearchValues.Create("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly System.Buffers.SearchValues<char> PlainDomainCharacters = System.Buffers.SearchValues.Create(".-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <summary>Gets the shared instance.</summary>
    public static EmailAddressValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public EmailAddressValidator()
    {
        RuleFor(e => e.LocalPart).NotEmpty().WithErrorCode("LeadKit.EmailAddress.LocalPartRequired")
            .WithMessage("The e-mail address has nothing before the '@'.");
        RuleFor(e => e.LocalPart).MaximumLength(MaxLocalPartLength).WithErrorCode("LeadKit.EmailAddress.LocalPartTooLong");
        RuleFor(e => e.LocalPart).Must(IsDotAtom).When(e => !string.IsNullOrEmpty(e.LocalPart))
            .WithErrorCode("LeadKit.EmailAddress.Syntax")
            .WithMessage(e => $"'{e.LocalPart}' is not a valid local part: use letters, digits and {AText}, with single dots between words.");
        RuleFor(e => e.Domain).NotEmpty().WithErrorCode("LeadKit.EmailAddress.DomainRequired")
            .WithMessage("The e-mail address has nothing after the '@'.");
        RuleFor(e => e.Domain).Must(IsDomain).When(e => !string.IsNullOrEmpty(e.Domain))
            .WithErrorCode("LeadKit.EmailAddress.Domain")
            .WithMessage(e => $"'{e.Domain}' is not a valid domain: it needs at least two dot-separated labels of letters, digits and hyphens.");
        RuleFor(e => e.Value).MaximumLength(MaxLength).WithErrorCode("LeadKit.EmailAddress.TooLong");
    }

    internal static bool IsValid(string localPart, string domain) =>
        localPart.Length is > 0 and <= MaxLocalPartLength && IsDotAtom(localPart) && IsDomain(domain)
        && localPart.Length + 1 + domain.Length <= MaxLength;

    private static bool IsDotAtom(string local)
    {
        if (local.Length == 0 || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            var ok = char.IsAsciiLetterOrDigit(c) || c == '.' || AText.Contains(c, StringComparison.Ordinal) || (c > 127 && char.IsLetterOrDigit(c));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(string domain)
    {
        if (domain.Length is 0 or > 253)
        {
            return false;
        }

        // Letters, digits, dots and single hyphens only (no "xn--" label nor any other "--"): the
        // IDNA mapping could only lower-case such a name, so the label checks decide alone.
        return IsPlainAscii(domain) ? HasHostLabels(domain) : IsDomainThroughIdn(domain);
    }

    /// <summary>The domain check through the IDNA mapping (UTS #46, STD3 rules): what any name that is not <see cref="IsPlainAscii"/> takes.</summary>
    internal static bool IsDomainThroughIdn(string domain)
    {
        if (domain.Length is 0 or > 253)
        {
            return false;
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return false;
        }

        return HasHostLabels(ascii);
    }

    private static bool IsPlainAscii(string domain) =>
        !domain.AsSpan().ContainsAnyExcept(PlainDomainCharacters) && !domain.Contains("--", StringComparison.Ordinal);

    /// <summary>At least two labels of 1–63 letters, digits and inner hyphens, the last not all digits.</summary>
    private static bool HasHostLabels(string ascii)
    {
        var rest = ascii.AsSpan();
        var labels = 0;
        var last = ReadOnlySpan<char>.Empty;
        while (true)
        {
            var dot = rest.IndexOf('.');
            var label = dot < 0 ? rest : rest[..dot];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || label.ContainsAnyExcept(LabelCharacters))
            {
                return false;
            }

            labels++;
            last = label;
            if (dot < 0)
            {
                break;
            }

            rest = rest[(dot + 1)..];
        }

        // The top-level label is never all digits (that would be an IP address, not a domain).
        return labels >= 2 && last.ContainsAnyExcept(Digits);
    }
}
