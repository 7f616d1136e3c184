using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Querying;

/// <summary>
/// A literal in a filter: text, a number, <c>true</c>/<c>false</c>, a date or an instant.
/// Immutable; <see cref="ToString"/> returns the literal as the filter language writes it, and
/// the implicit conversions let C# code write <c>RecordField.Source.EqualTo("Web")</c>.
/// </summary>
public sealed class FilterValue : IEquatable<FilterValue>
{
    private static readonly Instant MinInstant = Instant.FromUtc(1, 1, 1, 0, 0);
    private static readonly Instant MaxInstant = Instant.FromUtc(10_000 - 1, 12, 31, 23, 59, 59) + Duration.FromNanoseconds(999_999_999);

    private readonly string? _text;
    private readonly decimal _number;
    private readonly LocalDate _date;
    private readonly Instant _instant;

    private FilterValue(FilterValueKind kind, string? text = null, decimal number = 0m, LocalDate date = default, Instant instant = default)
    {
        Kind = kind;
        _text = text;
        _number = number;
        _date = date;
        _instant = instant;
    }

    /// <summary>Gets the kind of literal.</summary>
    public FilterValueKind Kind { get; }

    /// <summary>Gets the text of a <see cref="FilterValueKind.Text"/> literal.</summary>
    /// <exception cref="InvalidOperationException">The literal is of another kind.</exception>
    public string AsText => Kind == FilterValueKind.Text ? _text! : throw WrongKind(FilterValueKind.Text);

    /// <summary>Gets the number of a <see cref="FilterValueKind.Number"/> literal.</summary>
    /// <exception cref="InvalidOperationException">The literal is of another kind.</exception>
    public decimal AsNumber => Kind == FilterValueKind.Number ? _number : throw WrongKind(FilterValueKind.Number);

    /// <summary>Gets the value of a <see cref="FilterValueKind.Boolean"/> literal.</summary>
    /// <exception cref="InvalidOperationException">The literal is of another kind.</exception>
    public bool AsBoolean => Kind == FilterValueKind.Boolean ? _number != 0m : throw WrongKind(FilterValueKind.Boolean);

    /// <summary>Gets the date of a <see cref="FilterValueKind.Date"/> literal.</summary>
    /// <exception cref="InvalidOperationException">The literal is of another kind.</exception>
    public LocalDate AsDate => Kind == FilterValueKind.Date ? _date : throw WrongKind(FilterValueKind.Date);

    /// <summary>Gets the instant of a <see cref="FilterValueKind.Instant"/> literal.</summary>
    /// <exception cref="InvalidOperationException">The literal is of another kind.</exception>
    public Instant AsInstant => Kind == FilterValueKind.Instant ? _instant : throw WrongKind(FilterValueKind.Instant);

    /// <summary>
    /// Gets the literal as a plain CLR value, the same types <see cref="RecordField.GetValue"/>
    /// returns: <see cref="string"/>, <see cref="decimal"/>, <see cref="bool"/>,
    /// <see cref="LocalDate"/> or <see cref="NodaTime.Instant"/>.
    /// </summary>
    public object Value => Kind switch
    {
        FilterValueKind.Text => _text!,
        FilterValueKind.Number => _number,
        FilterValueKind.Boolean => _number != 0m,
        FilterValueKind.Date => _date,
        _ => _instant,
    };

    /// <summary>
    /// Creates a literal from a plain value of one of the types <see cref="RecordField.GetValue"/>
    /// returns (<see cref="string"/>, <see cref="decimal"/>, <see cref="bool"/>,
    /// <see cref="LocalDate"/>, <see cref="NodaTime.Instant"/>); whole numbers widen to decimal.
    /// With <see cref="ToString"/> and <see cref="Parse"/> this renders sort-key values as
    /// self-describing text, e.g. for page cursors.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The literal.</returns>
    /// <exception cref="ArgumentException">The value is of another type.</exception>
    public static FilterValue FromObject(object value) => value switch
    {
        null => throw new ArgumentNullException(nameof(value)),
        string text => FromString(text),
        decimal number => FromDecimal(number),
        int number => FromInt32(number),
        long number => FromInt64(number),
        bool flag => FromBoolean(flag),
        LocalDate date => FromLocalDate(date),
        Instant instant => FromInstant(instant),
        _ => throw new ArgumentException($"A filter literal is text, a number, a Boolean, a LocalDate or an Instant, not {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>Parses one literal as the filter language writes it (the text <see cref="ToString"/> returns).</summary>
    /// <param name="text">The literal, e.g. <c>"Web"</c>, <c>-2.5</c>, <c>true</c>, <c>2026-11-27</c>, <c>2026-11-27T09:00:00Z</c>.</param>
    /// <returns>The literal.</returns>
    /// <exception cref="FilterSyntaxException">The text is not exactly one literal.</exception>
    public static FilterValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FilterParser.ParseLiteral(text);
    }

    /// <summary>Creates a text literal.</summary>
    /// <param name="text">The text (any characters; the empty text is allowed).</param>
    /// <returns>The literal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static FilterValue FromString(string text) => new(FilterValueKind.Text, text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>Creates a number literal.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The literal.</returns>
    public static FilterValue FromDecimal(decimal number) => new(FilterValueKind.Number, number: number);

    /// <summary>Creates a number literal from a whole number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The literal.</returns>
    public static FilterValue FromInt32(int number) => FromDecimal(number);

    /// <summary>Creates a number literal from a whole number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The literal.</returns>
    public static FilterValue FromInt64(long number) => FromDecimal(number);

    /// <summary>Creates a <c>true</c> or <c>false</c> literal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The literal.</returns>
    public static FilterValue FromBoolean(bool value) => new(FilterValueKind.Boolean, number: value ? 1m : 0m);

    /// <summary>Creates a date literal.</summary>
    /// <param name="date">The date, in the ISO calendar, years 1 to 9999.</param>
    /// <returns>The literal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside years 1–9999 or not in the ISO calendar (the language writes <c>yyyy-MM-dd</c>).</exception>
    public static FilterValue FromLocalDate(LocalDate date)
    {
        if (date.Year is < 1 or > 9999 || date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "A date literal is an ISO date in years 1 to 9999.");
        }

        return new(FilterValueKind.Date, date: date);
    }

    /// <summary>Creates an instant literal.</summary>
    /// <param name="instant">The instant, in years 1 to 9999 (UTC).</param>
    /// <returns>The literal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside years 1–9999.</exception>
    public static FilterValue FromInstant(Instant instant)
    {
        if (instant < MinInstant || instant > MaxInstant)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, "An instant literal lies in years 1 to 9999 (UTC).");
        }

        return new(FilterValueKind.Instant, instant: instant);
    }

    /// <summary>Converts text to a text literal.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator FilterValue(string text) => FromString(text);

    /// <summary>Converts a number to a number literal.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator FilterValue(decimal number) => FromDecimal(number);

    /// <summary>Converts a whole number to a number literal.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator FilterValue(int number) => FromInt32(number);

    /// <summary>Converts a whole number to a number literal.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator FilterValue(long number) => FromInt64(number);

    /// <summary>Converts a Boolean to a <c>true</c>/<c>false</c> literal.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator FilterValue(bool value) => FromBoolean(value);

    /// <summary>Converts a date to a date literal.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator FilterValue(LocalDate date) => FromLocalDate(date);

    /// <summary>Converts an instant to an instant literal.</summary>
    /// <param name="instant">The instant.</param>
    public static implicit operator FilterValue(Instant instant) => FromInstant(instant);

    /// <summary>Compares two literals: same kind and same value (text ordinally, numbers by value so <c>1.5</c> equals <c>1.50</c>).</summary>
    /// <param name="left">The first literal.</param>
    /// <param name="right">The second literal.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FilterValue? left, FilterValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two literals.</summary>
    /// <param name="left">The first literal.</param>
    /// <param name="right">The second literal.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FilterValue? left, FilterValue? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(FilterValue? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(_text, other._text, StringComparison.Ordinal)
        && _number == other._number
        && _date == other._date
        && _instant == other._instant;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FilterValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text), _number, _date, _instant);

    /// <summary>Returns the literal as the filter language writes it: <c>"Trade Show"</c>, <c>3.5</c>, <c>true</c>, <c>2026-11-27</c>, <c>2026-11-27T09:00:00Z</c>.</summary>
    /// <returns>The literal's text.</returns>
    public override string ToString() => Kind switch
    {
        FilterValueKind.Text => FilterText.Quote(_text!),
        FilterValueKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        FilterValueKind.Boolean => _number != 0m ? "true" : "false",
        FilterValueKind.Date => LocalDatePattern.Iso.Format(_date),
        _ => InstantPattern.ExtendedIso.Format(_instant),
    };

    /// <summary>Describes the literal for an error message, e.g. <c>the text "abc"</c>.</summary>
    internal string Describe() => Kind switch
    {
        FilterValueKind.Text => "the text " + ToString(),
        FilterValueKind.Number => "the number " + ToString(),
        FilterValueKind.Boolean => ToString(),
        FilterValueKind.Date => "the date " + ToString(),
        _ => "the instant " + ToString(),
    };

    private InvalidOperationException WrongKind(FilterValueKind wanted) =>
        new($"This literal is {Kind}, not {wanted}.");
}
