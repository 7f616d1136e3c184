using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Leads;
using LeadKit.Utility;
using LeadKit.Validation;
using NodaTime.Text;

namespace LeadKit.CustomFields;

/// <summary>
/// The definition of a user-defined field for one record type: its name, data type and
/// constraints. Values stored on records are checked against it.
/// </summary>
public sealed record CustomFieldDefinition
{
    /// <summary>The longest field name accepted.</summary>
    public const int MaxNameLength = 64;

    /// <summary>The longest text value any text field can hold.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Creates a definition.</summary>
    /// <param name="recordKind">The record type the field belongs to.</param>
    /// <param name="name">The field's name: trimmed, 1–64 characters, unique per record type (case-insensitively).</param>
    /// <param name="type">The data type.</param>
    /// <param name="isRequired">Whether every record must have a value.</param>
    /// <param name="maxLength">For text fields, the longest value (1–4000; default 255).</param>
    /// <param name="choices">For choice fields, the list of choices (at least one).</param>
    /// <param name="currencyCode">For currency fields, the ISO 4217 code of the amounts (e.g. <c>EUR</c>).</param>
    /// <exception cref="LeadKitValidationException">The definition is inconsistent.</exception>
    public CustomFieldDefinition(
        RecordKind recordKind,
        string name,
        CustomFieldType type,
        bool isRequired = false,
        int? maxLength = null,
        IEnumerable<string>? choices = null,
        string? currencyCode = null)
    {
        RecordKind = recordKind;
        Name = name?.Trim() ?? string.Empty;
        Type = type;
        IsRequired = isRequired;
        MaxLength = type == CustomFieldType.Text ? maxLength ?? 255 : maxLength;
        Choices = choices is null ? null : new Picklist(choices);
        CurrencyCode = currencyCode?.Trim().ToUpperInvariant();
        Preconditions.Validated(this, CustomFieldDefinitionValidator.Instance, nameof(CustomFieldDefinition));
    }

    /// <summary>Gets the record type the field belongs to.</summary>
    public RecordKind RecordKind { get; }

    /// <summary>Gets the field's name.</summary>
    public string Name { get; }

    /// <summary>Gets the data type.</summary>
    public CustomFieldType Type { get; }

    /// <summary>Gets a value indicating whether every record must have a value.</summary>
    public bool IsRequired { get; }

    /// <summary>Gets, for text fields, the longest value accepted.</summary>
    public int? MaxLength { get; }

    /// <summary>Gets, for choice fields, the choices.</summary>
    public Picklist? Choices { get; }

    /// <summary>Gets, for currency fields, the ISO 4217 currency code.</summary>
    public string? CurrencyCode { get; }

    /// <summary>Checks a value against this definition.</summary>
    /// <param name="value">The value, or <see langword="null"/> for no value.</param>
    /// <returns>The problems found (empty when the value fits); paths are relative to the value.</returns>
    public IReadOnlyList<ValidationError> Check(CustomFieldValue? value)
    {
        if (value is null)
        {
            return IsRequired
                ? [new ValidationError(string.Empty, "LeadKit.CustomField.Required", $"Custom field '{Name}' is required.")]
                : [];
        }

        if (value.Type != Type)
        {
            return [new ValidationError(string.Empty, "LeadKit.CustomField.WrongType", $"Custom field '{Name}' holds {Type} values, not {value.Type}.", value.ToInvariantString())];
        }

        if (Type == CustomFieldType.Text && value.AsText.Length > MaxLength)
        {
            return [new ValidationError(string.Empty, "LeadKit.CustomField.TooLong", $"Custom field '{Name}' holds at most {MaxLength} characters; the value has {value.AsText.Length}.")];
        }

        if (Type == CustomFieldType.Choice && !Choices!.Contains(value.AsText))
        {
            return [new ValidationError(string.Empty, "LeadKit.CustomField.NotAChoice", $"'{value.AsText}' is not one of the choices of custom field '{Name}': {string.Join(", ", Choices!)}.", value.AsText)];
        }

        return [];
    }

    /// <summary>
    /// Parses text into a value of this field's type: invariant or <paramref name="culture"/> numbers,
    /// ISO (<c>yyyy-MM-dd</c>) or culture short dates, yes/no/true/false/1/0.
    /// Blank text gives <see langword="null"/> (no value).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="culture">The culture of the text; invariant when null.</param>
    /// <returns>The value, or <see langword="null"/> for blank text.</returns>
    /// <exception cref="LeadKitValidationException">The text is not a value of this field.</exception>
    public CustomFieldValue? Parse(string? text, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        CustomFieldValue? value = Type switch
        {
            CustomFieldType.Text => CustomFieldValue.FromText(trimmed),
            CustomFieldType.Choice => CustomFieldValue.FromChoice(Choices?.FirstOrDefault(c => string.Equals(c, trimmed, StringComparison.OrdinalIgnoreCase)) ?? trimmed),
            CustomFieldType.WholeNumber => long.TryParse(trimmed, NumberStyles.Integer | NumberStyles.AllowThousands, culture, out var l) ? CustomFieldValue.FromWholeNumber(l) : null,
            CustomFieldType.Decimal => TryDecimal(trimmed, culture) is { } d ? CustomFieldValue.FromDecimal(d) : null,
            CustomFieldType.Currency => TryDecimal(StripCurrency(trimmed), culture) is { } c ? CustomFieldValue.FromCurrency(c) : null,
            CustomFieldType.Date => TryDate(trimmed, culture),
            CustomFieldType.YesNo => TryYesNo(trimmed),
            _ => null,
        };
        if (value is null)
        {
            throw Preconditions.Invalid(nameof(CustomFieldValue), Name, "LeadKit.CustomField.Unparsable", $"'{trimmed}' is not a {Type} value for custom field '{Name}'.", trimmed);
        }

        var errors = Check(value);
        return errors.Count == 0 ? value : throw new LeadKitValidationException(nameof(CustomFieldValue), errors.Select(e => e.Within(Name)));
    }

    private string StripCurrency(string text) =>
        CurrencyCode is null ? text : text.Replace(CurrencyCode, string.Empty, StringComparison.OrdinalIgnoreCase).Trim();

    private static decimal? TryDecimal(string text, CultureInfo culture) =>
        // The invariant form is tried without group separators: with them, "1,5" (1.5 in de-DE or fr-FR) would read as 15.
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) || decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowCurrencySymbol, culture, out d)
            ? d
            : null;

    private static CustomFieldValue? TryDate(string text, CultureInfo culture)
    {
        var iso = LocalDatePattern.Iso.Parse(text);
        if (iso.Success)
        {
            return CustomFieldValue.FromDate(iso.Value);
        }

        var local = LocalDatePattern.Create("d", culture).Parse(text);
        return local.Success ? CustomFieldValue.FromDate(local.Value) : null;
    }

    private static CustomFieldValue? TryYesNo(string text) => text.ToUpperInvariant() switch
    {
        "YES" or "Y" or "TRUE" or "1" => CustomFieldValue.FromYesNo(true),
        "NO" or "N" or "FALSE" or "0" => CustomFieldValue.FromYesNo(false),
        _ => null,
    };
}
