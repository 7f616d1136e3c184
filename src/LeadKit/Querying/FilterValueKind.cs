namespace LeadKit.Querying;

/// <summary>The kinds of literal a filter can hold.</summary>
public enum FilterValueKind
{
    /// <summary>Text, written in double quotes with <c>\"</c> and <c>\\</c> escapes.</summary>
    Text = 0,

    /// <summary>A decimal number in invariant form, e.g. <c>3</c>, <c>-2.5</c>.</summary>
    Number = 1,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean = 2,

    /// <summary>A calendar date, e.g. <c>2026-11-27</c>.</summary>
    Date = 3,

    /// <summary>A point in time in UTC, e.g. <c>2026-11-27T09:00:00Z</c>.</summary>
    Instant = 4,
}
