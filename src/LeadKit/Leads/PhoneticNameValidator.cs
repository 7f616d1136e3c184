using FluentValidation;

namespace LeadKit.Leads;

/// <summary>Validates a <see cref="PhoneticName"/>: first and last at most 100 characters, the company at most 255.</summary>
public sealed class PhoneticNameValidator : AbstractValidator<PhoneticName>
{
    /// <summary>Gets the shared instance (validators are stateless).</summary>
    public static PhoneticNameValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public PhoneticNameValidator()
    {
        RuleFor(n => n.First).MaximumLength(PhoneticName.MaxPartLength).WithErrorCode("LeadKit.PhoneticName.PartTooLong");
        RuleFor(n => n.Last).MaximumLength(PhoneticName.MaxPartLength).WithErrorCode("LeadKit.PhoneticName.PartTooLong");
        RuleFor(n => n.Company).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode("LeadKit.PhoneticName.PartTooLong");
    }
}
