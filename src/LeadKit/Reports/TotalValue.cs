using System;

namespace LeadKit.Reports;

/// <summary>The value of one <see cref="ReportTotal"/> for a group or a whole report. Immutable.</summary>
public sealed class TotalValue : IEquatable<TotalValue>
{
    internal TotalValue(ReportTotal total, decimal sum, long values)
    {
        Total = total;
        Values = values;
        Value = total.Kind == TotalKind.Sum ? sum : values == 0 ? null : sum / values;
    }

    /// <summary>Gets the total computed.</summary>
    public ReportTotal Total { get; }

    /// <summary>Gets the sum (0 when no record has a value), or the average (<see langword="null"/> when no record has a value).</summary>
    public decimal? Value { get; }

    /// <summary>Gets how many records have a value of the field.</summary>
    public long Values { get; }

    /// <inheritdoc />
    public bool Equals(TotalValue? other) => other is not null && Total.Equals(other.Total) && Value == other.Value && Values == other.Values;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TotalValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Total, Value, Values);

    /// <summary>Returns <c>avg(stars) = 3.5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Total} = {ReportText.Format(Value)}";
}
