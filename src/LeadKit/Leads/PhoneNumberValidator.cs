using System;
using System.Buffers;
using FluentValidation;

namespace LeadKit.Leads;

/// <summary>Validates a <see cref="PhoneNumber"/>.</summary>
public sealed class PhoneNumberValidator : AbstractValidator<PhoneNumber>
{
    private const string Punctuation = " +-().//";

    /// <summary>What the main part of a number may hold: ASCII digits and <see cref="Punctuation"/>.</summary>
    private static readonly SearchValues<char> Allowed = SearchValues.Create("0123456789" + Punctuation);

    /// <summary>Gets the shared instance.</summary>
    public static PhoneNumberValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public PhoneNumberValidator()
    {
        RuleFor(p => p.Kind).IsInEnum().WithErrorCode("LeadKit.PhoneNumber.Kind");
        RuleFor(p => p.Number).NotEmpty().WithErrorCode("LeadKit.PhoneNumber.Required").WithMessage("The phone number is empty.");
        RuleFor(p => p.Number).MaximumLength(PhoneNumber.MaxLength).WithErrorCode("LeadKit.PhoneNumber.TooLong");
        RuleFor(p => p.Number).Must(HasValidCharacters).When(p => !string.IsNullOrEmpty(p.Number))
            .WithErrorCode("LeadKit.PhoneNumber.Syntax")
            .WithMessage(p => $"'{p.Number}' is not a phone number: use digits, spaces and + - ( ) . / with an optional extension (x123).");
        RuleFor(p => p.Number).Must(n => DigitCount(MainPart(n)) >= 3).When(p => !string.IsNullOrEmpty(p.Number))
            .WithErrorCode("LeadKit.PhoneNumber.TooFewDigits")
            .WithMessage(p => $"'{p.Number}' has fewer than three digits.");
    }

    /// <summary>
    /// Whether a number passes every rule above, checked by hand: the constructor's fast path (a
    /// number this refuses runs the rules, for their errors).
    /// </summary>
    internal static bool Accepts(PhoneNumber phone) =>
        Enum.IsDefined(phone.Kind)
        && !string.IsNullOrWhiteSpace(phone.Number)
        && phone.Number.Length <= PhoneNumber.MaxLength
        && HasValidCharacters(phone.Number)
        && DigitCount(MainPart(phone.Number)) >= 3;

    internal static string WithoutExtension(string number)
    {
        var index = FindExtension(number);
        return index < 0 ? number : number[..index];
    }

    /// <summary>The number without its extension, as a span (no copy).</summary>
    internal static ReadOnlySpan<char> MainPart(string number)
    {
        var index = FindExtension(number);
        return index < 0 ? number : number.AsSpan(0, index);
    }

    private static int FindExtension(string number)
    {
        // The first marker found after the start, in this order (an "x" inside "ext" is found as "ext").
        foreach (var marker in (ReadOnlySpan<string>)["ext.", "ext", "x", "#"])
        {
            var i = number.AsSpan().IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (i > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int DigitCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    private static bool HasValidCharacters(string number)
    {
        var ext = FindExtension(number);
        var main = ext < 0 ? number.AsSpan() : number.AsSpan(0, ext);
        if (main.ContainsAnyExcept(Allowed))
        {
            return false;
        }

        if (ext < 0)
        {
            return true;
        }

        var tail = number.AsSpan(ext).TrimStart("eExXtT.# ");
        return tail.Length > 0 && !tail.ContainsAnyExceptInRange('0', '9');
    }
}
