using System;

namespace LeadKit.Reports;

/// <summary>One stage of a funnel row: how many leads of the cohort reached it, and the conversion rates. Immutable.</summary>
public sealed class FunnelStage : IEquatable<FunnelStage>
{
    internal FunnelStage(FunnelStageKind kind, long count, long created, long previous)
    {
        Kind = kind;
        Count = count;
        Rate = Ratio(count, created);
        StepRate = Ratio(count, previous);
    }

    /// <summary>Gets the stage.</summary>
    public FunnelStageKind Kind { get; }

    /// <summary>Gets the stage's name as JSON and the console write it: <c>created</c>, <c>qualified</c>, <c>converted</c>, <c>withOpportunity</c>, <c>won</c>.</summary>
    public string Name => NameOf(Kind);

    /// <summary>Gets how many leads of the cohort reached the stage.</summary>
    public long Count { get; }

    /// <summary>Gets the share of the cohort that reached the stage (<see cref="Count"/> / created), rounded to 4 decimal places; <see langword="null"/> when no lead was created.</summary>
    public decimal? Rate { get; }

    /// <summary>Gets <see cref="Count"/> divided by the previous stage's count, rounded to 4 decimal places (1 for the first stage); <see langword="null"/> when the previous stage is empty.</summary>
    public decimal? StepRate { get; }

    /// <summary>Returns the name of a stage.</summary>
    /// <param name="kind">The stage.</param>
    /// <returns>The name, e.g. <c>withOpportunity</c>.</returns>
    public static string NameOf(FunnelStageKind kind) => kind switch
    {
        FunnelStageKind.Created => "created",
        FunnelStageKind.Qualified => "qualified",
        FunnelStageKind.Converted => "converted",
        FunnelStageKind.WithOpportunity => "withOpportunity",
        FunnelStageKind.Won => "won",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown funnel stage."),
    };

    /// <inheritdoc />
    public bool Equals(FunnelStage? other) => other is not null && Kind == other.Kind && Count == other.Count && Rate == other.Rate && StepRate == other.StepRate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FunnelStage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Count);

    /// <summary>Returns <c>qualified: 5 (62.5%)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rate is { } rate ? $"{Name}: {Count} ({ReportText.Number(rate * 100)}%)" : $"{Name}: {Count}";

    private static decimal? Ratio(long count, long of) => of == 0 ? null : Math.Round((decimal)count / of, 4, MidpointRounding.AwayFromZero);
}
