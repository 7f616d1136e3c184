using System;
using System.Linq;
using FluentValidation;

namespace LeadKit.Leads;

/// <summary>Validates a <see cref="PhoneNumber"/>.</summary>
public sealed class PhoneNumberValidator : AbstractValidator<PhoneNumber>
{
    private const string Punctuation = " +-().//";

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
        RuleFor(p => p.Number).Must(n => WithoutExtension(n).Count(char.IsAsciiDigit) >= 3).When(p => !string.IsNullOrEmpty(p.Number))
            .WithErrorCode("LeadKit.PhoneNumber.TooFewDigits")
            .WithMessage(p => $"'{p.Number}' has fewer than three digits.");
    }

    internal static string WithoutExtension(string number)
    {
        var index = FindExtension(number);
        return index < 0 ? number : number[..index];
    }

    private static int FindExtension(string number)
    {
        foreach (var marker in new[] { "ext.", "ext", "x", "#" })
        {
            var i = number.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (i > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasValidCharacters(string number)
    {
        var ext = FindExtension(number);
        var main = ext < 0 ? number : number[..ext];
        if (!main.All(c => char.IsAsciiDigit(c) || Punctuation.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        if (ext < 0)
        {
            return true;
        }

        var tail = number[ext..].TrimStart('e', 'E', 'x', 'X', 't', 'T', '.', '#', ' ');
        return tail.Length > 0 && tail.All(char.IsAsciiDigit);
    }
}
