using System.Linq;
using FluentValidation;
using LeadKit.CustomFields;

namespace LeadKit.Leads;

/// <summary>
/// Validates a whole record: the checks a record cannot make on its own (custom-field values
/// against the database's definitions, required custom fields) plus its structural rules.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public abstract class ContactRecordValidator<T> : AbstractValidator<T>
    where T : ContactRecord
{
    /// <summary>Creates the validator for a schema of user-defined fields.</summary>
    /// <param name="schema">The database's user-defined fields; with <see cref="CustomFieldSchema.Empty"/> custom-field values are not checked.</param>
    protected ContactRecordValidator(CustomFieldSchema schema)
    {
        Schema = schema ?? CustomFieldSchema.Empty;
        RuleFor(r => r.Name).NotNull().WithErrorCode("LeadKit.Record.NameRequired").WithMessage("The name is required.");
        RuleFor(r => r.Addresses).Must(a => a.Count(x => x.IsMailing) <= 1)
            .WithErrorCode("LeadKit.Record.SecondMailingAddress").WithMessage("Only one postal address can be the mailing address.");
        RuleFor(r => r.Emails).Must(e => e.Select(x => x.Address).Distinct().Count() == e.Count)
            .WithErrorCode("LeadKit.Record.DuplicateEmail").WithMessage("An e-mail address appears twice.");
        RuleFor(r => r.ManualStars).InclusiveBetween(0, ContactRecord.MaxManualStars).When(r => r.ManualStars is not null)
            .WithErrorCode("LeadKit.Record.ManualStarsRange");
        RuleFor(r => r.ManualStars).NotNull().When(r => r.ScoreType == Scoring.ScoreType.Manual)
            .WithErrorCode("LeadKit.Record.ManualStarsRequired").WithMessage("A manual score needs a star count.");
        RuleFor(r => r.Department).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode("LeadKit.Record.DepartmentTooLong");
        RuleFor(r => r.Office).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode("LeadKit.Record.OfficeTooLong");
        RuleFor(r => r.Profession).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode("LeadKit.Record.ProfessionTooLong");
        RuleFor(r => r.ManagerName).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode("LeadKit.Record.ManagerNameTooLong");
        RuleFor(r => r.AssistantName).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode("LeadKit.Record.AssistantNameTooLong");
        RuleFor(r => r.Nickname).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode("LeadKit.Record.NicknameTooLong");
        RuleFor(r => r.Spouse).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode("LeadKit.Record.SpouseTooLong");
        RuleFor(r => r.ImAddress).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode("LeadKit.Record.ImAddressTooLong");
        RuleFor(r => r.Territory).MaximumLength(ContactRecord.MaxTextLength).WithErrorCode("LeadKit.Record.TerritoryTooLong");
        RuleFor(r => r.PhoneticName!).SetValidator(PhoneticNameValidator.Instance).When(r => r.PhoneticName is not null);
        RuleFor(r => r.PreferredContactMethod).IsInEnum().WithErrorCode("LeadKit.Record.PreferredContactMethod");
        RuleFor(r => r).Custom((record, context) =>
        {
            if (Schema.Count == 0)
            {
                return;
            }

            foreach (var (name, value) in record.CustomFields)
            {
                var definition = Schema.Find(record.Kind, name);
                var path = $"CustomFields[{name}]";
                if (definition is null)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(path, $"Custom field '{name}' is not defined for {record.Kind}.") { ErrorCode = "LeadKit.CustomField.Undefined" });
                    continue;
                }

                foreach (var error in definition.Check(value))
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure(path, error.Message, error.AttemptedValue) { ErrorCode = error.ErrorCode });
                }
            }

            foreach (var definition in Schema.For(record.Kind).Where(d => d.IsRequired && !record.CustomFields.ContainsKey(d.Name)))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure($"CustomFields[{definition.Name}]", $"Custom field '{definition.Name}' is required.") { ErrorCode = "LeadKit.CustomField.Required" });
            }
        });
    }

    /// <summary>Gets the user-defined fields the validator checks against.</summary>
    public CustomFieldSchema Schema { get; }
}
