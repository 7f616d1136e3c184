using LeadKit.Validation;
using NodaTime;

namespace LeadKit.Scoring;

/// <summary>How <see cref="ConversionEvidence.Suggest"/> turns evidence into suggested weights.</summary>
public sealed record WeightLearningOptions
{
    /// <summary>Gets the options LeadKit uses by default.</summary>
    public static WeightLearningOptions Default { get; } = new();

    /// <summary>
    /// Gets how long after its creation an open lead counts as lost (default 90 days). Converted leads are
    /// conversions whatever their age; younger open leads are not counted at all.
    /// </summary>
    public Duration LostAfter { get; init; } = Duration.FromDays(90);

    /// <summary>Gets the fewest closed records to learn from at all (default 30); fewer and no weight is suggested.</summary>
    public int MinimumClosed { get; init; } = 30;

    /// <summary>Gets the fewest closed records each side of a criterion needs (met, and not met; default 5): with fewer, that criterion gets no suggestion.</summary>
    public int MinimumPerSide { get; init; } = 5;

    /// <summary>Gets the odds ratio from which Normal is suggested (default 1.5); below it, Low.</summary>
    public double NormalFrom { get; init; } = 1.5;

    /// <summary>Gets the odds ratio from which High is suggested (default 3).</summary>
    public double HighFrom { get; init; } = 3.0;

    /// <summary>Checks the options.</summary>
    /// <exception cref="LeadKitValidationException">A minimum below 1, or thresholds not 1 ≤ <see cref="NormalFrom"/> ≤ <see cref="HighFrom"/>.</exception>
    internal WeightLearningOptions Validated()
    {
        var errors = new System.Collections.Generic.List<ValidationError>();
        if (MinimumClosed < 1)
        {
            errors.Add(new(nameof(MinimumClosed), "LeadKit.WeightLearning.Minimum", $"MinimumClosed must be at least 1 (was {MinimumClosed})."));
        }

        if (MinimumPerSide < 1)
        {
            errors.Add(new(nameof(MinimumPerSide), "LeadKit.WeightLearning.Minimum", $"MinimumPerSide must be at least 1 (was {MinimumPerSide})."));
        }

        if (LostAfter < Duration.Zero)
        {
            errors.Add(new(nameof(LostAfter), "LeadKit.WeightLearning.LostAfter", $"LostAfter cannot be negative (was {LostAfter})."));
        }

        if (!(NormalFrom >= 1 && HighFrom >= NormalFrom && double.IsFinite(HighFrom)))
        {
            errors.Add(new(nameof(HighFrom), "LeadKit.WeightLearning.Thresholds", $"The thresholds must satisfy 1 <= NormalFrom <= HighFrom (were {NormalFrom} and {HighFrom})."));
        }

        return errors.Count == 0 ? this : throw new LeadKitValidationException(nameof(WeightLearningOptions), errors);
    }
}
