using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LeadKit.CustomFields;
using LeadKit.Leads;

namespace LeadKit.Querying;

/// <content>Reading a field's values from a record.</content>
public sealed partial class RecordField
{
    /// <summary>
    /// Reads a single-valued field: the key the in-memory comparer sorts on and storage adapters
    /// mirror. Values are <see cref="string"/> (text), <see cref="decimal"/> (numbers),
    /// <see cref="bool"/>, <see cref="NodaTime.LocalDate"/> (custom dates) or
    /// <see cref="NodaTime.Instant"/>; <see langword="null"/> when the record has no value.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="InvalidOperationException">The field holds several values; use <see cref="GetValues"/>.</exception>
    public object? GetValue(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _single is null
            ? throw new InvalidOperationException($"'{Name}' holds several values: read them with GetValues.")
            : _single(record);
    }

    /// <summary>
    /// Reads every value of the field (none when the value is missing, at most one for a
    /// single-valued field), of the same types as <see cref="GetValue"/>. Phone numbers are read as
    /// their digits (<see cref="PhoneNumber.Digits"/>).
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The values.</returns>
    public IReadOnlyList<object> GetValues(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_multi is not null)
        {
            return [.. _multi(record)];
        }

        return _single!(record) is { } value ? [value] : [];
    }

    /// <summary>
    /// Reduces a text literal to the form this field's values are compared in: the digits (and a
    /// leading <c>+</c>, without extension) for <see cref="Phone"/>, the text unchanged otherwise.
    /// Storage adapters apply it before translating a condition.
    /// </summary>
    /// <param name="text">The literal's text.</param>
    /// <returns>The text to compare with.</returns>
    public string ToComparableText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ReferenceEquals(this, Phone))
        {
            return text;
        }

        var main = PhoneNumberValidator.WithoutExtension(text);
        var builder = new StringBuilder(main.Length);
        foreach (var c in main)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && builder.Length == 0))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether any value of the field on <paramref name="record"/> satisfies <paramref name="predicate"/> (false when it has none).</summary>
    internal bool AnyValue(ContactRecord record, Func<object, bool> predicate)
    {
        if (_single is not null)
        {
            return _single(record) is { } value && predicate(value);
        }

        foreach (var value in _multi!(record))
        {
            if (predicate(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the field has at least one value on <paramref name="record"/>.</summary>
    internal bool HasValue(ContactRecord record) => _single is not null ? _single(record) is not null : _multi!(record).Any();

    private static object? CustomValue(ContactRecord record, string name) =>
        record.CustomFields.TryGetValue(name, out var value) ? ToObject(value) : null;

    private static object ToObject(CustomFieldValue value) => value.Type switch
    {
        CustomFieldType.Text or CustomFieldType.Choice => value.AsText,
        CustomFieldType.WholeNumber or CustomFieldType.Decimal or CustomFieldType.Currency => value.AsDecimal,
        CustomFieldType.Date => value.AsDate,
        CustomFieldType.YesNo => value.AsYesNo,
        _ => throw new InvalidOperationException($"Unknown custom field type {value.Type}."),
    };
}
