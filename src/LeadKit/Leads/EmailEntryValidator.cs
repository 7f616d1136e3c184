using FluentValidation;

namespace LeadKit.Leads;

/// <summary>Validates an <see cref="EmailEntry"/>.</summary>
public sealed class EmailEntryValidator : AbstractValidator<EmailEntry>
{
    /// <summary>Gets the shared instance.</summary>
    public static EmailEntryValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public EmailEntryValidator()
    {
        RuleFor(e => e.Kind).IsInEnum().WithErrorCode("LeadKit.EmailEntry.Kind");
        RuleFor(e => e.Address).NotNull().WithErrorCode("LeadKit.EmailEntry.AddressRequired");
        RuleFor(e => e.DisplayName).MaximumLength(EmailEntry.MaxDisplayNameLength).WithErrorCode("LeadKit.EmailEntry.DisplayNameTooLong");
    }
}
