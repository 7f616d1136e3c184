namespace LeadKit.Scoring;

/// <summary>How far a criterion's measured effect on conversion stands out from chance (<see cref="CriterionEvidence.Z"/>).</summary>
public enum EvidenceStrength
{
    /// <summary>|z| below 1.96: the effect may be chance.</summary>
    Weak,

    /// <summary>|z| from 1.96 (95 % two-sided) to below 2.58.</summary>
    Moderate,

    /// <summary>|z| of 2.58 (99 % two-sided) or more.</summary>
    Strong,
}
