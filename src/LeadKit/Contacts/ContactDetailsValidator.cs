using FluentValidation;
using LeadKit.Leads;

namespace LeadKit.Contacts;

/// <summary>Validates <see cref="ContactDetails"/>.</summary>
public sealed class ContactDetailsValidator : AbstractValidator<ContactDetails>
{
    /// <summary>Gets the shared instance.</summary>
    public static ContactDetailsValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public ContactDetailsValidator()
    {
        const string code = "LeadKit.ContactDetails.TooLong";
        RuleFor(d => d.Department).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode(code);
        RuleFor(d => d.Office).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode(code);
        RuleFor(d => d.Profession).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode(code);
        RuleFor(d => d.ManagerName).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode(code);
        RuleFor(d => d.AssistantName).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode(code);
        RuleFor(d => d.Nickname).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode(code);
        RuleFor(d => d.Spouse).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode(code);
    }
}
