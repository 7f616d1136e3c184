using FluentValidation;

namespace LeadKit.History;

/// <summary>Validates an <see cref="Opportunity"/>.</summary>
public sealed class OpportunityValidator : AbstractValidator<Opportunity>
{
    /// <summary>Gets the shared instance.</summary>
    public static OpportunityValidator Instance { get; } = new();

    /// <summary>Creates the validator.</summary>
    public OpportunityValidator()
    {
        RuleFor(o => o.Title).NotEmpty().WithErrorCode("LeadKit.Opportunity.TitleRequired");
        RuleFor(o => o.Title).MaximumLength(255).WithErrorCode("LeadKit.Opportunity.TitleTooLong");
        RuleFor(o => o.CurrencyCode).Matches("^[A-Z]{3}$").WithErrorCode("LeadKit.Opportunity.CurrencyCode")
            .WithMessage(o => $"'{o.CurrencyCode}' is not an ISO 4217 currency code such as EUR.");
        RuleFor(o => o.Stage).IsInEnum().WithErrorCode("LeadKit.Opportunity.Stage");
        RuleFor(o => o.Probability).InclusiveBetween(0, 100).WithErrorCode("LeadKit.Opportunity.Probability");
        RuleFor(o => o.Lines).Must(l => l.Count <= 1000).WithErrorCode("LeadKit.Opportunity.TooManyLines");
    }
}
