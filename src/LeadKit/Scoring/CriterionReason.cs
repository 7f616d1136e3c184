namespace LeadKit.Scoring;

/// <summary>Why a criterion is met or not, in a score explanation.</summary>
public enum CriterionReason
{
    /// <summary>Unchecked (or checked only for a criterion the profile does not have): not met.</summary>
    Unchecked = 0,

    /// <summary>Checked at <see cref="CriterionExplanation.CheckedAt"/>, and still valid: met.</summary>
    Checked = 1,

    /// <summary>Checked, but the check is older than the validity period at <c>asOf</c> (it stopped counting at <see cref="CriterionExplanation.ExpiredAt"/>): not met.</summary>
    Expired = 2,

    /// <summary>The criterion's rule holds (<see cref="CriterionExplanation.Evidence"/> shows what it saw): met.</summary>
    RuleMatched = 3,

    /// <summary>The criterion's rule does not hold: not met.</summary>
    RuleNotMatched = 4,
}
