namespace LeadKit.Querying;

/// <summary>The text operators of the filter language; all compare case-insensitively (ordinal, ignoring case).</summary>
public enum TextOperator
{
    /// <summary><c>contains</c>: some value of the field contains the text.</summary>
    Contains = 0,

    /// <summary><c>starts-with</c>: some value of the field starts with the text.</summary>
    StartsWith = 1,

    /// <summary><c>ends-with</c>: some value of the field ends with the text.</summary>
    EndsWith = 2,
}
