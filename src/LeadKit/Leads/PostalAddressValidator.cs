using FluentValidation;

namespace LeadKit.Leads;

/// <summary>Validates a <see cref="PostalAddress"/>.</summary>
public sealed class PostalAddressValidator : AbstractValidator<PostalAddress>
{
    /// <summary>Gets the shared instance.</summary>
    public static PostalAddressValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public PostalAddressValidator()
    {
        RuleFor(a => a.Kind).IsInEnum().WithErrorCode("LeadKit.PostalAddress.Kind");
        RuleFor(a => a).Must(a => a.Street is not null || a.PoBox is not null || a.City is not null || a.State is not null || a.PostalCode is not null || a.Country is not null)
            .WithName("Address").OverridePropertyName(string.Empty)
            .WithErrorCode("LeadKit.PostalAddress.Empty").WithMessage("A postal address needs at least one component (street, PO box, city, state, postal code or country).");
        RuleFor(a => a.Street).MaximumLength(PostalAddress.MaxComponentLength).WithErrorCode("LeadKit.PostalAddress.TooLong");
        RuleFor(a => a.PoBox).MaximumLength(PostalAddress.MaxComponentLength).WithErrorCode("LeadKit.PostalAddress.TooLong");
        RuleFor(a => a.City).MaximumLength(PostalAddress.MaxComponentLength).WithErrorCode("LeadKit.PostalAddress.TooLong");
        RuleFor(a => a.State).MaximumLength(PostalAddress.MaxComponentLength).WithErrorCode("LeadKit.PostalAddress.TooLong");
        RuleFor(a => a.PostalCode).MaximumLength(PostalAddress.MaxComponentLength).WithErrorCode("LeadKit.PostalAddress.TooLong");
        RuleFor(a => a.Country).MaximumLength(PostalAddress.MaxComponentLength).WithErrorCode("LeadKit.PostalAddress.TooLong");
    }
}
