using System;
using LeadKit.Utility;

namespace LeadKit.Leads;

/// <summary>
/// One phone number of a record: its kind and the number as written (digits, spaces, <c>+ - ( ) . /</c>,
/// and an optional extension such as <c>x123</c> or <c>ext. 123</c>).
/// </summary>
public sealed record PhoneNumber
{
    /// <summary>The longest number accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Creates a phone number.</summary>
    /// <param name="kind">The kind of number.</param>
    /// <param name="number">The number as written; trimmed; at least three digits.</param>
    /// <exception cref="Validation.LeadKitValidationException">The number is empty, has no digits, uses characters a phone number cannot hold, or is too long.</exception>
    public PhoneNumber(PhoneKind kind, string number)
    {
        Kind = kind;
        Number = number?.Trim() ?? string.Empty;
        Preconditions.Validated(this, PhoneNumberValidator.Instance, nameof(PhoneNumber), PhoneNumberValidator.Accepts);
    }

    /// <summary>Gets the kind of number.</summary>
    public PhoneKind Kind { get; }

    /// <summary>Gets the number as written.</summary>
    public string Number { get; }

    /// <summary>Gets only the digits of the number (and a leading <c>+</c>), without any extension: the form used to find duplicates.</summary>
    public string Digits
    {
        get
        {
            var main = PhoneNumberValidator.MainPart(Number);
            Span<char> digits = stackalloc char[main.Length];
            var length = 0;
            foreach (var c in main)
            {
                if (char.IsAsciiDigit(c) || (c == '+' && length == 0))
                {
                    digits[length++] = c;
                }
            }

            return new string(digits[..length]);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Number}";
}
