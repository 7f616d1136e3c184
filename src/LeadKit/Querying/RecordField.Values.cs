using System;
using System.Collections.Generic;
using System.Linq;
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
    /// <exception cref="InvalidOperationException">The field holds several values (use <see cref="GetValues"/>), or is not a <see cref="FieldCapabilities.Filter"/> field.</exception>
    public object? GetValue(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _single is not null ? _single(record)
            : _multi is not null ? throw new InvalidOperationException($"'{Name}' holds several values: read them with GetValues.")
            : throw NotReadable();
    }

    /// <summary>
    /// Reads every value of the field (none when the value is missing, at most one for a
    /// single-valued field), of the same types as <see cref="GetValue"/>. Phone numbers are read as
    /// their digits (<see cref="PhoneNumber.Digits"/>).
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The values.</returns>
    /// <exception cref="InvalidOperationException">The field is not a <see cref="FieldCapabilities.Filter"/> field.</exception>
    public IReadOnlyList<object> GetValues(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_multi is not null)
        {
            return [.. _multi(record)];
        }

        return _single is null ? throw NotReadable() : _single(record) is { } value ? [value] : [];
    }

    /// <summary>
    /// Reduces a text literal to the form this field's values are compared in: the digits (and a
    /// leading <c>+</c>, without kind or extension) for <see cref="Phone"/>, the address of a literal
    /// written in <see cref="Email"/>'s text form, the lower-case GUID for <see cref="Id"/> and for a
    /// literal naming a referenced record by id (<see cref="ComparesReferenceId"/>), the text
    /// unchanged otherwise. Storage adapters apply it before translating a condition.
    /// </summary>
    /// <param name="text">The literal's text.</param>
    /// <returns>The text to compare with.</returns>
    public string ToComparableText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _reference?.IdOf(text) ?? (_comparable is null ? text : _comparable(text));
    }

    /// <summary>
    /// Whether any value of the field on <paramref name="record"/> satisfies <paramref name="predicate"/>
    /// (false when it has none); with <paramref name="referenceId"/>, the id of the referenced record
    /// (<see cref="ComparesReferenceId"/>) is the value tested.
    /// </summary>
    internal bool AnyValue(ContactRecord record, Func<object, bool> predicate, bool referenceId = false)
    {
        if (referenceId)
        {
            return _reference!.Read(record) is { } id && predicate(id);
        }

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

    private InvalidOperationException NotReadable() => new($"'{Name}' is not read by filters (it can be edited only); see Capabilities.");

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
