namespace LeadKit.Scoring;

/// <summary>
/// How much a scoring criterion counts. Each weight is worth a whole number of points, set by the
/// profile's <see cref="WeightScale"/> (by default Low = 1, Normal = 2, High = 3).
/// </summary>
public enum Weight
{
    /// <summary>Counts least (1 point on the default scale).</summary>
    Low = 0,

    /// <summary>Counts normally (2 points on the default scale).</summary>
    Normal = 1,

    /// <summary>Counts most (3 points on the default scale).</summary>
    High = 2,
}
