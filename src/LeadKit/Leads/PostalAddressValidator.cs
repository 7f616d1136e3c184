using System;
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

    /// <summary>Whether an address passes every rule above, checked by hand: the constructor's fast path (an address this refuses runs the rules, for their errors).</summary>
    internal static bool Accepts(PostalAddress address) =>
        Enum.IsDefined(address.Kind)
        && (address.Street is not null || address.PoBox is not null || address.City is not null || address.State is not null || address.PostalCode is not null || address.Country is not null)
        && Fits(address.Street) && Fits(address.PoBox) && Fits(address.City) && Fits(address.State) && Fits(address.PostalCode) && Fits(address.Country);

    private static bool Fits(string? component) => (component?.Length ?? 0) <= PostalAddress.MaxComponentLength;
}
