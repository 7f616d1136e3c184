namespace LeadKit.Querying;

/// <summary>The direction of one sort key.</summary>
public enum SortDirection
{
    /// <summary>Smallest first; missing values come first.</summary>
    Ascending = 0,

    /// <summary>Largest first: the exact reverse of <see cref="Ascending"/>, so missing values come last.</summary>
    Descending = 1,
}
