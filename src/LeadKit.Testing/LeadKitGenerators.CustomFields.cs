using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LeadKit.CustomFields;
using LeadKit.Leads;

namespace LeadKit.Testing;

/// <content>Generators of user-defined fields: definitions, schemas and values that fit them.</content>
public static partial class LeadKitGenerators
{
    /// <summary>
    /// Gets a fixed schema with a field of every type for both record types (including a
    /// required choice field for each): what <see cref="Lead()"/> and <see cref="BusinessContact()"/> use.
    /// </summary>
    public static CustomFieldSchema SampleSchema { get; } = new(
    [
        new CustomFieldDefinition(RecordKind.Lead, "Budget", CustomFieldType.Currency, currencyCode: "EUR"),
        new CustomFieldDefinition(RecordKind.Lead, "Employees", CustomFieldType.WholeNumber),
        new CustomFieldDefinition(RecordKind.Lead, "Industry", CustomFieldType.Choice, choices: ["Software", "Retail", "Manufacturing", "Health care"]),
        new CustomFieldDefinition(RecordKind.Lead, "Next call", CustomFieldType.Date),
        new CustomFieldDefinition(RecordKind.Lead, "Newsletter", CustomFieldType.YesNo),
        new CustomFieldDefinition(RecordKind.Lead, "Notes (internal)", CustomFieldType.Text, maxLength: 500),
        new CustomFieldDefinition(RecordKind.Lead, "Win probability", CustomFieldType.Decimal),
        new CustomFieldDefinition(RecordKind.Lead, "Region", CustomFieldType.Choice, isRequired: true, choices: ["EMEA", "APAC", "Americas"]),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Customer since", CustomFieldType.Date),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Credit limit", CustomFieldType.Currency, currencyCode: "USD"),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Segment", CustomFieldType.Choice, isRequired: true, choices: ["Key account", "SMB", "Partner"]),
        new CustomFieldDefinition(RecordKind.BusinessContact, "VIP", CustomFieldType.YesNo),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Account manager notes", CustomFieldType.Text, maxLength: 2000),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Employees", CustomFieldType.WholeNumber),
        new CustomFieldDefinition(RecordKind.BusinessContact, "Discount", CustomFieldType.Decimal),
    ]);

    /// <summary>Generates user-defined field definitions of every type, for either record type.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CustomFieldDefinition> CustomFieldDefinition() =>
        Gen.Elements(Enum.GetValues<RecordKind>()).SelectMany(CustomFieldDefinition);

    /// <summary>Generates user-defined field definitions of every type for one record type.</summary>
    /// <param name="kind">The record type the fields belong to.</param>
    /// <returns>The generator.</returns>
    public static Gen<CustomFieldDefinition> CustomFieldDefinition(RecordKind kind)
    {
        var randomName =
            from n in Gen.Choose(1, 20)
            from chars in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-./()äößé".ToCharArray()), n)
            select new string(chars).Trim();
        var name = Gen.Frequency(
            (4, Gen.Elements(Vocabulary.CustomFieldNames)),
            (2, randomName.Where(s => s.Length > 0)),
            (1, Gen.Constant(Shrinking.Exactly(CustomFields.CustomFieldDefinition.MaxNameLength).Replace('ü', 'u').Replace('ï', 'i').Replace('ç', 'c').Replace('ø', 'o').Replace('é', 'e'))));
        var choices =
            from n in Gen.Choose(1, 5)
            from entries in Gen.ArrayOf(Gen.Frequency((4, Gen.Elements(Vocabulary.Choices)), (1, Words(Vocabulary.Words, 3, Leads.LeadSource.MaxLength))), n)
            select entries.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return
            from fieldName in name
            from type in Gen.Elements(Enum.GetValues<CustomFieldType>())
            from required in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            from maxLength in Gen.Frequency(
                (2, Gen.Constant<int?>(null)),
                (2, Gen.Choose(1, 300).Select(n => (int?)n)),
                (1, Gen.Elements<int?>(1, CustomFields.CustomFieldDefinition.MaxTextLength)))
            from list in choices
            from currency in Gen.Elements(Vocabulary.CurrencyCodes)
            select new CustomFieldDefinition(
                kind,
                fieldName,
                type,
                required,
                type == CustomFieldType.Text ? maxLength : null,
                type == CustomFieldType.Choice ? list : null,
                type == CustomFieldType.Currency ? currency : null);
    }

    /// <summary>Generates schemas of zero to a dozen definitions for both record types, names unique per record type.</summary>
    /// <returns>The generator.</returns>
    public static Gen<CustomFieldSchema> CustomFieldSchema() =>
        Gen.Sized(size => Gen.Choose(0, Math.Min(12, 1 + (size / 8))))
            .SelectMany(n => Gen.ListOf(CustomFieldDefinition(), n))
            .Select(definitions => new CustomFieldSchema(definitions.DistinctBy(d => (d.RecordKind, d.Name.ToUpperInvariant()))));

    /// <summary>
    /// Generates values that fit a definition: the right type, texts within the maximum length
    /// (empty, padded and longest texts included), one of the choices, whole numbers and decimals
    /// including the extremes and trailing zeros, amounts with cents, dates and yes/no.
    /// </summary>
    /// <param name="definition">The field's definition.</param>
    /// <returns>The generator.</returns>
    public static Gen<CustomFieldValue> ValueFor(CustomFieldDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Type switch
        {
            CustomFieldType.Text => TextValue(definition.MaxLength ?? CustomFields.CustomFieldDefinition.MaxTextLength),
            CustomFieldType.Choice => Gen.Elements(definition.Choices!.ToArray()).Select(CustomFields.CustomFieldValue.FromChoice),
            CustomFieldType.WholeNumber => Gen.Frequency(
                (6, Gen.Choose(-1000, 100_000).Select(n => (long)n)),
                (2, Gen.Choose(int.MinValue, int.MaxValue).Two().Select(p => unchecked(((long)p.Item1 << 32) | (uint)p.Item2))),
                (1, Gen.Elements(long.MinValue, long.MaxValue, 0L))).Select(CustomFields.CustomFieldValue.FromWholeNumber),
            CustomFieldType.Decimal => DecimalNumber().Select(CustomFields.CustomFieldValue.FromDecimal),
            CustomFieldType.Currency => Gen.Frequency(
                (5, Gen.Choose(-1_000_000, 100_000_000).Select(cents => new decimal(Math.Abs(cents), 0, 0, cents < 0, 2))),
                (1, DecimalNumber())).Select(CustomFields.CustomFieldValue.FromCurrency),
            CustomFieldType.Date => LocalDate().Select(CustomFields.CustomFieldValue.FromDate),
            CustomFieldType.YesNo => Gen.Elements(true, false).Select(CustomFields.CustomFieldValue.FromYesNo),
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition.Type, "Unknown custom field type."),
        };
    }

    /// <summary>Generates a value for a random definition (of the value's own type, without constraints).</summary>
    /// <returns>The generator.</returns>
    public static Gen<CustomFieldValue> CustomFieldValue() => CustomFieldDefinition().SelectMany(ValueFor);

    /// <summary>Generates a set of values valid against the fields <paramref name="schema"/> defines for <paramref name="kind"/>: every required field, and each optional one with probability <paramref name="fill"/> percent.</summary>
    internal static Gen<List<KeyValuePair<string, CustomFieldValue>>> CustomFieldValues(CustomFieldSchema schema, RecordKind kind, int fill) =>
        Gen.CollectToList(
            schema.For(kind),
            definition =>
                from roll in Gen.Choose(1, 100)
                from value in ValueFor(definition)
                select definition.IsRequired || roll <= fill ? new KeyValuePair<string, CustomFieldValue>?(new(definition.Name, value)) : null)
        .Select(values => values.Where(v => v is not null).Select(v => v!.Value).ToList());

    private static Gen<CustomFieldValue> TextValue(int maxLength) =>
        Gen.Frequency(
            (8, Text(Vocabulary.Words, maxLength)),
            (1, Gen.Elements(string.Empty, " padded ", "line 1\nline 2").Select(t => Shrinking.Truncate(t, maxLength))),
            (1, Gen.Constant(Shrinking.Exactly(maxLength))))
        .Select(CustomFields.CustomFieldValue.FromText);

    private static Gen<decimal> DecimalNumber() =>
        Gen.Frequency(
            (5, from units in Gen.Choose(-1_000_000, 1_000_000)
                from scale in Gen.Choose(0, 6)
                select new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale)),
            (1, Gen.Elements(0m, 1.50m, -0.001m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 79228162514264337593543950.335m)));
}
