using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.CustomFields;

/// <summary>
/// The typed value of a user-defined field. Build one with the <c>From…</c> factories; the
/// accessor matching <see cref="Type"/> returns the value, the others throw.
/// </summary>
public sealed class CustomFieldValue : IEquatable<CustomFieldValue>
{
    private readonly string? _text;
    private readonly decimal _number;
    private readonly LocalDate _date;

    private CustomFieldValue(CustomFieldType type, string? text = null, decimal number = 0m, LocalDate date = default)
    {
        Type = type;
        _text = text;
        _number = number;
        _date = date;
    }

    /// <summary>Gets the data type of the value.</summary>
    public CustomFieldType Type { get; }

    /// <summary>Gets the text of a <see cref="CustomFieldType.Text"/> value or the chosen entry of a <see cref="CustomFieldType.Choice"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is of another type.</exception>
    public string AsText => Type is CustomFieldType.Text or CustomFieldType.Choice ? _text! : throw WrongType(CustomFieldType.Text);

    /// <summary>Gets a <see cref="CustomFieldType.WholeNumber"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is of another type.</exception>
    public long AsWholeNumber => Type == CustomFieldType.WholeNumber ? (long)_number : throw WrongType(CustomFieldType.WholeNumber);

    /// <summary>Gets a <see cref="CustomFieldType.Decimal"/> or <see cref="CustomFieldType.Currency"/> amount, or a whole number widened to decimal.</summary>
    /// <exception cref="InvalidOperationException">The value is not numeric.</exception>
    public decimal AsDecimal => Type is CustomFieldType.Decimal or CustomFieldType.Currency or CustomFieldType.WholeNumber ? _number : throw WrongType(CustomFieldType.Decimal);

    /// <summary>Gets a <see cref="CustomFieldType.Date"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is of another type.</exception>
    public LocalDate AsDate => Type == CustomFieldType.Date ? _date : throw WrongType(CustomFieldType.Date);

    /// <summary>Gets a <see cref="CustomFieldType.YesNo"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is of another type.</exception>
    public bool AsYesNo => Type == CustomFieldType.YesNo ? _number != 0m : throw WrongType(CustomFieldType.YesNo);

    /// <summary>Creates a text value.</summary>
    /// <param name="text">The text (not null).</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromText(string text) => new(CustomFieldType.Text, text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>Creates a whole-number value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromWholeNumber(long value) => new(CustomFieldType.WholeNumber, number: value);

    /// <summary>Creates a decimal value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromDecimal(decimal value) => new(CustomFieldType.Decimal, number: value);

    /// <summary>Creates a currency amount (the currency is the field definition's).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromCurrency(decimal amount) => new(CustomFieldType.Currency, number: amount);

    /// <summary>Creates a date value.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromDate(LocalDate value) => new(CustomFieldType.Date, date: value);

    /// <summary>Creates a yes/no value.</summary>
    /// <param name="value">The answer.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromYesNo(bool value) => new(CustomFieldType.YesNo, number: value ? 1m : 0m);

    /// <summary>Creates a choice value (one entry of the definition's choices).</summary>
    /// <param name="choice">The chosen entry.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromChoice(string choice) => new(CustomFieldType.Choice, choice ?? throw new ArgumentNullException(nameof(choice)));

    /// <summary>Renders the value in an invariant, round-trippable text form (ISO dates, invariant numbers, <c>true</c>/<c>false</c>).</summary>
    /// <returns>The text form.</returns>
    public string ToInvariantString() => Type switch
    {
        CustomFieldType.Text or CustomFieldType.Choice => _text!,
        CustomFieldType.WholeNumber => ((long)_number).ToString(CultureInfo.InvariantCulture),
        CustomFieldType.Decimal or CustomFieldType.Currency => _number.ToString(CultureInfo.InvariantCulture),
        CustomFieldType.Date => LocalDatePattern.Iso.Format(_date),
        CustomFieldType.YesNo => _number != 0m ? "true" : "false",
        _ => throw new InvalidOperationException($"Unknown custom field type {Type}."),
    };

    /// <inheritdoc />
    public bool Equals(CustomFieldValue? other) =>
        other is not null && Type == other.Type && string.Equals(_text, other._text, StringComparison.Ordinal) && _number == other._number && _date == other._date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CustomFieldValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, _text, _number, _date);

    /// <inheritdoc />
    public override string ToString() => $"{Type}: {ToInvariantString()}";

    private InvalidOperationException WrongType(CustomFieldType wanted) =>
        new($"This custom field value is of type {Type}, not {wanted}.");
}
