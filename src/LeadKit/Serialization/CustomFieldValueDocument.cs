using System;
using System.Text.Json;
using LeadKit.CustomFields;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON shape of a <see cref="CustomFieldValue"/>: its type tag and a value of the matching JSON
/// kind — a string for text, choice and date (ISO <c>yyyy-MM-dd</c>), a number for whole number,
/// decimal and currency (decimals keep their scale: <c>1.50</c> stays <c>1.50</c>), a boolean for yes/no.
/// </summary>
internal sealed class CustomFieldValueDocument : IDocument<CustomFieldValueDocument, CustomFieldValue>
{
    public CustomFieldType? Type { get; set; }

    public JsonElement? Value { get; set; }

    public static CustomFieldValueDocument From(CustomFieldValue value) => new()
    {
        Type = value.Type,
        Value = value.Type switch
        {
            CustomFieldType.Text or CustomFieldType.Choice => JsonSerializer.SerializeToElement(value.AsText, LeadKitJsonContext.Default.String),
            CustomFieldType.WholeNumber => JsonSerializer.SerializeToElement(value.AsWholeNumber, LeadKitJsonContext.Default.Int64),
            CustomFieldType.Decimal or CustomFieldType.Currency => JsonSerializer.SerializeToElement(value.AsDecimal, LeadKitJsonContext.Default.Decimal),
            CustomFieldType.Date => JsonSerializer.SerializeToElement(value.AsDate, LeadKitJsonContext.Default.LocalDate),
            CustomFieldType.YesNo => JsonSerializer.SerializeToElement(value.AsYesNo, LeadKitJsonContext.Default.Boolean),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.Type, "Unknown custom field type."),
        },
    };

    public CustomFieldValue ToValue(DocumentPath path)
    {
        var type = path.Property("type").RequiredValue(Type);
        var valuePath = path.Property("value");
        if (Value is not { ValueKind: not JsonValueKind.Null } element)
        {
            throw valuePath.Missing();
        }

        var value = type switch
        {
            CustomFieldType.Text when element.ValueKind == JsonValueKind.String => CustomFieldValue.FromText(element.GetString()!),
            CustomFieldType.Choice when element.ValueKind == JsonValueKind.String => CustomFieldValue.FromChoice(element.GetString()!),
            CustomFieldType.WholeNumber when element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var whole) => CustomFieldValue.FromWholeNumber(whole),
            CustomFieldType.Decimal when element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var number) => CustomFieldValue.FromDecimal(number),
            CustomFieldType.Currency when element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var amount) => CustomFieldValue.FromCurrency(amount),
            CustomFieldType.Date when element.ValueKind == JsonValueKind.String => CustomFieldValue.FromDate(ReadDate(element, valuePath)),
            CustomFieldType.YesNo when element.ValueKind is JsonValueKind.True or JsonValueKind.False => CustomFieldValue.FromYesNo(element.GetBoolean()),
            _ => null,
        };
        return value ?? throw valuePath.Error($"{element.GetRawText()} is not a {type} value ({Expected(type)}).");
    }

    private static LocalDate ReadDate(JsonElement element, DocumentPath path)
    {
        try
        {
            return element.Deserialize(LeadKitJsonContext.Default.LocalDate);
        }
        catch (JsonException ex)
        {
            throw path.Error($"{element.GetRawText()} is not a date ({Expected(CustomFieldType.Date)}).", ex);
        }
    }

    private static string Expected(CustomFieldType type) => type switch
    {
        CustomFieldType.Text or CustomFieldType.Choice => "a JSON string",
        CustomFieldType.WholeNumber => "a JSON number without fraction, within 64 bits",
        CustomFieldType.Decimal or CustomFieldType.Currency => "a JSON number",
        CustomFieldType.Date => "an ISO date string such as \"2026-11-27\"",
        CustomFieldType.YesNo => "true or false",
        _ => "unknown type",
    };
}
