using System;
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

    /// <summary>Whether an entry passes every rule above, checked by hand: the constructor's fast path (an entry this refuses runs the rules, for their errors).</summary>
    internal static bool Accepts(EmailEntry entry) =>
        Enum.IsDefined(entry.Kind) && entry.Address is not null && (entry.DisplayName?.Length ?? 0) <= EmailEntry.MaxDisplayNameLength;
}
