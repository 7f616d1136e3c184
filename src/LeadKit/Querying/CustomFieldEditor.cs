using System;
using System.Globalization;
using System.Linq;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Querying;

/// <summary>A user-defined field of leads: values are checked against its definition; its state keeps the stored name and value.</summary>
internal sealed class CustomFieldEditor : FieldEditor
{
    public CustomFieldEditor(CustomFieldDefinition definition)
        : base(
            typeof(CustomFieldValue),
            TextFormOf(definition),
            FieldCapabilities.Set | (definition.IsRequired ? FieldCapabilities.None : FieldCapabilities.Clear))
    {
        CustomField = definition;
    }

    public CustomFieldDefinition CustomField { get; }

    internal override void Check(object value)
    {
        var errors = CustomField.Check((CustomFieldValue)value);
        if (errors.Count > 0)
        {
            throw new LeadKitValidationException("FieldEdit", errors.Select(e => e.Within(Name)));
        }
    }

    internal override object? Capture(ContactRecord record)
    {
        var key = record.CustomFields.Keys.FirstOrDefault(k => string.Equals(k, CustomField.Name, StringComparison.OrdinalIgnoreCase));
        return key is null ? null : new Stored(key, record.CustomFields[key]);
    }

    internal override void Restore(ContactRecord record, object? state)
    {
        record.RemoveCustomFieldValue(CustomField.Name);
        if (state is Stored stored)
        {
            record.RestoreCustomField(stored.Key, stored.Value);
        }
    }

    internal override bool Same(object? before, object? after) =>
        (before, after) switch
        {
            (null, null) => true,
            (Stored b, Stored a) => string.Equals(b.Key, a.Key, StringComparison.Ordinal) && b.Value.Type == a.Value.Type
                && string.Equals(b.Value.ToInvariantString(), a.Value.ToInvariantString(), StringComparison.Ordinal),
            _ => false,
        };

    internal override string? Display(object? state) => (state as Stored)?.Value.ToInvariantString();

    internal override void Apply(ContactRecord record, FieldCapabilities operation, object? value, Instant now)
    {
        switch (operation)
        {
            case FieldCapabilities.Set:
                record.SetCustomField(CustomField, (CustomFieldValue)value!);
                break;
            case FieldCapabilities.Clear:
                record.SetCustomField(CustomField, null);
                break;
            default:
                throw Unsupported(operation);
        }
    }

    internal override object ParseText(string text, CultureInfo culture) =>
        CustomField.Parse(text, culture) ?? throw Invalid("LeadKit.Field.ValueRequired", $"'{Name}' needs a value; to empty the field, clear it.");

    internal override string FormatText(object value) => ((CustomFieldValue)value).ToInvariantString();

    private static string TextFormOf(CustomFieldDefinition definition) => definition.Type switch
    {
        CustomFieldType.Text => $"text of at most {definition.MaxLength} characters",
        CustomFieldType.WholeNumber => "a whole number",
        CustomFieldType.Decimal => "a decimal number",
        CustomFieldType.Currency => $"an amount in {definition.CurrencyCode}",
        CustomFieldType.Date => "a date (yyyy-MM-dd)",
        CustomFieldType.YesNo => "yes or no",
        CustomFieldType.Choice => "one of: " + string.Join(", ", definition.Choices!),
        _ => definition.Type.ToString(),
    };

    private sealed record Stored(string Key, CustomFieldValue Value);
}
