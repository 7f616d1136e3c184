using System;
using System.Globalization;

namespace LeadKit.Scoring;

/// <summary>
/// The 2 × 2 counts of one criterion over closed records — met or not, converted or not — and the
/// statistics derived from them. Every figure is a function of the four counts alone, so the same records
/// in any order give the same evidence. Rates are smoothed with one pseudo-conversion and one pseudo-loss
/// per side (Laplace), and the odds ratio adds ½ to every cell (Haldane–Anscombe), so an empty cell gives a
/// finite, cautious figure instead of zero or infinity.
/// </summary>
/// <param name="MetConverted">Met, converted.</param>
/// <param name="MetNotConverted">Met, not converted.</param>
/// <param name="UnmetConverted">Not met, converted.</param>
/// <param name="UnmetNotConverted">Not met, not converted.</param>
public sealed record CriterionEvidence(int MetConverted, int MetNotConverted, int UnmetConverted, int UnmetNotConverted)
{
    /// <summary>Gets how many closed records met the criterion.</summary>
    public int Met => MetConverted + MetNotConverted;

    /// <summary>Gets how many closed records did not meet it.</summary>
    public int Unmet => UnmetConverted + UnmetNotConverted;

    /// <summary>Gets the smoothed conversion rate of the records that met it: (converted + 1) / (met + 2).</summary>
    public double MetRate => (MetConverted + 1.0) / (Met + 2.0);

    /// <summary>Gets the smoothed conversion rate of the records that did not: (converted + 1) / (unmet + 2).</summary>
    public double UnmetRate => (UnmetConverted + 1.0) / (Unmet + 2.0);

    /// <summary>Gets the lift: <see cref="MetRate"/> / <see cref="UnmetRate"/> (above 1: meeting the criterion goes with converting).</summary>
    public double Lift => MetRate / UnmetRate;

    /// <summary>Gets the natural log of the odds ratio, every cell plus ½: ln((a + ½)(d + ½) / ((b + ½)(c + ½))).</summary>
    public double LogOddsRatio =>
        Math.Log((MetConverted + 0.5) * (UnmetNotConverted + 0.5) / ((MetNotConverted + 0.5) * (UnmetConverted + 0.5)));

    /// <summary>Gets the odds ratio (e to the <see cref="LogOddsRatio"/>): how many times the odds of converting multiply when the criterion is met.</summary>
    public double OddsRatio => Math.Exp(LogOddsRatio);

    /// <summary>Gets the standard error of <see cref="LogOddsRatio"/> (Woolf): √(Σ 1 / (cell + ½)).</summary>
    public double StandardError =>
        Math.Sqrt((1 / (MetConverted + 0.5)) + (1 / (MetNotConverted + 0.5)) + (1 / (UnmetConverted + 0.5)) + (1 / (UnmetNotConverted + 0.5)));

    /// <summary>Gets <see cref="LogOddsRatio"/> / <see cref="StandardError"/>: how many standard errors the effect is from none.</summary>
    public double Z => LogOddsRatio / StandardError;

    /// <summary>Gets how far the effect stands out from chance.</summary>
    public EvidenceStrength Strength => Math.Abs(Z) switch
    {
        >= 2.58 => EvidenceStrength.Strong,
        >= 1.96 => EvidenceStrength.Moderate,
        _ => EvidenceStrength.Weak,
    };

    /// <summary>Returns the counts and figures on one line, e.g. <c>met 40 (30 converted), not met 60 (10 converted); lift 3.90, odds ratio 14.5, z 5.39 (strong)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"met {Met} ({MetConverted} converted), not met {Unmet} ({UnmetConverted} converted); lift {Lift:0.00}, odds ratio {OddsRatio:0.0##}, z {Z:0.00} ({Strength.ToString().ToLowerInvariant()})");
}
