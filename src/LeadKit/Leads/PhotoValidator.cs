using FluentValidation;

namespace LeadKit.Leads;

/// <summary>Validates a <see cref="Photo"/>: supported media type, matching signature, size limit.</summary>
public sealed class PhotoValidator : AbstractValidator<Photo>
{
    /// <summary>Gets the shared instance.</summary>
    public static PhotoValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public PhotoValidator()
    {
        RuleFor(p => p.MediaType).Must(Photo.IsSupported).WithErrorCode("LeadKit.Photo.MediaType")
            .WithMessage(p => $"Media type '{p.MediaType}' is not supported; use image/jpeg, image/png, image/gif or image/bmp.");
        RuleFor(p => p.Length).GreaterThan(0).WithErrorCode("LeadKit.Photo.Empty").WithMessage("The photo is empty.");
        RuleFor(p => p.Length).LessThanOrEqualTo(Photo.MaxBytes).WithErrorCode("LeadKit.Photo.TooLarge")
            .WithMessage(p => $"The photo is {p.Length} bytes; the limit is {Photo.MaxBytes} bytes.");
        RuleFor(p => p.Content).Must((p, _) => p.HasSignatureOfMediaType)
            .When(p => Photo.IsSupported(p.MediaType) && p.Length > 0)
            .WithErrorCode("LeadKit.Photo.Signature")
            .WithMessage(p => $"The photo's bytes are not a {p.MediaType} image.");
    }
}
