namespace LeadKit.Querying;

/// <summary>The type of the values a <see cref="RecordField"/> holds, which decides the literals and operators it accepts.</summary>
public enum FieldValueType
{
    /// <summary>Text, compared ordinally ignoring case; takes quoted literals and the text operators.</summary>
    Text = 0,

    /// <summary>Decimal numbers; takes number literals.</summary>
    Number = 1,

    /// <summary><c>true</c> or <c>false</c>; takes <c>=</c>, <c>!=</c> and <c>in</c> only.</summary>
    Boolean = 2,

    /// <summary>Calendar dates (<see cref="NodaTime.LocalDate"/>); takes date literals such as <c>2026-11-27</c>.</summary>
    Date = 3,

    /// <summary>Points in time (<see cref="NodaTime.Instant"/>); takes instant literals such as <c>2026-11-27T09:00:00Z</c>.</summary>
    Instant = 4,

    /// <summary>
    /// A custom field, typed by each record's stored value: the literal decides how a condition
    /// compares (text, number, date or yes/no), and a stored value of another type counts as missing.
    /// </summary>
    Dynamic = 5,
}
