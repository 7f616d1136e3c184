namespace LeadKit.VCard.Syntax;

/// <summary>How a property's text value is split.</summary>
internal enum ValueShape
{
    /// <summary>One text value; <c>;</c> and <c>,</c> are text.</summary>
    Text = 0,

    /// <summary>One list of values separated by <c>,</c> (CATEGORIES, NICKNAME).</summary>
    List = 1,

    /// <summary>Components separated by <c>;</c>, each one value (ORG).</summary>
    Structured = 2,

    /// <summary>Components separated by <c>;</c>, each a list separated by <c>,</c> (N, ADR).</summary>
    StructuredList = 3,
}
