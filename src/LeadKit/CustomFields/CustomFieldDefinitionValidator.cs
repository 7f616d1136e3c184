using System.Linq;
using FluentValidation;

namespace LeadKit.CustomFields;

/// <summary>Validates a <see cref="CustomFieldDefinition"/>.</summary>
public sealed class CustomFieldDefinitionValidator : AbstractValidator<CustomFieldDefinition>
{
    /// <summary>Gets the shared instance.</summary>
    public static CustomFieldDefinitionValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public CustomFieldDefinitionValidator()
    {
        RuleFor(d => d.RecordKind).IsInEnum().WithErrorCode("LeadKit.CustomFieldDefinition.RecordKind");
        RuleFor(d => d.Type).IsInEnum().WithErrorCode("LeadKit.CustomFieldDefinition.Type");
        RuleFor(d => d.Name).NotEmpty().WithErrorCode("LeadKit.CustomFieldDefinition.NameRequired");
        RuleFor(d => d.Name).MaximumLength(CustomFieldDefinition.MaxNameLength).WithErrorCode("LeadKit.CustomFieldDefinition.NameTooLong");
        RuleFor(d => d.Name).Must(n => n.All(c => char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '.' or '/' or '(' or ')'))
            .WithErrorCode("LeadKit.CustomFieldDefinition.NameSyntax")
            .WithMessage("A custom field name uses letters, digits, spaces and _ - . / ( ) only.");
        RuleFor(d => d.MaxLength).InclusiveBetween(1, CustomFieldDefinition.MaxTextLength).When(d => d.Type == CustomFieldType.Text)
            .WithErrorCode("LeadKit.CustomFieldDefinition.MaxLength");
        RuleFor(d => d.MaxLength).Null().When(d => d.Type != CustomFieldType.Text)
            .WithErrorCode("LeadKit.CustomFieldDefinition.MaxLengthNotText").WithMessage("Only text fields have a maximum length.");
        RuleFor(d => d.Choices).NotEmpty().When(d => d.Type == CustomFieldType.Choice)
            .WithErrorCode("LeadKit.CustomFieldDefinition.ChoicesRequired").WithMessage("A choice field needs at least one choice.");
        RuleFor(d => d.Choices).Null().When(d => d.Type != CustomFieldType.Choice)
            .WithErrorCode("LeadKit.CustomFieldDefinition.ChoicesNotChoice").WithMessage("Only choice fields have choices.");
        // One validator, so the one error code covers a missing, short or malformed code alike.
        RuleFor(d => d.CurrencyCode).Must(c => c is { Length: 3 } && c.All(char.IsAsciiLetterUpper)).When(d => d.Type == CustomFieldType.Currency)
            .WithErrorCode("LeadKit.CustomFieldDefinition.CurrencyCode").WithMessage("A currency field needs an ISO 4217 currency code such as EUR.");
        RuleFor(d => d.CurrencyCode).Null().When(d => d.Type != CustomFieldType.Currency)
            .WithErrorCode("LeadKit.CustomFieldDefinition.CurrencyNotCurrency").WithMessage("Only currency fields have a currency code.");
    }
}
