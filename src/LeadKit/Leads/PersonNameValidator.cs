using FluentValidation;

namespace LeadKit.Leads;

/// <summary>Validates a <see cref="PersonName"/>: the full name is required; parts have length limits.</summary>
public sealed class PersonNameValidator : AbstractValidator<PersonName>
{
    /// <summary>The longest full name accepted.</summary>
    public const int MaxFullNameLength = 255;

    /// <summary>The longest name part (prefix, first, middle, last, suffix) accepted.</summary>
    public const int MaxPartLength = 100;

    /// <summary>Gets the shared instance (validators are stateless).</summary>
    public static PersonNameValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public PersonNameValidator()
    {
        RuleFor(n => n.FullName).NotEmpty().WithErrorCode("LeadKit.PersonName.FullNameRequired")
            .WithMessage("The full name is required.");
        RuleFor(n => n.FullName).MaximumLength(MaxFullNameLength).WithErrorCode("LeadKit.PersonName.FullNameTooLong");
        RuleFor(n => n.Prefix).MaximumLength(MaxPartLength).WithErrorCode("LeadKit.PersonName.PartTooLong");
        RuleFor(n => n.First).MaximumLength(MaxPartLength).WithErrorCode("LeadKit.PersonName.PartTooLong");
        RuleFor(n => n.Middle).MaximumLength(MaxPartLength).WithErrorCode("LeadKit.PersonName.PartTooLong");
        RuleFor(n => n.Last).MaximumLength(MaxPartLength).WithErrorCode("LeadKit.PersonName.PartTooLong");
        RuleFor(n => n.Suffix).MaximumLength(MaxPartLength).WithErrorCode("LeadKit.PersonName.PartTooLong");
    }

    /// <summary>Whether a name passes every rule above, checked by hand: the constructor's fast path (a name this refuses runs the rules, for their errors).</summary>
    internal static bool Accepts(PersonName name) =>
        !string.IsNullOrWhiteSpace(name.FullName) && name.FullName.Length <= MaxFullNameLength
        && FitsPart(name.Prefix) && FitsPart(name.First) && FitsPart(name.Middle) && FitsPart(name.Last) && FitsPart(name.Suffix);

    private static bool FitsPart(string? part) => (part?.Length ?? 0) <= MaxPartLength;
}
