namespace LeadKit.Querying;

/// <summary>The kinds of token in filter and sort text.</summary>
internal enum FilterTokenKind
{
    /// <summary>A field name or keyword (<c>and</c>, <c>starts-with</c>, <c>true</c>, …).</summary>
    Word,

    /// <summary>A double-quoted text literal; the value is the unescaped text.</summary>
    String,

    /// <summary>A number literal; the value is a <see cref="decimal"/>.</summary>
    Number,

    /// <summary>A date literal; the value is a <see cref="NodaTime.LocalDate"/>.</summary>
    Date,

    /// <summary>An instant literal; the value is an <see cref="NodaTime.Instant"/>.</summary>
    Instant,

    /// <summary>A comparison operator; the value is a <see cref="ComparisonOperator"/>.</summary>
    Comparison,

    /// <summary><c>(</c>.</summary>
    LeftParen,

    /// <summary><c>)</c>.</summary>
    RightParen,

    /// <summary><c>,</c>.</summary>
    Comma,

    /// <summary><c>.</c>.</summary>
    Dot,

    /// <summary><c>:</c>.</summary>
    Colon,

    /// <summary>The end of the text.</summary>
    End,
}
