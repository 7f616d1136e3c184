namespace LeadKit.Reports;

/// <summary>What a <see cref="ReportTotal"/> computes over a numeric field (every report also counts its records).</summary>
public enum TotalKind
{
    /// <summary>The sum of the field's values; records without a value add nothing. Written <c>sum(field)</c>.</summary>
    Sum = 0,

    /// <summary>The average of the field's values over the records that have one; none when no record has one. Written <c>avg(field)</c>.</summary>
    Average = 1,
}
