namespace LeadKit.Querying;

/// <summary>The comparison operators of the filter language: <c>=</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>.</summary>
public enum ComparisonOperator
{
    /// <summary><c>=</c>: some value of the field equals the literal (text compares case-insensitively).</summary>
    Equal = 0,

    /// <summary><c>!=</c>: the exact negation of <see cref="Equal"/>, so it is true on a missing value.</summary>
    NotEqual = 1,

    /// <summary><c>&lt;</c>: some value of the field sorts before the literal.</summary>
    LessThan = 2,

    /// <summary><c>&lt;=</c>: some value of the field sorts before or with the literal.</summary>
    LessThanOrEqual = 3,

    /// <summary><c>&gt;</c>: some value of the field sorts after the literal.</summary>
    GreaterThan = 4,

    /// <summary><c>&gt;=</c>: some value of the field sorts after or with the literal.</summary>
    GreaterThanOrEqual = 5,
}
