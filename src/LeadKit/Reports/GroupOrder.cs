namespace LeadKit.Reports;

/// <summary>
/// How the groups of one <see cref="GroupLevel"/> are ordered. Whatever the order, the group of
/// records without a value (<c>(none)</c>, <c>(unassigned)</c>) comes last, and ties are broken by
/// the key in ascending order, so the order is total.
/// </summary>
public enum GroupOrder
{
    /// <summary>By key, smallest first: text ignoring case, numbers by value, <c>false</c> before <c>true</c>; users by display name (then id). Written <c>field</c> or <c>field:asc</c>.</summary>
    Ascending = 0,

    /// <summary>By key, largest first. Written <c>field:desc</c>.</summary>
    Descending = 1,

    /// <summary>By count, largest first; equal counts by key, ascending. Written <c>field:count</c>.</summary>
    LargestFirst = 2,
}
