using System;
using LeadKit.CustomFields;

namespace LeadKit.Conversion;

/// <summary>
/// Where one custom-field value of a lead goes when the lead becomes a business contact: the
/// contact's field of the same name when its type is compatible (the same type, a whole number
/// into a decimal field, a choice into a text field, a text that is one of a choice field's
/// choices) and it accepts the value; otherwise nowhere, with the reason. Immutable.
/// </summary>
public sealed class CustomFieldMapping
{
    private CustomFieldMapping(string leadField, CustomFieldValue value, string? contactField, CustomFieldValue? contactValue, CustomFieldMappingStatus status, string? reason)
    {
        LeadField = leadField;
        Value = value;
        ContactField = contactField;
        ContactValue = contactValue;
        Status = status;
        Reason = reason;
    }

    /// <summary>Gets the lead's custom field, as the lead stores its name.</summary>
    public string LeadField { get; }

    /// <summary>Gets the lead's value.</summary>
    public CustomFieldValue Value { get; }

    /// <summary>Gets the contact's field the value goes to, or <see langword="null"/> when it has no place.</summary>
    public string? ContactField { get; }

    /// <summary>Gets the value the contact gets (converted to the contact field's type), or <see langword="null"/>.</summary>
    public CustomFieldValue? ContactValue { get; }

    /// <summary>Gets whether and why not the value is mapped.</summary>
    public CustomFieldMappingStatus Status { get; }

    /// <summary>Gets why the value has no place on the contact; <see langword="null"/> when it is mapped.</summary>
    public string? Reason { get; }

    /// <summary>Gets a value indicating whether the value is copied to the contact.</summary>
    public bool IsMapped => Status == CustomFieldMappingStatus.Mapped;

    /// <summary>Maps one value of a lead against the business contacts' definitions.</summary>
    /// <param name="leadField">The lead's field name, as stored.</param>
    /// <param name="value">The value.</param>
    /// <param name="leadDefinition">The lead field's definition, if the workspace still has it (it tells a currency's code).</param>
    /// <param name="schema">The workspace's schema.</param>
    internal static CustomFieldMapping Map(string leadField, CustomFieldValue value, CustomFieldDefinition? leadDefinition, CustomFieldSchema schema)
    {
        var target = schema.Find(Leads.RecordKind.BusinessContact, leadField);
        if (target is null)
        {
            return new(leadField, value, null, null, CustomFieldMappingStatus.NoSuchField, $"business contacts have no custom field '{leadField}'");
        }

        if (value.Type == CustomFieldType.Currency && target.Type == CustomFieldType.Currency && !string.Equals(leadDefinition?.CurrencyCode, target.CurrencyCode, StringComparison.Ordinal))
        {
            var from = leadDefinition?.CurrencyCode is { } code ? $"in {code}" : "in a currency the workspace no longer defines";
            return new(leadField, value, null, null, CustomFieldMappingStatus.TypeMismatch, $"the business contacts' field '{target.Name}' holds amounts in {target.CurrencyCode}, and the lead's amount is {from}");
        }

        var converted = Convert(value, target);
        if (converted is null)
        {
            return new(leadField, value, null, null, CustomFieldMappingStatus.TypeMismatch, $"the business contacts' field '{target.Name}' holds {target.Type} values, and the lead's value is {value.Type}");
        }

        var errors = target.Check(converted);
        return errors.Count > 0
            ? new(leadField, value, null, null, CustomFieldMappingStatus.ValueDoesNotFit, $"the business contacts' field '{target.Name}' refuses the value: {errors[0].Message}")
            : new(leadField, value, target.Name, converted, CustomFieldMappingStatus.Mapped, null);
    }

    /// <inheritdoc />
    public override string ToString() =>
        IsMapped ? $"{LeadField} → {ContactField}: {ContactValue!.ToInvariantString()}" : $"{LeadField} ({Value.ToInvariantString()}): not carried over, {Reason}";

    /// <summary>Converts a value losslessly to a field's type, or returns <see langword="null"/> when the types do not fit.</summary>
    private static CustomFieldValue? Convert(CustomFieldValue value, CustomFieldDefinition target) => (value.Type, target.Type) switch
    {
        var (from, to) when from == to => value,
        (CustomFieldType.WholeNumber, CustomFieldType.Decimal) => CustomFieldValue.FromDecimal(value.AsDecimal),
        (CustomFieldType.Choice, CustomFieldType.Text) => CustomFieldValue.FromText(value.AsText),
        (CustomFieldType.Text, CustomFieldType.Choice) when target.Choices!.Contains(value.AsText) => CustomFieldValue.FromChoice(value.AsText),
        _ => null,
    };
}
